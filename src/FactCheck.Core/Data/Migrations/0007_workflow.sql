-- Who works on each claim, the conversation about it (comments, send-backs, @mentions), and the verdict scale
-- an administrator can change (empty = the default scale from PRODUCT.md).
ALTER TABLE claims ADD COLUMN assignee_id INTEGER REFERENCES users(id);
CREATE INDEX ix_claims_assignee ON claims(assignee_id, status);

CREATE TABLE comments (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    kind       TEXT NOT NULL DEFAULT 'Comment' CHECK (kind IN ('Comment', 'SentBack', 'Approved')),
    created_at TEXT NOT NULL
);
CREATE INDEX ix_comments_claim ON comments(claim_id, id);

CREATE TABLE mentions (
    comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    seen_at    TEXT,
    PRIMARY KEY (comment_id, user_id)
);
CREATE INDEX ix_mentions_user ON mentions(user_id, seen_at);

CREATE TABLE verdict_scale (
    ordinal      INTEGER PRIMARY KEY,
    label        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    rank         INTEGER,
    needs_source INTEGER NOT NULL CHECK (needs_source IN (0, 1)),
    color        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT ''
);
