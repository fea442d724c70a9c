-- Follow-up automation (issue 3): durable timers, the transactional outbox, tasks, list and campaign memberships.
-- Instants are bigint Unix ticks, payloads text JSON written with EngineJson.Options (not jsonb: byte-exact).
-- Identity columns never hand out a value twice, so ids and member cursors stay unambiguous after deletes.

ALTER TABLE leads
    ADD COLUMN routed_pool_id text NULL,
    ADD COLUMN reassignments integer NOT NULL DEFAULT 0;

-- pool_id is set only while a lead waits in a pool (queued or claimable), so the partial index stays small.
CREATE INDEX ix_leads_pool ON leads (pool_id, seq) WHERE pool_id IS NOT NULL;

-- owner and lease_until: the worker that claimed the timer and until when; NULL = free.
CREATE TABLE timers (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL,
    lead_id      text NULL,
    due_at       bigint NOT NULL,
    payload      text NOT NULL,
    owner        text NULL,
    lease_until  bigint NULL,
    created_at   bigint NOT NULL
);

CREATE INDEX ix_timers_due ON timers (due_at, id);
CREATE INDEX ix_timers_lead ON timers (lead_id, kind);

CREATE TABLE outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id       text NOT NULL UNIQUE,
    channel          text NOT NULL,
    lead_id          text NULL,
    payload          text NOT NULL,
    state            text NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts         integer NOT NULL DEFAULT 0,
    created_at       bigint NOT NULL,
    next_attempt_at  bigint NOT NULL,
    delivered_at     bigint NULL,
    last_error       text NULL,
    owner            text NULL,
    lease_until      bigint NULL
);

CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at, id);
CREATE INDEX ix_outbox_state ON outbox (state, id);

CREATE TABLE tasks (
    id           text NOT NULL PRIMARY KEY,
    title        text NOT NULL,
    owner_id     text NULL,
    lead_id      text NULL,
    workflow_id  text NULL,
    created_at   bigint NOT NULL,
    due_at       bigint NULL,
    done_at      bigint NULL
);

CREATE INDEX ix_tasks_owner_due ON tasks (owner_id, due_at);
CREATE INDEX ix_tasks_due ON tasks (due_at);

-- seq orders members by the time they were added and serves as the paging cursor.
CREATE TABLE memberships (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('list', 'campaign')),
    target_id  text NOT NULL,
    lead_id    text NOT NULL,
    added_at   bigint NOT NULL,
    UNIQUE (kind, target_id, lead_id)
);

CREATE INDEX ix_memberships_target ON memberships (kind, target_id, seq);
