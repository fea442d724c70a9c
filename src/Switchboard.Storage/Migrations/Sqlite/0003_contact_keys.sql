-- Intake de-duplication (issue 4). phone_key: the lead's phone in E.164, computed in .NET with libphonenumber
-- from the raw phone and country (see Contacts/ContactKeys); the raw values in data stay exactly as received.
-- email_norm (0001) is the email key. Leads stored before this migration have no phone_key until next written.

ALTER TABLE leads ADD COLUMN phone_key TEXT NULL;

CREATE INDEX ix_leads_phone_key ON leads (phone_key, seq) WHERE phone_key IS NOT NULL;

-- Idempotency keys of requests that were merged into an existing lead (a created lead keeps its key in
-- leads.idempotency_key): a retry with the same key replays the merge instead of merging again.
CREATE TABLE merge_keys (
    idempotency_key  TEXT NOT NULL PRIMARY KEY,
    lead_id          TEXT NOT NULL,
    created_at       INTEGER NOT NULL
) STRICT;
