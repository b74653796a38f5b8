-- Agreed texts: documents the user marked as language all States accepted
-- by consensus, each with the document symbol it is cited by (A/77/275).
-- A draft is checked against their passages for exact and altered quotes.
-- One row per marked document; unmarking deletes the row, and it goes with
-- its document. Paragraph numbers are not stored: they are read from the
-- passages as the document gives them, so a re-analysis keeps them true.
CREATE TABLE agreed_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    symbol      TEXT NOT NULL CHECK (trim(symbol) <> ''),
    marked_at   TEXT NOT NULL
);
