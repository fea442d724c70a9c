-- Replay jobs (issue 13): one row per POST /api/simulate {replay}, so any server process answers GET and DELETE on it.
-- The process that accepted the job (runner) runs it and renews lease_until while it lives; a queued or running job
-- whose lease has run out was left by a process that stopped, and is marked failed. request: the period asked for
-- (never the draft configuration, which stays in the accepting process's memory). result: the answer as JSON once done.
-- cancel_requested: 1 once DELETE asked, read by the runner between batches.
CREATE TABLE simulation_jobs (
    id                text NOT NULL PRIMARY KEY,
    status            text NOT NULL,
    runner            text NOT NULL,
    lease_until       bigint NOT NULL,
    request           text NOT NULL,
    done              integer NOT NULL,
    total             integer NOT NULL,
    cancel_requested  integer NOT NULL,
    created_at        bigint NOT NULL,
    started_at        bigint NULL,
    finished_at       bigint NULL,
    result            text NULL,
    error             text NULL
);

CREATE INDEX ix_simulation_jobs_open ON simulation_jobs (status, lease_until);
