-- Articles imported from a web address keep when FactCheck fetched them: the page may change or vanish later,
-- and a fact-check says which version of the article it read. Pasted and uploaded articles leave it empty.
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
