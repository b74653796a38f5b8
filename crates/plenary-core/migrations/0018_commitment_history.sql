-- Every change of a commitment is kept, not only a change of its status:
-- its text, kind, owner, due date, session or topic changed, or a note
-- added with no change at all. The history table is renamed for what it
-- now holds. Each row names what happened in `field` ('created' for a
-- commitment's first row, 'status', the name of the field changed, or
-- 'note'), with the value before and after (`old_value`, `new_value`),
-- and the status the commitment had after it. The rows written before are
-- each commitment's first row (created) and its status changes.
ALTER TABLE commitment_status_history RENAME TO commitment_history;
DROP INDEX commitment_status_history_by_commitment;
CREATE INDEX commitment_history_by_commitment ON commitment_history(commitment_id, id);

ALTER TABLE commitment_history ADD COLUMN field TEXT NOT NULL DEFAULT 'status'
    CHECK (field IN ('created', 'status', 'note', 'text', 'kind', 'owner', 'due_on', 'session', 'topic'));
ALTER TABLE commitment_history ADD COLUMN old_value TEXT;
ALTER TABLE commitment_history ADD COLUMN new_value TEXT;

UPDATE commitment_history SET field = 'created'
WHERE id IN (SELECT min(id) FROM commitment_history GROUP BY commitment_id);

UPDATE commitment_history AS h
SET old_value = (SELECT p.status FROM commitment_history p
                 WHERE p.commitment_id = h.commitment_id AND p.id < h.id
                 ORDER BY p.id DESC LIMIT 1),
    new_value = h.status
WHERE h.field = 'status';
