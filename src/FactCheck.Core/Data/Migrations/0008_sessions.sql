-- Sign-in sessions that really end. Each sign-in is a row (the cookie carries a random id; only its SHA-256 is
-- stored); signing out ends that row, so a copied cookie dies with the session. Each user has a security stamp,
-- copied into every session at sign-in and changed on "sign out everywhere", a password, role or activation change:
-- a session whose stamp differs from its user's is over.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE users SET security_stamp = lower(hex(randomblob(16)));

CREATE TABLE user_sessions (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    stamp        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    ended_at     TEXT
);
CREATE INDEX ix_user_sessions_user ON user_sessions(user_id, ended_at);

-- Failed sign-ins for names that have no account, so that they lock like real ones and nothing tells them apart.
CREATE TABLE sign_in_failures (
    name         TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TEXT,
    updated_at   TEXT NOT NULL
);
