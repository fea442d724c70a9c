-- People who sign in to the console. email_key is the email in lower case: one account per address, whatever its case.
CREATE TABLE users (
    id               text NOT NULL PRIMARY KEY,
    email            text NOT NULL,
    email_key        text NOT NULL UNIQUE,
    name             text NOT NULL,
    role             text NOT NULL,
    rep_id           text NULL,
    language         text NOT NULL,
    time_zone        text NOT NULL,
    password_hash    text NULL,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     bigint NULL,
    created_at       bigint NOT NULL
);

-- One-time links (invitation, password reset, first admin): only the token's hash is stored.
CREATE TABLE user_tokens (
    hash        text NOT NULL PRIMARY KEY,
    kind        text NOT NULL,
    user_id     text NULL,
    created_at  bigint NOT NULL,
    expires_at  bigint NOT NULL,
    used_at     bigint NULL
);
CREATE INDEX ix_user_tokens_user ON user_tokens (user_id);
