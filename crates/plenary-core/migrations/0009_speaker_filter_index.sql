-- Filters compare the speaker without regard to case ("pakistan" finds
-- "Pakistan"), which the plain index on `speaker` cannot serve: every
-- filtered search, reuse query and drafting suggestion scanned the whole
-- documents table. This index serves that comparison.
CREATE INDEX documents_by_speaker_nocase
    ON documents(speaker COLLATE NOCASE) WHERE deleted_at IS NULL;
