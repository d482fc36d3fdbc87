-- Who changed what, when, from what to what. Append-only: the triggers refuse edits and deletions,
-- so the trail can be trusted as a record of the review.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    article_id INTEGER,
    action     TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX ix_audit_article ON audit_log(article_id, id);
CREATE INDEX ix_audit_entity ON audit_log(entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be edited.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be deleted.');
END;
