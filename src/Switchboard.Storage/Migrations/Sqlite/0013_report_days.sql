-- Reports over long periods (issue 13): the rollups of 0010_reports summed again per UTC day (slot: the day's start in
-- Unix ticks), written by the same routing transaction. A report reads the whole UTC days inside its period here and only
-- the hours at its two ends from the hourly tables, so a year costs some 365 + 48 slots instead of 8,784, with the same
-- sums: a day row holds exactly the day's 24 hour rows.
CREATE TABLE report_distribution_daily (
    slot         INTEGER NOT NULL,
    pool_id      TEXT NOT NULL,
    rep_id       TEXT NOT NULL,
    workflow_id  TEXT NOT NULL,
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    times        INTEGER NOT NULL,
    assigned     INTEGER NOT NULL,
    expected     REAL NOT NULL,
    PRIMARY KEY (slot, pool_id, rep_id, workflow_id, source, reason)
) STRICT;

CREATE TABLE report_sla_daily (
    slot           INTEGER NOT NULL,
    pool_id        TEXT NOT NULL,
    rep_id         TEXT NOT NULL,
    workflow_id    TEXT NOT NULL,
    source         TEXT NOT NULL,
    assignments    INTEGER NOT NULL,
    breaches       INTEGER NOT NULL,
    reassignments  INTEGER NOT NULL,
    escalations    INTEGER NOT NULL,
    PRIMARY KEY (slot, pool_id, rep_id, workflow_id, source)
) STRICT;

-- What routing wrote before this migration, summed into days (864000000000 ticks = one day).
INSERT INTO report_distribution_daily (slot, pool_id, rep_id, workflow_id, source, reason, times, assigned, expected)
SELECT slot - ((slot % 864000000000) + 864000000000) % 864000000000, pool_id, rep_id, workflow_id, source, reason, SUM(times), SUM(assigned), SUM(expected)
FROM report_distribution
GROUP BY slot - ((slot % 864000000000) + 864000000000) % 864000000000, pool_id, rep_id, workflow_id, source, reason;

INSERT INTO report_sla_daily (slot, pool_id, rep_id, workflow_id, source, assignments, breaches, reassignments, escalations)
SELECT slot - ((slot % 864000000000) + 864000000000) % 864000000000, pool_id, rep_id, workflow_id, source, SUM(assignments), SUM(breaches), SUM(reassignments), SUM(escalations)
FROM report_sla
GROUP BY slot - ((slot % 864000000000) + 864000000000) % 864000000000, pool_id, rep_id, workflow_id, source;
