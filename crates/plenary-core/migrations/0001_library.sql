-- The whole domain of PRODUCT.md in one first schema, so that later features
-- (reuse, drafting, the desk) fill tables in rather than redesign them.
-- Rows a user may export or exchange carry a stable text `key` beside the id;
-- rows a user may want back after a delete are soft-deleted (`deleted_at`).

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL UNIQUE,
    source_path   TEXT,
    format        TEXT NOT NULL,
    title         TEXT,
    kind          TEXT,
    speaker       TEXT,
    person        TEXT,
    function      TEXT,
    forum         TEXT,
    session       TEXT,
    agenda_item   TEXT,
    event         TEXT,
    place         TEXT,
    date          TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    language      TEXT,
    markdown      TEXT NOT NULL,
    plain_text    TEXT NOT NULL,
    word_count    INTEGER NOT NULL,
    warnings      TEXT NOT NULL DEFAULT '[]',
    imported_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX documents_by_date ON documents(date);
CREATE INDEX documents_by_speaker ON documents(speaker);

-- Which metadata fields the user (or front matter) set, so heuristics never
-- overwrite a correction.
CREATE TABLE document_field_sources (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('front_matter', 'heuristic', 'user')),
    PRIMARY KEY (document_id, field)
) WITHOUT ROWID;

CREATE TABLE topics (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    is_pillar INTEGER NOT NULL DEFAULT 0
);
INSERT INTO topics (key, name, is_pillar) VALUES
    ('threats', 'existing and potential threats', 1),
    ('norms', 'rules, norms and principles of responsible State behaviour', 1),
    ('international-law', 'international law', 1),
    ('cbms', 'confidence-building measures', 1),
    ('capacity-building', 'capacity-building', 1),
    ('institutional-dialogue', 'regular institutional dialogue', 1);

CREATE TABLE document_topics (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, topic_id)
) WITHOUT ROWID;

-- Paragraphs in reading order. `role` is 'body' for substantive text; the
-- other roles (letterhead, heading, dateline, salutation, closing, alignment)
-- are kept but weighed down by search and ignored by reuse.
CREATE TABLE passages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    role        TEXT NOT NULL,
    markdown    TEXT NOT NULL,
    text        TEXT NOT NULL,
    word_count  INTEGER NOT NULL,
    has_cjk     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, ordinal)
);

CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    UNIQUE (passage_id, ordinal)
);

CREATE TABLE passage_topics (
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    source     TEXT NOT NULL DEFAULT 'user',
    PRIMARY KEY (passage_id, topic_id)
) WITHOUT ROWID;

-- Word index for every language written with spaces.
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, content = 'passages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Trigram index for passages in scripts without spaces (Chinese, Japanese).
CREATE VIRTUAL TABLE passages_trigram USING fts5(
    text, content = 'passages', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_ai_cjk AFTER INSERT ON passages WHEN new.has_cjk BEGIN
    INSERT INTO passages_trigram(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER passages_ad_cjk AFTER DELETE ON passages WHEN old.has_cjk BEGIN
    INSERT INTO passages_trigram(passages_trigram, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER passages_au AFTER UPDATE OF text ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Reuse: a later passage's span that repeats an earlier passage's span.
CREATE TABLE reuse_links (
    id                INTEGER PRIMARY KEY,
    source_passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    target_passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    score             REAL NOT NULL,
    source_start      INTEGER NOT NULL,
    source_end        INTEGER NOT NULL,
    target_start      INTEGER NOT NULL,
    target_end        INTEGER NOT NULL,
    UNIQUE (source_passage_id, target_passage_id, target_start)
);
CREATE INDEX reuse_links_by_target ON reuse_links(target_passage_id);

CREATE TABLE talking_points (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    topic_id          INTEGER REFERENCES topics(id),
    title             TEXT NOT NULL,
    markdown          TEXT NOT NULL,
    source_passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);

CREATE TABLE sessions (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    forum     TEXT NOT NULL,
    name      TEXT NOT NULL,
    starts_on TEXT,
    ends_on   TEXT,
    place     TEXT,
    UNIQUE (forum, name)
);

CREATE TABLE agenda_items (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number     TEXT NOT NULL,
    title      TEXT NOT NULL
);

-- Global POC Directory entries: one diplomatic and one technical per State.
CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL,
    poc_type         TEXT NOT NULL CHECK (poc_type IN ('diplomatic', 'technical')),
    full_name        TEXT NOT NULL,
    position         TEXT,
    institution      TEXT,
    email            TEXT,
    phone            TEXT,
    languages        TEXT,
    time_zone        TEXT,
    notes            TEXT,
    last_verified_on TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);

-- Ping tests, notes verbales and other exchanges with a contact.
CREATE TABLE contact_log (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind        TEXT NOT NULL,
    outcome     TEXT,
    notes       TEXT
);

-- Positions and pledges ('position') and action items ('action').
CREATE TABLE commitments (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('position', 'action')),
    text              TEXT NOT NULL,
    owner             TEXT,
    status            TEXT NOT NULL DEFAULT 'open',
    due_on            TEXT,
    session_id        INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    source_passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);

CREATE TABLE commitment_status_history (
    id            INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    status        TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    note          TEXT
);

CREATE TABLE commitment_topics (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    topic_id      INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, topic_id)
) WITHOUT ROWID;

CREATE TABLE drafts (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    session_id      INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    agenda_item_id  INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    speaking_limit_seconds INTEGER NOT NULL DEFAULT 180,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);

CREATE TABLE draft_revisions (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    markdown   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (draft_id, number)
);

-- Which span of a draft revision came from which earlier passage.
CREATE TABLE draft_provenance (
    id                INTEGER PRIMARY KEY,
    revision_id       INTEGER NOT NULL REFERENCES draft_revisions(id) ON DELETE CASCADE,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    source_passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    score             REAL
);
