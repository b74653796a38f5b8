//! Saving a draft's body and keeping revisions of it. Autosave is cheap:
//! it stores the body, and keeps it as a revision only when the latest
//! revision is more than a minute old. Writing a draft outright, restoring
//! a revision and inserting earlier language always keep one. A revision
//! is never kept twice with the same text.

use super::fields::checked_body;
use crate::model::{Draft, DraftSummary, Result};
use crate::store::Store;

/// Autosave keeps a revision when the latest one is older than this.
const REVISION_INTERVAL: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// Stores a draft's body as typed (autosave), keeping it as a revision
/// when the latest one is more than a minute old.
pub fn save_body(store: &mut Store, id: i64, body: &str) -> Result<DraftSummary> {
    let words = checked_body(body)?;
    let due = match store.last_draft_revision(id)? {
        None => true,
        Some(last) => chrono::DateTime::parse_from_rfc3339(&last.saved_at).map_or(true, |at| {
            chrono::Utc::now().signed_duration_since(at) > REVISION_INTERVAL
        }),
    };
    store.save_draft_body(id, body, words, due)
}

/// Replaces a draft's body, always as a new revision.
pub fn write_body(store: &mut Store, id: i64, body: &str) -> Result<Draft> {
    let words = checked_body(body)?;
    store.save_draft_body(id, body, words, true)?;
    store.draft(id)
}

/// Brings back an earlier revision's body, after keeping the current body
/// as a revision of its own; the restored body is the newest revision.
pub fn restore_revision(store: &mut Store, draft_id: i64, revision_id: i64) -> Result<Draft> {
    let body = store.revision_body(draft_id, revision_id)?;
    store.keep_draft_revision(draft_id)?;
    write_body(store, draft_id, &body)
}
