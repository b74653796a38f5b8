-- Search filters (speaker, kind, language, forum, topic, month) move inside
-- the full-text index: each passage carries "facet" words for its
-- document's metadata in a second FTS column, so a filtered query is one
-- FTS5 intersection instead of a join that ranks every match first. After
-- this file, the library fills the facets in (they are derived in Rust, see
-- `store::facets`) and rebuilds the index once; 0003 then adds the triggers,
-- so that filling the facets does not run them for every passage.
ALTER TABLE passages ADD COLUMN facets TEXT NOT NULL DEFAULT '';

DROP TRIGGER passages_ai;
DROP TRIGGER passages_ad;
DROP TRIGGER passages_au;
DROP TABLE passages_fts;

CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, facets, content = 'passages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank by the text alone; facet words must not count.
INSERT INTO passages_fts (passages_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
