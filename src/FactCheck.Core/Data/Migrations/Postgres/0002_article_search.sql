-- PostgreSQL twin of ../0002_article_search.sql: the articles page searches by title and outlet with ILIKE.
CREATE INDEX ix_articles_title ON articles(lower(title));
CREATE INDEX ix_articles_outlet ON articles(lower(outlet));
