-- Clearance by capital. A draft now goes from drafting to sent to
-- capital, to cleared, to delivered. The status CHECK of 0008 cannot be
-- changed in place, so the drafts table is made again with the new list,
-- and with it the two tables that hang off a draft (their foreign keys
-- name it): each is copied whole, ids and all, into a new table first,
-- the old tables are dropped children first (so that dropping drafts
-- cascades to nothing), and the new ones take the old names (renaming
-- drafts_next rewrites the references to it). The language of 0015 is
-- kept with the rest.
--
-- A clearance is a row of its own: the draft, the revision capital
-- cleared, who recorded it (the user's name in the settings) and when.
-- A draft whose body differs from its cleared revision has changed since
-- it was cleared.
CREATE TABLE drafts_next (
    id                    INTEGER PRIMARY KEY,
    key                   TEXT NOT NULL UNIQUE,
    title                 TEXT NOT NULL CHECK (trim(title) <> ''),
    session               TEXT,
    topic                 TEXT,
    target_minutes        REAL NOT NULL DEFAULT 3 CHECK (target_minutes > 0),
    status                TEXT NOT NULL DEFAULT 'drafting'
                          CHECK (status IN ('drafting', 'sent_to_capital', 'cleared', 'delivered')),
    body                  TEXT NOT NULL,
    words                 INTEGER NOT NULL,
    delivered_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    language              TEXT
                          CHECK (language IS NULL OR language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
);
INSERT INTO drafts_next (id, key, title, session, topic, target_minutes, status, body, words,
                         delivered_document_id, created_at, updated_at, language)
SELECT id, key, title, session, topic, target_minutes, status, body, words,
       delivered_document_id, created_at, updated_at, language FROM drafts;

CREATE TABLE draft_revisions_next (
    id       INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts_next(id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    body     TEXT NOT NULL,
    words    INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    UNIQUE (draft_id, number)
);
INSERT INTO draft_revisions_next (id, draft_id, number, body, words, saved_at)
SELECT id, draft_id, number, body, words, saved_at FROM draft_revisions;

CREATE TABLE draft_insertions_next (
    id                 INTEGER PRIMARY KEY,
    draft_id           INTEGER NOT NULL REFERENCES drafts_next(id) ON DELETE CASCADE,
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
INSERT INTO draft_insertions_next (id, draft_id, source_kind, passage_id, document_id,
                                   passage_ordinal, talking_point_id, talking_point_title,
                                   text, score, inserted_at)
SELECT id, draft_id, source_kind, passage_id, document_id, passage_ordinal, talking_point_id,
       talking_point_title, text, score, inserted_at FROM draft_insertions;

DROP TABLE draft_insertions;
DROP TABLE draft_revisions;
DROP TABLE drafts;
ALTER TABLE drafts_next RENAME TO drafts;
ALTER TABLE draft_revisions_next RENAME TO draft_revisions;
ALTER TABLE draft_insertions_next RENAME TO draft_insertions;
CREATE INDEX draft_insertions_by_draft ON draft_insertions(draft_id);
CREATE INDEX draft_insertions_by_passage ON draft_insertions(passage_id);
CREATE INDEX draft_insertions_by_document ON draft_insertions(document_id);

CREATE TABLE draft_clearances (
    id          INTEGER PRIMARY KEY,
    draft_id    INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    revision_id INTEGER NOT NULL REFERENCES draft_revisions(id) ON DELETE CASCADE,
    cleared_by  TEXT NOT NULL CHECK (trim(cleared_by) <> ''),
    cleared_at  TEXT NOT NULL
);
CREATE INDEX draft_clearances_by_draft ON draft_clearances(draft_id);
