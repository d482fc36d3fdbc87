CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT,
    url         TEXT,
    author      TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    blocks_json TEXT NOT NULL DEFAULT '[]',
    dateline_json TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('Attribution', 'Figure', 'Fact')),
    statement       TEXT NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    speaker_name    TEXT,
    speaker_mention TEXT,
    cue             TEXT,
    direct          INTEGER,
    content_json    TEXT NOT NULL DEFAULT '[]',
    figures_json    TEXT NOT NULL DEFAULT '[]',
    sourced         INTEGER,
    check_worthiness REAL NOT NULL DEFAULT 0,
    origin          TEXT NOT NULL DEFAULT 'Extracted',
    status          TEXT NOT NULL DEFAULT 'Open',
    verdict         TEXT,
    explanation     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ix_claims_article ON claims(article_id, span_start);

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    url          TEXT NOT NULL UNIQUE,
    title        TEXT,
    publisher    TEXT,
    author       TEXT,
    published_on TEXT,
    accessed_on  TEXT,
    kind         TEXT NOT NULL DEFAULT 'Other',
    notes        TEXT,
    created_at   TEXT NOT NULL
);

CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    passage    TEXT NOT NULL,
    stance     TEXT NOT NULL CHECK (stance IN ('Supports', 'Contradicts', 'Context')),
    created_at TEXT NOT NULL
);
CREATE INDEX ix_evidence_claim ON evidence(claim_id);
