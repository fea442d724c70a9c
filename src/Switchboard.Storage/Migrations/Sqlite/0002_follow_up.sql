-- Follow-up automation (issue 3): durable timers, the transactional outbox, tasks, list and campaign memberships.
-- Instants are INTEGER Unix ticks, payloads TEXT JSON written with EngineJson.Options.
-- AUTOINCREMENT keeps ids and seq values from ever being reused after deletes (leases, outbox ids and
-- member cursors refer to them).

ALTER TABLE leads ADD COLUMN routed_pool_id TEXT NULL;
ALTER TABLE leads ADD COLUMN reassignments INTEGER NOT NULL DEFAULT 0;

-- pool_id is set only while a lead waits in a pool (queued or claimable), so the partial index stays small.
CREATE INDEX ix_leads_pool ON leads (pool_id, seq) WHERE pool_id IS NOT NULL;

-- owner and lease_until: the worker that claimed the timer and until when; NULL = free.
CREATE TABLE timers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    lead_id      TEXT NULL,
    due_at       INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    owner        TEXT NULL,
    lease_until  INTEGER NULL,
    created_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX ix_timers_due ON timers (due_at, id);
CREATE INDEX ix_timers_lead ON timers (lead_id, kind);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id       TEXT NOT NULL UNIQUE,
    channel          TEXT NOT NULL,
    lead_id          TEXT NULL,
    payload          TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    delivered_at     INTEGER NULL,
    last_error       TEXT NULL,
    owner            TEXT NULL,
    lease_until      INTEGER NULL
) STRICT;

CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at, id);
CREATE INDEX ix_outbox_state ON outbox (state, id);

CREATE TABLE tasks (
    id           TEXT NOT NULL PRIMARY KEY,
    title        TEXT NOT NULL,
    owner_id     TEXT NULL,
    lead_id      TEXT NULL,
    workflow_id  TEXT NULL,
    created_at   INTEGER NOT NULL,
    due_at       INTEGER NULL,
    done_at      INTEGER NULL
) STRICT;

CREATE INDEX ix_tasks_owner_due ON tasks (owner_id, due_at);
CREATE INDEX ix_tasks_due ON tasks (due_at);

-- seq orders members by the time they were added and serves as the paging cursor.
CREATE TABLE memberships (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('list', 'campaign')),
    target_id  TEXT NOT NULL,
    lead_id    TEXT NOT NULL,
    added_at   INTEGER NOT NULL,
    UNIQUE (kind, target_id, lead_id)
) STRICT;

CREATE INDEX ix_memberships_target ON memberships (kind, target_id, seq);
