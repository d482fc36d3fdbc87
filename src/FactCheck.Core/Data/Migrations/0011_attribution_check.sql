-- An attribution ("Ana Ruiz said ...") is two questions: was it said, in those words, by that person; and is what was
-- said true. The verdict rates what was said; this records the reviewer's finding on the quote itself.
ALTER TABLE claims ADD COLUMN attribution_check TEXT NOT NULL DEFAULT 'NotChecked'
    CHECK (attribution_check IN ('NotChecked', 'Accurate', 'Misquoted', 'WronglyAttributed', 'CouldNotVerify'));
