-- Shadow mode keeps counts, not a row per agreeing lead: a step adds to its run's agreed total and to the leads per rep
-- on each side (shadow_rep_counts, rep_id '' for the leads no rep got), and stores rows only for the leads the two sides
-- disagree on (the report's count and sample). One row per lead in four B-trees cost intake more than routing it again.
ALTER TABLE shadow_runs ADD COLUMN agreed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE shadow_rep_counts (
    run_id  TEXT NOT NULL REFERENCES shadow_runs (id) ON DELETE CASCADE,
    side    TEXT NOT NULL,
    rep_id  TEXT NOT NULL,
    leads   INTEGER NOT NULL,
    PRIMARY KEY (run_id, side, rep_id)
) STRICT;

INSERT INTO shadow_rep_counts (run_id, side, rep_id, leads)
SELECT run_id, 'live', COALESCE(live_owner_id, ''), COUNT(*) FROM shadow_outcomes GROUP BY run_id, COALESCE(live_owner_id, '');
INSERT INTO shadow_rep_counts (run_id, side, rep_id, leads)
SELECT run_id, 'shadow', COALESCE(shadow_owner_id, ''), COUNT(*) FROM shadow_outcomes GROUP BY run_id, COALESCE(shadow_owner_id, '');
UPDATE shadow_runs SET agreed = (SELECT COUNT(*) FROM shadow_outcomes o WHERE o.run_id = shadow_runs.id AND o.agreed = 1);
DELETE FROM shadow_outcomes WHERE agreed = 1;

DROP INDEX ix_shadow_outcomes_live;
DROP INDEX ix_shadow_outcomes_shadow;
