-- Reports (issue 13). report_distribution: what pool decisions recorded about their candidates, summed per UTC hour
-- (slot: the hour's start in Unix ticks), pool, rep, workflow ('' for none), lead source ('' for none) and reason
-- ('' for the times the rep was eligible, else the eligibility reason it was skipped for). Written by the routing
-- transaction that appends the decisions, so it is always what routing stored. times: decisions in which the rep was
-- eligible (reason '') or skipped for that reason; assigned: of those, the ones that chose the rep; expected: the sum of
-- the rep's share (its weight over the eligible candidates' summed weights) over the decisions that assigned someone.
CREATE TABLE report_distribution (
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


-- report_sla: per UTC hour, pool ('' for a direct assignment), rep, workflow and source: assignments made to the rep
-- (decisions with outcome assigned), SLA breaches of the rep's leads, the reassignments that followed a breach (counted
-- for the rep who breached) and escalations to the unassigned queue. Written with the decisions, like the above.
CREATE TABLE report_sla (
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

-- Speed-to-lead, SLA and the funnel read leads created in a period: every column they read is in this index, so a
-- million leads are read from the index alone, in created order, never from the (wide) lead rows.
CREATE INDEX ix_leads_report ON leads (created_at, owner_id, routed_pool_id, source, assigned_at, first_touch_at, stage, status);

-- The funnel's deals: those created in a period (by stage), those closed in it (won and lost), and their leads' campaigns.
CREATE INDEX ix_deals_created ON deals (created_at);
CREATE INDEX ix_deals_closed ON deals (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX ix_memberships_lead ON memberships (lead_id, kind, target_id);
