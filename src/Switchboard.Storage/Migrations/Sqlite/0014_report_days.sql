-- Reports over long periods: the hourly rollups (0010_reports) summed per UTC day, folded in the background
-- (FoldReportDaysAsync) for the days that are over, never in the routing transaction (daily rows written there cost
-- intake about 30 % CPU). day: the UTC day's start in Unix ticks; the other columns as in the hourly tables. The hourly
-- rows stay: a period's whole folded days are read here, its other hours from the hourly tables.
CREATE TABLE report_distribution_days (
    day          INTEGER NOT NULL,
    pool_id      TEXT NOT NULL,
    rep_id       TEXT NOT NULL,
    workflow_id  TEXT NOT NULL,
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    times        INTEGER NOT NULL,
    assigned     INTEGER NOT NULL,
    expected     REAL NOT NULL,
    PRIMARY KEY (day, pool_id, rep_id, workflow_id, source, reason)
) STRICT;

CREATE TABLE report_sla_days (
    day            INTEGER NOT NULL,
    pool_id        TEXT NOT NULL,
    rep_id         TEXT NOT NULL,
    workflow_id    TEXT NOT NULL,
    source         TEXT NOT NULL,
    assignments    INTEGER NOT NULL,
    breaches       INTEGER NOT NULL,
    reassignments  INTEGER NOT NULL,
    escalations    INTEGER NOT NULL,
    PRIMARY KEY (day, pool_id, rep_id, workflow_id, source)
) STRICT;

-- The one watermark: the start (Unix ticks) of the first UTC day not folded yet; 0 = nothing folded.
CREATE TABLE report_folds (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    folded_until  INTEGER NOT NULL
) STRICT;

INSERT INTO report_folds (id, folded_until) VALUES (1, 0);
