-- Search filters (speaker, kind, language, forum, topic, month) move inside
-- the full-text index: each passage carries "facet" words for its
-- document's metadata in a second FTS column, so a filtered query is one
-- FTS5 intersection instead of a join that ranks every match first. The
-- facets are filled in by the library on open (`store::facets`), since they
-- are derived from metadata in Rust.
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

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts (rowid, text, facets) VALUES (new.id, new.text, new.facets);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, text, facets) VALUES ('delete', old.id, old.text, old.facets);
END;
CREATE TRIGGER passages_au AFTER UPDATE OF text, facets ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, text, facets) VALUES ('delete', old.id, old.text, old.facets);
    INSERT INTO passages_fts (rowid, text, facets) VALUES (new.id, new.text, new.facets);
END;

-- Index the passages already stored (their facets are filled in on open).
INSERT INTO passages_fts (passages_fts) VALUES ('rebuild');
