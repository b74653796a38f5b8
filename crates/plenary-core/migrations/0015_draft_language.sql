-- A draft's language: one of the six UN languages, by its code. The
-- templates a draft starts from follow it (their openings and closings in
-- that language), and its exports are tagged with it. Drafts begun before
-- drafts had a language keep none (NULL) until one is set: guessing it
-- from a half-written body could tag a statement wrongly.
ALTER TABLE drafts ADD COLUMN language TEXT
    CHECK (language IS NULL OR language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
