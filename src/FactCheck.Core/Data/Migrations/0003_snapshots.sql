-- Archived copies of sources. A snapshot is evidence of what a page said at a time, so it is never
-- changed or removed: a re-fetch adds a row. The triggers hold that even against hand-written SQL.
CREATE TABLE snapshots (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    text         TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    text_sha256  TEXT NOT NULL CHECK (length(text_sha256) = 64),
    retrieved_at TEXT NOT NULL,
    final_url    TEXT,
    http_status  INTEGER,
    archive_url  TEXT,
    content_type TEXT,
    manual       INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    title        TEXT,
    publisher    TEXT,
    author       TEXT,
    published_on TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX ix_snapshots_source ON snapshots(source_id, id);

CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN
    SELECT RAISE(ABORT, 'Snapshots are immutable: fetch the source again to add a new snapshot.');
END;

CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
BEGIN
    SELECT RAISE(ABORT, 'Snapshots are immutable and cannot be deleted.');
END;

-- Where an evidence passage sits in the snapshot it was checked against (W3C Web Annotation
-- TextQuoteSelector + TextPositionSelector), so the page can highlight it and notice when it is gone.
ALTER TABLE evidence ADD COLUMN snapshot_id INTEGER REFERENCES snapshots(id);
ALTER TABLE evidence ADD COLUMN anchor_start INTEGER;
ALTER TABLE evidence ADD COLUMN anchor_end INTEGER;
ALTER TABLE evidence ADD COLUMN anchor_prefix TEXT;
ALTER TABLE evidence ADD COLUMN anchor_suffix TEXT;
ALTER TABLE evidence ADD COLUMN anchor_found INTEGER CHECK (anchor_found IN (0, 1));
