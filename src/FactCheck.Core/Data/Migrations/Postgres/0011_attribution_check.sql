-- PostgreSQL twin of ../0011_attribution_check.sql.
ALTER TABLE claims ADD COLUMN attribution_check TEXT NOT NULL DEFAULT 'NotChecked'
    CHECK (attribution_check IN ('NotChecked', 'Accurate', 'Misquoted', 'WronglyAttributed', 'CouldNotVerify'));
