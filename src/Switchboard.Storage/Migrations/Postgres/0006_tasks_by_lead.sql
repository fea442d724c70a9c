-- Open tasks follow their lead to each new owner: an update by lead id.
CREATE INDEX ix_tasks_lead ON tasks (lead_id);
