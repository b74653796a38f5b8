-- The metadata fields a heuristic inferred from context (a speaker read
-- from "Germany believes …", a kind read from a salutation) rather than
-- read from an explicit header or dateline. A field filled by a heuristic
-- and not listed here was stated by the text. A user's correction removes
-- the field from this list.
CREATE TABLE document_inferred_fields (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    PRIMARY KEY (document_id, field)
) WITHOUT ROWID;
