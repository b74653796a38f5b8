-- The drafting studio. The draft tables of 0001 (drafts, draft_revisions,
-- draft_provenance, talking_points) were placeholders that nothing ever
-- wrote to; they are replaced by what the studio needs: a draft holds its
-- current Markdown body (autosaved), its revisions are saved states of that
-- body, and each insertion of earlier language or of a talking point is
-- recorded with its source, so that every paragraph's provenance can be
-- scored again against it whenever the text changes. The drafter's
-- settings are key/value rows; templates are rows by name ("Blank" is built
-- in and never stored), starting with a statement's usual frame.
DROP TABLE draft_provenance;
DROP TABLE draft_revisions;
DROP TABLE drafts;
DROP TABLE talking_points;

CREATE TABLE drafts (
    id                    INTEGER PRIMARY KEY,
    key                   TEXT NOT NULL UNIQUE,
    title                 TEXT NOT NULL CHECK (trim(title) <> ''),
    session               TEXT,
    topic                 TEXT,
    target_minutes        REAL NOT NULL DEFAULT 3 CHECK (target_minutes > 0),
    status                TEXT NOT NULL DEFAULT 'drafting'
                          CHECK (status IN ('drafting', 'cleared', 'delivered')),
    body                  TEXT NOT NULL,
    words                 INTEGER NOT NULL,
    delivered_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE draft_revisions (
    id       INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    body     TEXT NOT NULL,
    words    INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    UNIQUE (draft_id, number)
);

CREATE TABLE talking_points (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL CHECK (trim(title) <> ''),
    text       TEXT NOT NULL,
    pillar     TEXT,
    session    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- An insertion names its source: a passage (kept through a re-analysis by
-- its document and paragraph number when the passage row is rewritten), or
-- a talking point (its title kept, so a deleted point is still named).
CREATE TABLE draft_insertions (
    id                 INTEGER PRIMARY KEY,
    draft_id           INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    source_kind        TEXT NOT NULL CHECK (source_kind IN ('passage', 'talking_point')),
    passage_id         INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    document_id        INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    passage_ordinal    INTEGER,
    talking_point_id   INTEGER,
    talking_point_title TEXT,
    text               TEXT NOT NULL,
    score              REAL,
    inserted_at        TEXT NOT NULL
);
CREATE INDEX draft_insertions_by_draft ON draft_insertions(draft_id);
CREATE INDEX draft_insertions_by_passage ON draft_insertions(passage_id);
CREATE INDEX draft_insertions_by_document ON draft_insertions(document_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE draft_templates (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO draft_templates (name, body, updated_at) VALUES
    ('Statement', 'Mr. Chair,' || char(10) || char(10) || char(10) || char(10) || 'I thank you, Mr. Chair.' || char(10),
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
