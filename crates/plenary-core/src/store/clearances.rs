//! The draft_clearances table: capital's clearances of drafts, each a row
//! of its own (the draft, the revision cleared, who recorded it and when).
//! Clearing keeps the draft's body as a revision first, so that the
//! revision named holds the text cleared, and sets the draft's status, in
//! one transaction. Who may clear what is the caller's business
//! (`drafts::clearance`).

use super::columns::now;
use super::drafts::keep_revision;
use super::Store;
use crate::model::{Clearance, Error, Result};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Records that capital cleared draft `id` as its body reads now,
    /// recorded by `cleared_by`, and marks it cleared.
    pub fn clear_draft(&mut self, id: i64, cleared_by: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let at = now();
        let changed = tx.execute(
            "UPDATE drafts SET status = 'cleared', updated_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        if changed == 0 {
            return Err(Error::NotFound { what: "draft", id });
        }
        keep_revision(&tx, id)?;
        tx.execute(
            "INSERT INTO draft_clearances (draft_id, revision_id, cleared_by, cleared_at) \
             SELECT ?1, id, ?2, ?3 FROM draft_revisions WHERE draft_id = ?1 \
             ORDER BY number DESC LIMIT 1",
            params![id, cleared_by, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The latest clearance of a draft, if it was ever cleared.
    pub fn latest_clearance(&self, draft_id: i64) -> Result<Option<Clearance>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT c.id, c.revision_id, r.number, c.cleared_by, c.cleared_at \
                 FROM draft_clearances c JOIN draft_revisions r ON r.id = c.revision_id \
                 WHERE c.draft_id = ?1 ORDER BY c.id DESC LIMIT 1",
            )?
            .query_row([draft_id], |r| {
                Ok(Clearance {
                    id: r.get("id")?,
                    revision_id: r.get("revision_id")?,
                    revision_number: r.get("number")?,
                    cleared_by: r.get("cleared_by")?,
                    cleared_at: r.get("cleared_at")?,
                })
            })
            .optional()?)
    }
}
