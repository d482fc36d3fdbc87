-- PostgreSQL only, not yet applied: points in time from ISO 8601 text to timestamptz. It becomes migration
-- 0015_timestamptz.sql (with a SQLite twin that changes nothing: SQLite has no time type) once migrations 0013 and 0014
-- are on main: the migrator applies numbers 1, 2, 3... in order and only those above a database's version, so a 0015
-- landing first would be refused, or would make databases skip 0013 and 0014 for ever. The code already reads and writes
-- both forms (StoredTime), and tests/FactCheck.Core.Tests/Data/TimestampConversionTests.cs applies this script to a real
-- database. Calendar dates (articles.published, sources.published_on...) stay 'YYYY-MM-DD' text.
-- The text is cut to the microsecond before it is read (PostgreSQL would round the seventh decimal), as StoredTime does.
-- ALTER TABLE rewrites rows without firing the row triggers that keep the audit trail, snapshots and published
-- versions unchangeable.
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
    ALTER COLUMN created_at TYPE timestamptz USING regexp_replace(created_at, '(\.\d{6})\d+', '\1')::timestamptz;
