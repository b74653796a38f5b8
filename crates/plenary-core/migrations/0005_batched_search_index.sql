-- Imports add their passages to the two full-text indexes in bulk, one
-- statement per batch of documents (`store::index_passages_after`), instead
-- of through a trigger per inserted row: FTS5 writes its pending terms out
-- at every statement savepoint, so the trigger made one index segment per
-- passage and most of an import's time went into merging them. The delete
-- and update triggers stay.
DROP TRIGGER passages_ai;
DROP TRIGGER passages_ai_cjk;

-- A document's plain text was written at import and never read; the
-- passages hold it.
ALTER TABLE document_texts DROP COLUMN plain_text;

-- A passage's Markdown is stored only where formatting makes it differ from
-- its plain text; '' means "the same as `text`".
UPDATE passages SET markdown = '' WHERE markdown = text;

-- The word index gains prefix indexes for three- and four-letter prefixes,
-- so a short prefix query (`inte*`) reads one list instead of merging the
-- lists of every word it expands to. Longer prefixes expand to few words.
DROP TABLE passages_fts;
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, facets, content = 'passages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4'
);
INSERT INTO passages_fts (passages_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
INSERT INTO passages_fts (passages_fts) VALUES ('rebuild');
