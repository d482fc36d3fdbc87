-- Other newsrooms' fact-checks (schema.org ClaimReview), kept to answer "has this been checked before?".
-- The URL is the record's identity: importing the same review again merges into it.
CREATE TABLE claim_reviews (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    claim_reviewed TEXT NOT NULL,
    rating         TEXT,
    organisation   TEXT,
    claimant       TEXT,
    reviewed_on    TEXT,
    -- all-MiniLM-L6-v2 embedding of claim_reviewed: 384 little-endian float32, unit length.
    embedding      BLOB NOT NULL,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Embeddings of this newsroom's own claims, computed when they are first matched; text_sha256 says which
-- wording the vector belongs to, so an edited statement is embedded again.
CREATE TABLE claim_embeddings (
    claim_id    INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    text_sha256 TEXT NOT NULL,
    embedding   BLOB NOT NULL
);
