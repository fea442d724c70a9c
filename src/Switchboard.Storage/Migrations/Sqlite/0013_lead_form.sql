-- The web form a lead was created through (NULL: the API or an import), so replay and shadow mode route a form's
-- leads again through that form's form.submitted workflows. Set at insert, never updated.
ALTER TABLE leads ADD COLUMN form_id TEXT;
