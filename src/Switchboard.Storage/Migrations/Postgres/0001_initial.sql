-- Switchboard schema, PostgreSQL dialect. Instants are bigint Unix ticks (100 ns) so they round-trip exactly.
-- JSON documents are text (not jsonb) so they come back byte for byte as written with EngineJson.Options.

CREATE TABLE config_versions (
    version     integer NOT NULL PRIMARY KEY,
    created_at  bigint NOT NULL,
    author      text NULL,
    document    text NOT NULL
);

-- seq: monotonically increasing; leads are only inserted under the routing lock, so seq order is commit order.
CREATE SEQUENCE lead_seq AS bigint;

CREATE TABLE leads (
    id               text NOT NULL PRIMARY KEY,
    seq              bigint NOT NULL DEFAULT nextval('lead_seq'),
    external_id      text NULL,
    idempotency_key  text NULL,
    owner_id         text NULL,
    status           text NOT NULL,
    stage            text NOT NULL,
    score            integer NOT NULL,
    grade            text NULL,
    pool_id          text NULL,
    config_version   integer NOT NULL,
    created_at       bigint NOT NULL,
    assigned_at      bigint NULL,
    first_touch_at   bigint NULL,
    updated_at       bigint NOT NULL,
    email_norm       text NULL,
    search_text      text NOT NULL,
    data             text NOT NULL,
    previous_owners  text NOT NULL
);

ALTER SEQUENCE lead_seq OWNED BY leads.seq;

CREATE UNIQUE INDEX ux_leads_seq ON leads (seq);
CREATE UNIQUE INDEX ux_leads_idempotency_key ON leads (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_leads_owner ON leads (owner_id, seq);
CREATE INDEX ix_leads_status ON leads (status, seq);
CREATE INDEX ix_leads_stage ON leads (stage, seq);
CREATE INDEX ix_leads_external_id ON leads (external_id, seq);
CREATE INDEX ix_leads_email_norm ON leads (email_norm, seq);

CREATE TABLE decisions (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id   text NOT NULL REFERENCES leads (id),
    at        bigint NOT NULL,
    document  text NOT NULL
);

CREATE INDEX ix_decisions_lead ON decisions (lead_id, id);

CREATE TABLE pool_state (
    pool_id          text NOT NULL PRIMARY KEY,
    cursor_rep_id    text NULL,
    cursor_position  integer NOT NULL,
    current_weights  text NOT NULL,
    assignments      bigint NOT NULL
);

CREATE TABLE rep_load (
    rep_id            text NOT NULL PRIMARY KEY,
    open_count        integer NOT NULL,
    day_key           text NULL,
    day_count         integer NOT NULL,
    week_key          text NULL,
    week_count        integer NOT NULL,
    last_assigned_at  bigint NULL,
    status            text NULL
);

CREATE TABLE api_keys (
    id          text NOT NULL PRIMARY KEY,
    name        text NOT NULL,
    hash        text NOT NULL UNIQUE,
    role        text NOT NULL,
    rep_id      text NULL,
    created_at  bigint NOT NULL
);
