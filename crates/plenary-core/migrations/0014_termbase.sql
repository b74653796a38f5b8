-- The termbase: concepts, each with its terms in the six UN languages. A
-- concept's key is its identifier in exchange files (TBX's id), so an
-- import finds the same entry again. A term is preferred, admitted or
-- deprecated in its language; a language has at most one preferred term
-- per concept. Terms go with their concept.
CREATE TABLE concepts (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE CHECK (trim(key) <> ''),
    subject    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE concept_terms (
    id         INTEGER PRIMARY KEY,
    concept_id INTEGER NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    language   TEXT NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    status     TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated')),
    note       TEXT,
    UNIQUE (concept_id, position)
);

CREATE UNIQUE INDEX concept_terms_one_preferred
    ON concept_terms (concept_id, language) WHERE status = 'preferred';

-- One row once the concepts Plenary ships have been put in the termbase
-- (at the first open after this migration), so that entries the user
-- removed do not come back.
CREATE TABLE termbase_shipped (
    edition     INTEGER PRIMARY KEY,
    provided_at TEXT NOT NULL
);
