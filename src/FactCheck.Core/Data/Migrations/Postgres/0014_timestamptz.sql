-- Points in time from ISO 8601 text to timestamptz. SQLite's twin changes nothing: SQLite has no time type, and the
-- stores write and read both forms alike (StoredTime). Calendar dates (articles.published, sources.published_on...) stay
-- 'YYYY-MM-DD' text.
-- Text without an offset (none is written, but a hand-edited row might hold one) is read as UTC, as StoredTime reads it,
-- whatever the server's or the role's TimeZone setting: SET LOCAL lasts until this migration's transaction ends.
-- The text is cut to the microsecond before it is read (PostgreSQL would round the seventh decimal), as StoredTime does.
-- ALTER TABLE rewrites rows without firing the row triggers that keep the audit trail, snapshots and published
-- versions unchangeable.
SET LOCAL TimeZone = 'UTC';
ALTER TABLE api_tokens
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN last_used_at TYPE timestamptz USING regexp_replace(last_used_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN revoked_at TYPE timestamptz USING regexp_replace(revoked_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE articles
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN fetched_at TYPE timestamptz USING regexp_replace(fetched_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN updated_at TYPE timestamptz USING regexp_replace(updated_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE audit_log
    ALTER COLUMN at TYPE timestamptz USING regexp_replace(at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE claim_reviews
    ALTER COLUMN imported_at TYPE timestamptz USING regexp_replace(imported_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN updated_at TYPE timestamptz USING regexp_replace(updated_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE claims
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN updated_at TYPE timestamptz USING regexp_replace(updated_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE comments
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE data_protection_keys
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE evidence
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE mentions
    ALTER COLUMN seen_at TYPE timestamptz USING regexp_replace(seen_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE report_versions
    ALTER COLUMN published_at TYPE timestamptz USING regexp_replace(published_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE sign_in_failures
    ALTER COLUMN locked_until TYPE timestamptz USING regexp_replace(locked_until, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN updated_at TYPE timestamptz USING regexp_replace(updated_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE snapshots
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN retrieved_at TYPE timestamptz USING regexp_replace(retrieved_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE sources
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE user_sessions
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN ended_at TYPE timestamptz USING regexp_replace(ended_at, '(\.\d{6})\d+', '\1')::timestamptz;
ALTER TABLE users
    ALTER COLUMN locked_until TYPE timestamptz USING regexp_replace(locked_until, '(\.\d{6})\d+', '\1')::timestamptz,
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
