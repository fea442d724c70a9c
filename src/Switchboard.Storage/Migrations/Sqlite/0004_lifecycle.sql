-- Lead lifecycle (issue 4): engagement events, deals, and the engagement part of a lead's score.
-- Instants are INTEGER Unix ticks; event properties TEXT JSON written with EngineJson.Options.
-- seq columns (AUTOINCREMENT, never reused) order rows by insertion and serve as paging cursors.

-- The event points of the score as last computed from the lead's events (after decay and caps), so a
-- rescore that does not read the events keeps them.
ALTER TABLE leads ADD COLUMN engagement REAL NOT NULL DEFAULT 0;

CREATE INDEX ix_leads_grade ON leads (grade, seq);

CREATE TABLE events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    lead_id      TEXT NOT NULL,
    type         TEXT NOT NULL,
    at           INTEGER NOT NULL,
    properties   TEXT NOT NULL,
    received_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_events_lead ON events (lead_id, seq);

-- status: open while in a pipeline stage, won or lost at the end (closed_at set then).
CREATE TABLE deals (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    lead_id      TEXT NOT NULL,
    owner_id     TEXT NULL,
    pipeline     TEXT NOT NULL,
    name         TEXT NOT NULL,
    stage        TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    amount       REAL NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    closed_at    INTEGER NULL
) STRICT;

CREATE INDEX ix_deals_lead ON deals (lead_id, seq);
CREATE INDEX ix_deals_owner ON deals (owner_id, seq);
