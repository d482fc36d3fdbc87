-- The methodology note an editor writes for an article's report.
ALTER TABLE articles ADD COLUMN methodology TEXT;

-- Published reports: the exact Markdown as published, never changed or removed. A later change
-- is a new version that carries its correction note.
CREATE TABLE report_versions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    version      INTEGER NOT NULL,
    markdown     TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    correction   TEXT,
    UNIQUE (article_id, version)
);

CREATE TRIGGER report_versions_no_update BEFORE UPDATE ON report_versions
BEGIN
    SELECT RAISE(ABORT, 'Published reports are immutable: publish a correction as a new version.');
END;

CREATE TRIGGER report_versions_no_delete BEFORE DELETE ON report_versions
BEGIN
    SELECT RAISE(ABORT, 'Published reports cannot be deleted.');
END;
