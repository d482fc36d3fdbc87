-- PostgreSQL twin of ../0010_public_fact_checks.sql.
ALTER TABLE users ADD COLUMN display_name TEXT;
UPDATE users SET display_name = username;

ALTER TABLE articles ADD COLUMN summary TEXT;
ALTER TABLE articles ADD COLUMN claim_order TEXT;

ALTER TABLE articles ADD COLUMN slug TEXT;
CREATE UNIQUE INDEX articles_slug ON articles (slug) WHERE slug IS NOT NULL;

ALTER TABLE report_versions ADD COLUMN content_json TEXT;
