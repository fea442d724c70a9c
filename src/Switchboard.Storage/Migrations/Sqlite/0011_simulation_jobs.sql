-- Replay jobs (issue 13): one row per POST /api/simulate {replay}, so any server process answers GET and DELETE on it.
-- The process that accepted the job (runner) runs it and renews lease_until while it lives; a queued or running job
-- whose lease has run out was left by a process that stopped, and is marked failed. request: the period asked for
-- (never the draft configuration, which stays in the accepting process's memory). result: the answer as JSON once done.
-- cancel_requested: 1 once DELETE asked, read by the runner between batches.
CREATE TABLE simulation_jobs (
    id                TEXT NOT NULL PRIMARY KEY,
    status            TEXT NOT NULL,
    runner            TEXT NOT NULL,
    lease_until       INTEGER NOT NULL,
    request           TEXT NOT NULL,
    done              INTEGER NOT NULL,
    total             INTEGER NOT NULL,
    cancel_requested  INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    started_at        INTEGER NULL,
    finished_at       INTEGER NULL,
    result            TEXT NULL,
    error             TEXT NULL
) STRICT;

CREATE INDEX ix_simulation_jobs_open ON simulation_jobs (status, lease_until);
