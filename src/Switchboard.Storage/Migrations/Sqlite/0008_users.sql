-- People who sign in to the console. email_key is the email in lower case: one account per address, whatever its case.
CREATE TABLE users (
    id               TEXT NOT NULL PRIMARY KEY,
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL,
    rep_id           TEXT NULL,
    language         TEXT NOT NULL,
    time_zone        TEXT NOT NULL,
    password_hash    TEXT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     INTEGER NULL,
    created_at       INTEGER NOT NULL
) STRICT;

-- One-time links (invitation, password reset, first admin): only the token's hash is stored.
CREATE TABLE user_tokens (
    hash        TEXT NOT NULL PRIMARY KEY,
    kind        TEXT NOT NULL,
    user_id     TEXT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER NULL
) STRICT;
CREATE INDEX ix_user_tokens_user ON user_tokens (user_id);
