-- PostgreSQL twin of ../0013_search.sql: one search table per searched table, holding the row's tsvector (weighted:
-- A for titles and statements, B for names, C for the rest) under a GIN index. Triggers keep them in step inside the
-- writing transaction; deleting a row deletes its entry (ON DELETE CASCADE). The search tables are derived data:
-- `factcheck db copy` leaves them out and the target's own triggers fill them. An article's text is indexed up to its
-- first 200,000 characters: a tsvector holds at most 1 MB, and hostile text of unique words must not make an import fail.
CREATE FUNCTION search_article_document(a articles) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(a.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(a.outlet, '') || ' ' || coalesce(a.author, '')), 'B')
        || setweight(to_tsvector('english', left(a.text, 200000)), 'D')
$$;
CREATE FUNCTION search_claim_document(c claims) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english', c.statement), 'A')
        || setweight(to_tsvector('english', coalesce(c.speaker_name, '')), 'B')
        || setweight(to_tsvector('english', coalesce(c.explanation, '')), 'C')
$$;
CREATE FUNCTION search_source_document(s sources) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(s.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(s.publisher, '') || ' ' || coalesce(s.author, '')), 'B')
        || setweight(to_tsvector('english', s.url || ' ' || coalesce(s.notes, '')), 'C')
$$;
CREATE FUNCTION search_evidence_document(e evidence) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT to_tsvector('english', e.passage)
$$;

CREATE TABLE search_articles (id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, document tsvector NOT NULL);
CREATE TABLE search_claims (id BIGINT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE, document tsvector NOT NULL);
CREATE TABLE search_sources (id BIGINT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE, document tsvector NOT NULL);
CREATE TABLE search_evidence (id BIGINT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE, document tsvector NOT NULL);
CREATE INDEX ix_search_articles ON search_articles USING GIN (document);
CREATE INDEX ix_search_claims ON search_claims USING GIN (document);
CREATE INDEX ix_search_sources ON search_sources USING GIN (document);
CREATE INDEX ix_search_evidence ON search_evidence USING GIN (document);

CREATE FUNCTION search_articles_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_articles (id, document) VALUES (NEW.id, search_article_document(NEW))
    ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END $$;
CREATE FUNCTION search_claims_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_claims (id, document) VALUES (NEW.id, search_claim_document(NEW))
    ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END $$;
CREATE FUNCTION search_sources_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_sources (id, document) VALUES (NEW.id, search_source_document(NEW))
    ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END $$;
CREATE FUNCTION search_evidence_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_evidence (id, document) VALUES (NEW.id, search_evidence_document(NEW))
    ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_search AFTER INSERT OR UPDATE OF title, outlet, author, text ON articles
    FOR EACH ROW EXECUTE FUNCTION search_articles_sync();
CREATE TRIGGER claims_search AFTER INSERT OR UPDATE OF statement, speaker_name, explanation ON claims
    FOR EACH ROW EXECUTE FUNCTION search_claims_sync();
CREATE TRIGGER sources_search AFTER INSERT OR UPDATE OF title, publisher, author, url, notes ON sources
    FOR EACH ROW EXECUTE FUNCTION search_sources_sync();
CREATE TRIGGER evidence_search AFTER INSERT OR UPDATE OF passage ON evidence
    FOR EACH ROW EXECUTE FUNCTION search_evidence_sync();

-- What the database already holds.
INSERT INTO search_articles (id, document) SELECT a.id, search_article_document(a) FROM articles a;
INSERT INTO search_claims (id, document) SELECT c.id, search_claim_document(c) FROM claims c;
INSERT INTO search_sources (id, document) SELECT s.id, search_source_document(s) FROM sources s;
INSERT INTO search_evidence (id, document) SELECT e.id, search_evidence_document(e) FROM evidence e;
