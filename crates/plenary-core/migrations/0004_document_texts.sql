-- A document's full Markdown and plain text move to their own table: the
-- library list reads every document row, and with the texts inline each row
-- spilled into overflow pages that the list never needed.
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    markdown    TEXT NOT NULL,
    plain_text  TEXT NOT NULL
);
INSERT INTO document_texts (document_id, markdown, plain_text)
    SELECT id, markdown, plain_text FROM documents;
ALTER TABLE documents DROP COLUMN markdown;
ALTER TABLE documents DROP COLUMN plain_text;
