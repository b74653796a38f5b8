//! What migration 0017 does to the directory's data: each State already
//! written that the States table knows under another name is rewritten as
//! its canonical name ("Russia" as "Russian Federation"); an entry that
//! would then double another, and a State the table does not know, are
//! left as written (and flagged when read, see `contacts`).

use crate::model::Result;
use crate::text::states::canonical_state;
use rusqlite::{params, Transaction};

/// At the upgrade that made States canonical (migration 0017): each State
/// already written that the States table knows under another name is
/// rewritten as its canonical name; an entry that would then double
/// another is left as written.
pub(super) fn canonical_states(tx: &Transaction) -> Result<()> {
    let written: Vec<String> = tx
        .prepare("SELECT DISTINCT state FROM contacts WHERE state IS NOT NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for state in written {
        if let Some(canonical) = canonical_state(&state).filter(|c| *c != state) {
            tx.execute(
                "UPDATE OR IGNORE contacts SET state = ?2 WHERE state = ?1",
                params![state, canonical],
            )?;
        }
    }
    Ok(())
}
