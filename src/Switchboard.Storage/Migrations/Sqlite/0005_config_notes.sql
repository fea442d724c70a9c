-- Configuration writes (issue: lost and silent config edits): each version may carry the note its author gave.
ALTER TABLE config_versions ADD COLUMN note TEXT NULL;
