-- The word index keeps up to 32 MB of new terms in memory before it writes
-- them out as a segment (FTS5's default is 1 MB). An import's batch of up to
-- a thousand files then enters the index as one segment instead of a dozen,
-- and FTS5 spends far less time merging small segments into larger ones,
-- which was about a third of an import's writing. Nothing a search returns
-- changes; it reads fewer, larger segments.
INSERT INTO passages_fts (passages_fts, rank) VALUES ('hashsize', 33554432);
