-- Switchboard schema, SQLite dialect. Instants are INTEGER Unix ticks (100 ns) so they round-trip exactly.
-- JSON documents are TEXT written with EngineJson.Options.

CREATE TABLE config_versions (
    version     INTEGER NOT NULL PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    author      TEXT NULL,
    document    TEXT NOT NULL
) STRICT;

-- seq: monotonically increasing, assigned by the store under the write lock
-- (SQLite allows only the rowid to autoincrement, and id is the primary key).
CREATE TABLE leads (
    id               TEXT NOT NULL PRIMARY KEY,
    seq              INTEGER NOT NULL,
    external_id      TEXT NULL,
    idempotency_key  TEXT NULL,
    owner_id         TEXT NULL,
    status           TEXT NOT NULL,
    stage            TEXT NOT NULL,
    score            INTEGER NOT NULL,
    grade            TEXT NULL,
    pool_id          TEXT NULL,
    config_version   INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    assigned_at      INTEGER NULL,
    first_touch_at   INTEGER NULL,
    updated_at       INTEGER NOT NULL,
    email_norm       TEXT NULL,
    search_text      TEXT NOT NULL,
    data             TEXT NOT NULL,
    previous_owners  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX ux_leads_seq ON leads (seq);
CREATE UNIQUE INDEX ux_leads_idempotency_key ON leads (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_leads_owner ON leads (owner_id, seq);
CREATE INDEX ix_leads_status ON leads (status, seq);
CREATE INDEX ix_leads_stage ON leads (stage, seq);
CREATE INDEX ix_leads_external_id ON leads (external_id, seq);
CREATE INDEX ix_leads_email_norm ON leads (email_norm, seq);

CREATE TABLE decisions (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    lead_id   TEXT NOT NULL REFERENCES leads (id),
    at        INTEGER NOT NULL,
    document  TEXT NOT NULL
) STRICT;

CREATE INDEX ix_decisions_lead ON decisions (lead_id, id);

CREATE TABLE pool_state (
    pool_id          TEXT NOT NULL PRIMARY KEY,
    cursor_rep_id    TEXT NULL,
    cursor_position  INTEGER NOT NULL,
    current_weights  TEXT NOT NULL,
    assignments      INTEGER NOT NULL
) STRICT;

CREATE TABLE rep_load (
    rep_id            TEXT NOT NULL PRIMARY KEY,
    open_count        INTEGER NOT NULL,
    day_key           TEXT NULL,
    day_count         INTEGER NOT NULL,
    week_key          TEXT NULL,
    week_count        INTEGER NOT NULL,
    last_assigned_at  INTEGER NULL,
    status            TEXT NULL
) STRICT;

CREATE TABLE api_keys (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL,
    rep_id      TEXT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
