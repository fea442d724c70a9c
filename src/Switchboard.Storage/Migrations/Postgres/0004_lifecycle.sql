-- Lead lifecycle (issue 4): engagement events, deals, and the engagement part of a lead's score.
-- Instants are bigint Unix ticks; event properties text JSON written with EngineJson.Options (not jsonb: byte-exact).
-- seq identity columns (never reused) order rows by insertion and serve as paging cursors.

-- The event points of the score as last computed from the lead's events (after decay and caps), so a
-- rescore that does not read the events keeps them.
ALTER TABLE leads ADD COLUMN engagement double precision NOT NULL DEFAULT 0;

CREATE INDEX ix_leads_grade ON leads (grade, seq);

CREATE TABLE events (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text NOT NULL UNIQUE,
    lead_id      text NOT NULL,
    type         text NOT NULL,
    at           bigint NOT NULL,
    properties   text NOT NULL,
    received_at  bigint NOT NULL
);

CREATE INDEX ix_events_lead ON events (lead_id, seq);

-- status: open while in a pipeline stage, won or lost at the end (closed_at set then).
CREATE TABLE deals (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text NOT NULL UNIQUE,
    lead_id      text NOT NULL,
    owner_id     text NULL,
    pipeline     text NOT NULL,
    name         text NOT NULL,
    stage        text NOT NULL,
    status       text NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    amount       double precision NOT NULL,
    created_at   bigint NOT NULL,
    updated_at   bigint NOT NULL,
    closed_at    bigint NULL
);

CREATE INDEX ix_deals_lead ON deals (lead_id, seq);
CREATE INDEX ix_deals_owner ON deals (owner_id, seq);
