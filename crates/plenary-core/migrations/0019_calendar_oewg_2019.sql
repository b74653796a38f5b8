-- The calendar gains the OEWG 2019-2021 (resolution 73/27): its
-- organizational session and its three substantive sessions, all in New
-- York, which older statements belong to. Their agendas are left for the
-- user to fill in. A session also keeps when it was last changed
-- (`updated_at`): its event in an exported calendar carries it, so that a
-- calendar that already holds the event updates it.
ALTER TABLE sessions ADD COLUMN updated_at TEXT NOT NULL DEFAULT '2026-01-01T00:00:00Z';
UPDATE sessions SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

INSERT OR IGNORE INTO sessions (key, forum, name, starts_on, ends_on, place, updated_at) VALUES
    ('oewg-2019-org', 'OEWG 2019-2021', 'Organizational session', '2019-06-03', '2019-06-04', 'New York', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('oewg-2019-s1', 'OEWG 2019-2021', 'First substantive session', '2019-09-09', '2019-09-13', 'New York', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('oewg-2019-s2', 'OEWG 2019-2021', 'Second substantive session', '2020-02-10', '2020-02-14', 'New York', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('oewg-2019-s3', 'OEWG 2019-2021', 'Third substantive session', '2021-03-08', '2021-03-12', 'New York', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
