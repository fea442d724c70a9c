-- Shadow mode (issue 13): a draft configuration routes every new lead beside the live one, with no side effects.
-- shadow_runs holds at most one run (starting a new one deletes the old and its outcomes). The worker that routes it
-- holds a lease (owner, lease_until) taken with a conditional UPDATE, so with several processes only one works at a
-- time. cursor_seq: the seq of the last lead routed (start_seq: the newest lead when the run started, not routed);
-- state: the run's own routing state (pool rotation, rep loads) as JSON, written with each step's outcomes.
CREATE TABLE shadow_runs (
    id            TEXT NOT NULL PRIMARY KEY,
    started_at    INTEGER NOT NULL,
    stopped_at    INTEGER NULL,
    note          TEXT NULL,
    author        TEXT NULL,
    live_version  INTEGER NOT NULL,
    config        TEXT NOT NULL,
    state         TEXT NOT NULL,
    start_seq     INTEGER NOT NULL,
    cursor_seq    INTEGER NOT NULL,
    routed        INTEGER NOT NULL,
    owner         TEXT NULL,
    lease_until   INTEGER NULL
) STRICT;

-- One row per lead the run routed: what live routing did with it at creation and what the draft would have done.
-- agreed: 1 when both give the lead the same owner (and, when neither assigns it, the same status and pool).
CREATE TABLE shadow_outcomes (
    run_id              TEXT NOT NULL REFERENCES shadow_runs (id) ON DELETE CASCADE,
    lead_id             TEXT NOT NULL,
    seq                 INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    live_owner_id       TEXT NULL,
    live_pool_id        TEXT NULL,
    live_status         TEXT NOT NULL,
    shadow_owner_id     TEXT NULL,
    shadow_pool_id      TEXT NULL,
    shadow_status       TEXT NOT NULL,
    shadow_workflow_id  TEXT NULL,
    agreed              INTEGER NOT NULL,
    PRIMARY KEY (run_id, lead_id)
) STRICT;

-- The report's disagreements: counted from the index alone, and the sample found through it newest first.
CREATE INDEX ix_shadow_outcomes_agreed ON shadow_outcomes (run_id, agreed, seq);
-- The report's leads per rep, both ways: GROUP BY over an index, never over the outcome rows.
CREATE INDEX ix_shadow_outcomes_live ON shadow_outcomes (run_id, live_owner_id);
CREATE INDEX ix_shadow_outcomes_shadow ON shadow_outcomes (run_id, shadow_owner_id);
