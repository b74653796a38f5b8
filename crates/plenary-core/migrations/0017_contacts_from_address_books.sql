-- Contacts from real address books. An entry may have no State (an
-- address book rarely says, and none may be read from its organisation):
-- it is kept, and flagged for a person to fill in. A State given is one
-- of the States table's canonical names: this migration's hook
-- (store/contacts.rs) rewrites those already written that the table knows
-- ("Russia" becomes "Russian Federation"); the others stay as written,
-- flagged. An entry also keeps the parts of its name an address book
-- gives (given and family names) and its other email addresses.
--
-- SQLite cannot relax a NOT NULL, so the table is rebuilt: renamed aside
-- (which points the contact log at it), copied into the new table, and the
-- log rebuilt to point at the new one, so that no log entry is lost.
ALTER TABLE contacts RENAME TO contacts_before_0017;

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    state         TEXT CHECK (state IS NULL OR trim(state) <> ''),
    poc_type      TEXT NOT NULL CHECK (poc_type IN ('diplomatic', 'technical')),
    full_name     TEXT NOT NULL CHECK (trim(full_name) <> ''),
    given_name    TEXT,
    family_name   TEXT,
    position      TEXT,
    institution   TEXT,
    email         TEXT,
    other_emails  TEXT,
    phone         TEXT,
    languages     TEXT,
    time_zone     TEXT,
    notes         TEXT,
    last_verified TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
INSERT INTO contacts (id, key, state, poc_type, full_name, position, institution, email, phone,
                      languages, time_zone, notes, last_verified, created_at, updated_at)
SELECT id, key, state, poc_type, full_name, position, institution, email, phone,
       languages, time_zone, notes, last_verified, created_at, updated_at
FROM contacts_before_0017;

ALTER TABLE contact_log RENAME TO contact_log_before_0017;
CREATE TABLE contact_log (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('call', 'email', 'ping_test')),
    outcome    TEXT NOT NULL CHECK (outcome IN ('answered', 'no_answer', 'failed')),
    note       TEXT
);
INSERT INTO contact_log (id, contact_id, date, kind, outcome, note)
SELECT id, contact_id, date, kind, outcome, note FROM contact_log_before_0017;

DROP TABLE contact_log_before_0017;
DROP TABLE contacts_before_0017;

-- The same State (or none), POC type and email is held once.
CREATE UNIQUE INDEX contacts_by_state_type_email
    ON contacts(coalesce(state, '') COLLATE NOCASE, poc_type, email COLLATE NOCASE)
    WHERE email IS NOT NULL;
CREATE INDEX contacts_by_state_type_name
    ON contacts(state COLLATE NOCASE, poc_type, full_name COLLATE NOCASE);
CREATE INDEX contact_log_by_contact ON contact_log(contact_id, date);
