-- PostgreSQL twin of ../0009_article_fetched_at.sql.
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
