-- Commitments and the calendar of sessions. The sessions, agenda_items,
-- commitments, commitment_status_history and commitment_topics tables of
-- 0001 were placeholders that nothing ever wrote to; they are replaced by
-- what the desk needs:
-- - a session is named by its key (as drafts, talking points and
--   commitments name it) and its agenda items are kept in order;
-- - a commitment names its session by key and its topic as written (a
--   pillar or another tag), and its source passage, if any, also by its
--   document and paragraph number, so that it is found again when a
--   re-analysis rewrites the document's passages;
-- - every status a commitment had is a row of its history, the first being
--   the one it was created with;
-- - a suggested sentence that was accepted or dismissed is recorded by its
--   passage and its position in it, and by its document and its words, by
--   which it is not suggested again, even after a re-analysis.
-- The calendar is loaded here as data the user can edit: the OEWG
-- 2021-2025's sessions, the Global Roundtable on ICT Security Capacity
-- Building and the Global Mechanism's 2026 meetings.
DROP TABLE commitment_topics;
DROP TABLE commitment_status_history;
DROP TABLE commitments;
DROP TABLE agenda_items;
DROP TABLE sessions;

CREATE TABLE sessions (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE CHECK (trim(key) <> ''),
    forum     TEXT NOT NULL CHECK (trim(forum) <> ''),
    name      TEXT NOT NULL CHECK (trim(name) <> ''),
    starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ends_on   TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                   AND ends_on >= starts_on),
    place     TEXT
);
CREATE INDEX sessions_by_start ON sessions(starts_on);

