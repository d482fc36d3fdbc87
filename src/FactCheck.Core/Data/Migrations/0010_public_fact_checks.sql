-- People appear in reports and on public pages by the name they choose, not by the username they sign in with.
-- Existing accounts start with their username until an administrator or the person sets a display name.
ALTER TABLE users ADD COLUMN display_name TEXT;
UPDATE users SET display_name = username;

-- What an editor writes and arranges for the public fact-check: the bottom line, and the order of the claims
-- (a JSON array of claim ids; claims left out follow, most check-worthy first).
ALTER TABLE articles ADD COLUMN summary TEXT;
ALTER TABLE articles ADD COLUMN claim_order TEXT;

-- The readable address of the public page, given at first publication and never changed after (links must keep working).
ALTER TABLE articles ADD COLUMN slug TEXT;
CREATE UNIQUE INDEX articles_slug ON articles (slug) WHERE slug IS NOT NULL;

-- Each published version also keeps what its public page shows, as JSON, so that the page, its ClaimReview records
-- and the feeds are built from exactly what was published. Versions published before this have none.
ALTER TABLE report_versions ADD COLUMN content_json TEXT;
