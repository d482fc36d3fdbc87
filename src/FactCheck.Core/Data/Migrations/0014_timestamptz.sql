-- Nothing to do on SQLite, which has no time type: points in time stay ISO 8601 text in UTC (StoredTime). The PostgreSQL
-- twin converts its time columns from text to timestamptz; the number is kept in step so both engines share one version.
SELECT 1;