CREATE TABLE agenda_items (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    number     TEXT NOT NULL,
    title      TEXT NOT NULL CHECK (trim(title) <> ''),
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE commitments (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    text              TEXT NOT NULL CHECK (trim(text) <> ''),
    kind              TEXT NOT NULL CHECK (kind IN ('position', 'pledge', 'request', 'action_item')),
    owner             TEXT,
    status            TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    due_on            TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    session           TEXT,
    topic             TEXT,
    source_passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    source_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    source_passage_ordinal INTEGER,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX commitments_by_due ON commitments(due_on);
CREATE INDEX commitments_by_passage ON commitments(source_passage_id);
CREATE INDEX commitments_by_document ON commitments(source_document_id);

CREATE TABLE commitment_status_history (
    id            INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    changed_at    TEXT NOT NULL,
    note          TEXT
);
CREATE INDEX commitment_status_history_by_commitment
    ON commitment_status_history(commitment_id, id);

CREATE TABLE commitment_suggestion_decisions (
    id             INTEGER PRIMARY KEY,
    passage_id     INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence       TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
    decided_at     TEXT NOT NULL,
    UNIQUE (document_id, sentence)
);

INSERT INTO sessions (key, forum, name, starts_on, ends_on, place) VALUES
    ('oewg-2021-org', 'OEWG 2021-2025', 'Organizational session', '2021-06-01', '2021-06-02', 'New York'),
    ('oewg-2021-s1', 'OEWG 2021-2025', 'First substantive session', '2021-12-13', '2021-12-17', 'New York'),
    ('oewg-2021-s2', 'OEWG 2021-2025', 'Second substantive session', '2022-03-28', '2022-04-01', 'New York'),
    ('oewg-2021-s3', 'OEWG 2021-2025', 'Third substantive session', '2022-07-25', '2022-07-29', 'New York'),
    ('oewg-2021-s4', 'OEWG 2021-2025', 'Fourth substantive session', '2023-03-06', '2023-03-10', 'New York'),
    ('oewg-2021-s5', 'OEWG 2021-2025', 'Fifth substantive session', '2023-07-24', '2023-07-28', 'New York'),
    ('oewg-2021-s6', 'OEWG 2021-2025', 'Sixth substantive session', '2023-12-11', '2023-12-15', 'New York'),
    ('oewg-2021-s7', 'OEWG 2021-2025', 'Seventh substantive session', '2024-03-04', '2024-03-08', 'New York'),
    ('oewg-2024-roundtable', 'OEWG 2021-2025', 'Global Roundtable on ICT Security Capacity Building', '2024-05-09', '2024-05-10', 'New York'),
    ('oewg-2021-s8', 'OEWG 2021-2025', 'Eighth substantive session', '2024-07-08', '2024-07-12', 'New York'),
    ('oewg-2021-s9', 'OEWG 2021-2025', 'Ninth substantive session', '2024-12-02', '2024-12-06', 'New York'),
    ('oewg-2021-s10', 'OEWG 2021-2025', 'Tenth substantive session', '2025-02-17', '2025-02-21', 'New York'),
    ('oewg-2021-s11', 'OEWG 2021-2025', 'Eleventh substantive session', '2025-07-07', '2025-07-11', 'New York'),
    ('gm-2026-org', 'Global Mechanism', 'Organizational session', '2026-03-30', '2026-03-31', 'New York'),
    ('gm-2026-plenary-1', 'Global Mechanism', 'First substantive plenary session', '2026-07-20', '2026-07-24', 'New York'),
    ('gm-2026-dtg', 'Global Mechanism', 'Dedicated thematic groups', '2026-12-07', '2026-12-11', 'New York');

-- The organizational sessions.
INSERT INTO agenda_items (session_id, position, number, title)
WITH agenda(position, number, title) AS (VALUES
    (1, '1', 'Opening of the session'),
    (2, '2', 'Election of the Chair and other officers'),
    (3, '3', 'Adoption of the agenda'),
    (4, '4', 'Organization of work, including the modalities of participation of other stakeholders'),
    (5, '5', 'Other matters'),
    (6, '6', 'Adoption of the report on the organizational session'))
SELECT s.id, a.position, a.number, a.title FROM sessions s, agenda a
WHERE s.key IN ('oewg-2021-org', 'gm-2026-org');

-- The OEWG's substantive sessions: the pillars of resolution 75/240, and
-- the adoption of a progress report at each July session (the final
-- report at the eleventh).
INSERT INTO agenda_items (session_id, position, number, title)
WITH agenda(position, number, title) AS (VALUES
    (1, '1', 'Opening of the session'),
    (2, '2', 'Adoption of the agenda'),
    (3, '3', 'Organization of work'),
    (4, '4', 'General exchange of views'),
    (5, '5(a)', 'Existing and potential threats'),
    (6, '5(b)', 'Rules, norms and principles of responsible State behaviour'),
    (7, '5(c)', 'International law'),
    (8, '5(d)', 'Confidence-building measures'),
    (9, '5(e)', 'Capacity-building'),
    (10, '5(f)', 'Regular institutional dialogue'),
    (11, '6', 'Other matters'))
SELECT s.id, a.position, a.number, a.title FROM sessions s, agenda a
WHERE s.key GLOB 'oewg-2021-s*';

INSERT INTO agenda_items (session_id, position, number, title)
SELECT id, 12, '7', CASE key
    WHEN 'oewg-2021-s11' THEN 'Adoption of the final report'
    WHEN 'oewg-2021-s3' THEN 'Adoption of the annual progress report'
    WHEN 'oewg-2021-s5' THEN 'Adoption of the annual progress report'
    WHEN 'oewg-2021-s8' THEN 'Adoption of the annual progress report'
    ELSE 'Closing of the session' END
FROM sessions WHERE key GLOB 'oewg-2021-s*';

INSERT INTO agenda_items (session_id, position, number, title)
WITH agenda(position, number, title) AS (VALUES
    (1, '1', 'Opening of the Roundtable'),
    (2, '2', 'Capacity-building needs and priorities of developing States'),
    (3, '3', 'Good practices and lessons learned in ICT security capacity-building'),
    (4, '4', 'Matching needs with resources, including the Global POC Directory'),
    (5, '5', 'Closing of the Roundtable'))
SELECT s.id, a.position, a.number, a.title FROM sessions s, agenda a
WHERE s.key = 'oewg-2024-roundtable';

INSERT INTO agenda_items (session_id, position, number, title)
WITH agenda(position, number, title) AS (VALUES
    (1, '1', 'Opening of the session'),
    (2, '2', 'Adoption of the agenda'),
    (3, '3', 'Organization of work'),
    (4, '4', 'General exchange of views'),
    (5, '5(a)', 'Existing and potential threats'),
    (6, '5(b)', 'Rules, norms and principles of responsible State behaviour'),
    (7, '5(c)', 'International law'),
    (8, '5(d)', 'Confidence-building measures'),
    (9, '5(e)', 'Capacity-building'),
    (10, '6', 'Work of the dedicated thematic groups'),
    (11, '7', 'Adoption of the report'))
SELECT s.id, a.position, a.number, a.title FROM sessions s, agenda a
WHERE s.key = 'gm-2026-plenary-1';

INSERT INTO agenda_items (session_id, position, number, title)
WITH agenda(position, number, title) AS (VALUES
    (1, '1', 'Opening of the meetings'),
    (2, '2', 'Dedicated thematic group on specific challenges, including the protection of critical infrastructure'),
    (3, '3', 'Dedicated thematic group on ICT security capacity-building'),
    (4, '4', 'Reports of the co-facilitators to the plenary'),
    (5, '5', 'Closing of the meetings'))
SELECT s.id, a.position, a.number, a.title FROM sessions s, agenda a
WHERE s.key = 'gm-2026-dtg';
