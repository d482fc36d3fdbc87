-- The articles page searches by title and outlet, case-insensitively.
CREATE INDEX ix_articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX ix_articles_outlet ON articles(outlet COLLATE NOCASE);
