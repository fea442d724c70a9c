-- Shadow mode (issue 13): a draft configuration routes every new lead beside the live one, with no side effects.
-- shadow_runs holds at most one run (starting a new one deletes the old and its outcomes). The worker that routes it
-- holds a lease (owner, lease_until) taken with a conditional UPDATE, so with several processes only one works at a
-- time. cursor_seq: the seq of the last lead routed (start_seq: the newest lead when the run started, not routed);
-- state: the run's own routing state (pool rotation, rep loads) as JSON, written with each step's outcomes.
CREATE TABLE shadow_runs (
    id            text NOT NULL PRIMARY KEY,
    started_at    bigint NOT NULL,
    stopped_at    bigint NULL,
    note          text NULL,
    author        text NULL,
    live_version  integer NOT NULL,
    config        text NOT NULL,
    state         text NOT NULL,
    start_seq     bigint NOT NULL,
    cursor_seq    bigint NOT NULL,
    routed        bigint NOT NULL,
    owner         text NULL,
    lease_until   bigint NULL
);

-- One row per lead the run routed: what live routing did with it at creation and what the draft would have done.
-- agreed: 1 when both give the lead the same owner (and, when neither assigns it, the same status and pool).
CREATE TABLE shadow_outcomes (
    run_id              text NOT NULL REFERENCES shadow_runs (id) ON DELETE CASCADE,
    lead_id             text NOT NULL,
    seq                 bigint NOT NULL,
    created_at          bigint NOT NULL,
    live_owner_id       text NULL,
    live_pool_id        text NULL,
    live_status         text NOT NULL,
    shadow_owner_id     text NULL,
    shadow_pool_id      text NULL,
    shadow_status       text NOT NULL,
    shadow_workflow_id  text NULL,
    agreed              integer NOT NULL,
    PRIMARY KEY (run_id, lead_id)
);

-- The report's disagreements: counted from the index alone, and the sample found through it newest first.
CREATE INDEX ix_shadow_outcomes_agreed ON shadow_outcomes (run_id, agreed, seq);
-- The report's leads per rep, both ways: GROUP BY over an index, never over the outcome rows.
CREATE INDEX ix_shadow_outcomes_live ON shadow_outcomes (run_id, live_owner_id);
CREATE INDEX ix_shadow_outcomes_shadow ON shadow_outcomes (run_id, shadow_owner_id);
