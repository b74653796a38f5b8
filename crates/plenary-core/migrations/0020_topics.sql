-- One list of topics, which drafts, talking points (their pillar) and
-- commitments are tagged with, as they already take their session from
-- the calendar. It is the topics table that documents' tags already use:
-- a topic on the desk's list is `listed`; a tag a document brought in is
-- not, until someone adds it. The list starts with the pillars of the
-- framework of responsible State behaviour, now written as the framework
-- writes them. A value already written that names a listed topic or a
-- session (whatever its case, hyphens and punctuation, or a session by its
-- only name) is rewritten as it by this migration's hook
-- (store/list_values.rs); the others are left as written and listed for
-- the user, who adds them to a list or merges them into a value on it.
ALTER TABLE topics ADD COLUMN listed INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1));

INSERT OR IGNORE INTO topics (key, name, is_pillar) VALUES
    ('threats', 'existing and potential threats', 1),
    ('norms', 'rules, norms and principles of responsible State behaviour', 1),
    ('international-law', 'international law', 1),
    ('cbms', 'confidence-building measures', 1),
    ('capacity-building', 'capacity-building', 1),
    ('institutional-dialogue', 'regular institutional dialogue', 1);

UPDATE topics SET listed = 1, name = CASE key
    WHEN 'threats' THEN 'Existing and potential threats'
    WHEN 'norms' THEN 'Rules, norms and principles of responsible State behaviour'
    WHEN 'international-law' THEN 'International law'
    WHEN 'cbms' THEN 'Confidence-building measures'
    WHEN 'capacity-building' THEN 'Capacity-building'
    WHEN 'institutional-dialogue' THEN 'Regular institutional dialogue'
    ELSE name END
WHERE key IN ('threats', 'norms', 'international-law', 'cbms', 'capacity-building',
              'institutional-dialogue');
