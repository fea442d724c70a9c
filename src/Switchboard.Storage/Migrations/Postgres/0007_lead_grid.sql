-- The console's leads grid and home figures (issue 12). The grid sorts by created time (created_at, then seq so
-- equal times keep one order) or by score, and pages with a keyset cursor on exactly those columns, so every
-- filter's index ends in (created_at, seq): a page deep in a million leads reads as few rows as the first.
-- source: the lead's "source" field (text), written in .NET beside search_text; existing leads are filled here.

ALTER TABLE leads ADD COLUMN source text NULL;
UPDATE leads SET source = data::json ->> 'source' WHERE json_typeof(data::json -> 'source') = 'string';

DROP INDEX ix_leads_owner;
DROP INDEX ix_leads_status;
DROP INDEX ix_leads_stage;
DROP INDEX ix_leads_grade;

CREATE INDEX ix_leads_created ON leads (created_at, seq);
CREATE INDEX ix_leads_owner_created ON leads (owner_id, created_at, seq);
CREATE INDEX ix_leads_owner_status_created ON leads (owner_id, status, created_at, seq);
CREATE INDEX ix_leads_status_created ON leads (status, created_at, seq);
CREATE INDEX ix_leads_stage_created ON leads (stage, created_at, seq);
CREATE INDEX ix_leads_grade_created ON leads (grade, created_at, seq);
CREATE INDEX ix_leads_source_created ON leads (source, created_at, seq);
CREATE INDEX ix_leads_score ON leads (score, created_at, seq);

-- Home: today's assignments per rep.
CREATE INDEX ix_leads_assigned ON leads (assigned_at) WHERE assigned_at IS NOT NULL;
