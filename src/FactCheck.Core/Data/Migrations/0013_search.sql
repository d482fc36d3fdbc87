-- Full-text search over what the newsroom has recorded: articles, claims (statement, speaker, explanation), sources
-- and evidence passages. Each index is an FTS5 table over its base table's own rows (external content: the text is
-- not stored twice), kept in step by triggers, so an index change commits or rolls back with the write that made it.
-- Words are folded (case, diacritics) and stemmed (porter), so "flooded" finds "floods".
CREATE VIRTUAL TABLE search_articles USING fts5(
    title, outlet, author, text,
    content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_claims USING fts5(
    statement, speaker_name, explanation,
    content = 'claims', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_sources USING fts5(
    title, publisher, author, url, notes,
    content = 'sources', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_evidence USING fts5(
    passage,
    content = 'evidence', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

-- An external-content index forgets a row only when told the words it indexed: the 'delete' rows carry the old values.
-- Updates re-index only when a searched column changes (a verdict's status or version alone does not).
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO search_articles (rowid, title, outlet, author, text) VALUES (new.id, new.title, new.outlet, new.author, new.text);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_articles (search_articles, rowid, title, outlet, author, text) VALUES ('delete', old.id, old.title, old.outlet, old.author, old.text);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, outlet, author, text ON articles BEGIN
    INSERT INTO search_articles (search_articles, rowid, title, outlet, author, text) VALUES ('delete', old.id, old.title, old.outlet, old.author, old.text);
    INSERT INTO search_articles (rowid, title, outlet, author, text) VALUES (new.id, new.title, new.outlet, new.author, new.text);
END;

CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO search_claims (rowid, statement, speaker_name, explanation) VALUES (new.id, new.statement, new.speaker_name, new.explanation);
END;
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
    INSERT INTO search_claims (search_claims, rowid, statement, speaker_name, explanation) VALUES ('delete', old.id, old.statement, old.speaker_name, old.explanation);
END;
CREATE TRIGGER claims_search_update AFTER UPDATE OF statement, speaker_name, explanation ON claims BEGIN
    INSERT INTO search_claims (search_claims, rowid, statement, speaker_name, explanation) VALUES ('delete', old.id, old.statement, old.speaker_name, old.explanation);
    INSERT INTO search_claims (rowid, statement, speaker_name, explanation) VALUES (new.id, new.statement, new.speaker_name, new.explanation);
END;

CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
    INSERT INTO search_sources (rowid, title, publisher, author, url, notes) VALUES (new.id, new.title, new.publisher, new.author, new.url, new.notes);
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
    INSERT INTO search_sources (search_sources, rowid, title, publisher, author, url, notes) VALUES ('delete', old.id, old.title, old.publisher, old.author, old.url, old.notes);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE OF title, publisher, author, url, notes ON sources BEGIN
    INSERT INTO search_sources (search_sources, rowid, title, publisher, author, url, notes) VALUES ('delete', old.id, old.title, old.publisher, old.author, old.url, old.notes);
    INSERT INTO search_sources (rowid, title, publisher, author, url, notes) VALUES (new.id, new.title, new.publisher, new.author, new.url, new.notes);
END;

CREATE TRIGGER evidence_search_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO search_evidence (rowid, passage) VALUES (new.id, new.passage);
END;
CREATE TRIGGER evidence_search_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO search_evidence (search_evidence, rowid, passage) VALUES ('delete', old.id, old.passage);
END;
CREATE TRIGGER evidence_search_update AFTER UPDATE OF passage ON evidence BEGIN
    INSERT INTO search_evidence (search_evidence, rowid, passage) VALUES ('delete', old.id, old.passage);
    INSERT INTO search_evidence (rowid, passage) VALUES (new.id, new.passage);
END;

-- What the database already holds.
INSERT INTO search_articles (search_articles) VALUES ('rebuild');
INSERT INTO search_claims (search_claims) VALUES ('rebuild');
INSERT INTO search_sources (search_sources) VALUES ('rebuild');
INSERT INTO search_evidence (search_evidence) VALUES ('rebuild');
