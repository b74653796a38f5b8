-- The Points of Contact directory. The contacts and contact_log tables of
-- 0001 were placeholders that nothing ever wrote to; they are replaced by
-- what the directory needs: an entry is deleted outright (no deleted_at),
-- the same State, POC type and email can be held only once (so an import
-- can never double an entry silently), and a log entry's kind and outcome
-- are checked. The period after which an entry counts as stale is a row of
-- the settings table ('contact_stale_months'), absent until changed.
DROP TABLE contact_log;
DROP TABLE contacts;

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    state         TEXT NOT NULL CHECK (trim(state) <> ''),
    poc_type      TEXT NOT NULL CHECK (poc_type IN ('diplomatic', 'technical')),
    full_name     TEXT NOT NULL CHECK (trim(full_name) <> ''),
    position      TEXT,
    institution   TEXT,
    email         TEXT,
    phone         TEXT,
    languages     TEXT,
    time_zone     TEXT,
    notes         TEXT,
    last_verified TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX contacts_by_state_type_email
    ON contacts(state COLLATE NOCASE, poc_type, email COLLATE NOCASE)
    WHERE email IS NOT NULL;
-- The directory's order, and an entry without an email found by its name.
CREATE INDEX contacts_by_state_type_name
    ON contacts(state COLLATE NOCASE, poc_type, full_name COLLATE NOCASE);

CREATE TABLE contact_log (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('call', 'email', 'ping_test')),
    outcome    TEXT NOT NULL CHECK (outcome IN ('answered', 'no_answer', 'failed')),
    note       TEXT
);
CREATE INDEX contact_log_by_contact ON contact_log(contact_id, date);
