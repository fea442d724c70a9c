-- Reports over long periods: the hourly rollups (0010_reports) summed per UTC day, folded in the background
-- (FoldReportDaysAsync) for the days that are over, never in the routing transaction (daily rows written there cost
-- intake about 30 % CPU). day: the UTC day's start in Unix ticks; the other columns as in the hourly tables. The hourly
-- rows stay: a period's whole folded days are read here, its other hours from the hourly tables.
CREATE TABLE report_distribution_days (
    day          bigint NOT NULL,
    pool_id      text NOT NULL,
    rep_id       text NOT NULL,
    workflow_id  text NOT NULL,
    source       text NOT NULL,
    reason       text NOT NULL,
    times        bigint NOT NULL,
    assigned     bigint NOT NULL,
    expected     double precision NOT NULL,
    PRIMARY KEY (day, pool_id, rep_id, workflow_id, source, reason)
);

CREATE TABLE report_sla_days (
    day            bigint NOT NULL,
    pool_id        text NOT NULL,
    rep_id         text NOT NULL,
    workflow_id    text NOT NULL,
    source         text NOT NULL,
    assignments    bigint NOT NULL,
    breaches       bigint NOT NULL,
    reassignments  bigint NOT NULL,
    escalations    bigint NOT NULL,
    PRIMARY KEY (day, pool_id, rep_id, workflow_id, source)
);

-- The one watermark: the start (Unix ticks) of the first UTC day not folded yet; 0 = nothing folded.
CREATE TABLE report_folds (
    id            integer PRIMARY KEY CHECK (id = 1),
    folded_until  bigint NOT NULL
);

INSERT INTO report_folds (id, folded_until) VALUES (1, 0);
