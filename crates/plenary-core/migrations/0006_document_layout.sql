-- How each document's text is cut into paragraphs (`text::layout`): one
-- paragraph per blank-line block (Markdown), per line (text copied from the
-- web), hard-wrapped PDF lines joined back, or numbered paragraphs run
-- together on one line. Documents imported before this version are left
-- NULL: they were cut the Markdown way and await re-analysis
-- (`plenary reanalyse`, or the app's library view). A layout the user
-- chose is kept through re-analysis.
ALTER TABLE documents ADD COLUMN layout TEXT
    CHECK (layout IS NULL OR layout IN ('markdown', 'one-per-line', 'hard-wrapped', 'run-together'));
ALTER TABLE documents ADD COLUMN layout_set_by_user INTEGER NOT NULL DEFAULT 0;
