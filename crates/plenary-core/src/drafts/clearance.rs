//! Clearance by capital: a draft goes from drafting to sent to capital,
//! to cleared, to delivered. Clearing records who cleared it (the user's
//! name in the settings), when, and which revision: the body as it reads
//! is kept as a revision first. An edit after clearance leaves the draft
//! cleared but changed since (`DraftSummary::changed_since_cleared`), with
//! the word diff from the cleared revision; it may be sent and cleared
//! again. Delivering a draft that is not cleared as it reads needs the
//! caller to say so (`deliver`).

use crate::model::{Clearance, DiffOp, Draft, DraftStatus, Error, Result};
use crate::reuse::similarity::word_diff;
use crate::store::{DraftColumn, DraftValue, Store};

/// Marks draft `id` as sent to capital for clearance.
pub fn send_to_capital(store: &mut Store, id: i64) -> Result<Draft> {
    let draft = store.draft(id)?;
    not_delivered(&draft)?;
    if draft.summary.status == DraftStatus::SentToCapital {
        return Err(Error::field(
            "status",
            format!("draft {id} is with capital already"),
        ));
    }
    store.set_draft_field(
        id,
        DraftColumn::Status,
        DraftValue::Text(Some(DraftStatus::SentToCapital.as_str())),
    )?;
    store.draft(id)
}

/// Records that capital cleared draft `id` as it reads now: by the user
/// named in the settings, now, as its latest revision.
pub fn clear(store: &mut Store, id: i64) -> Result<Draft> {
    let draft = store.draft(id)?;
    not_delivered(&draft)?;
    if draft.is_cleared() {
        return Err(Error::field(
            "status",
            format!("draft {id} is cleared already, as it reads"),
        ));
    }
    let by = store.settings()?.user_name.ok_or_else(|| {
        Error::field(
            "user_name",
            "set your name in the settings first: it is recorded with the clearance",
        )
    })?;
    store.clear_draft(id, &by)?;
    store.draft(id)
}

/// Takes draft `id` back to drafting (a clearance recorded stays on file).
pub fn back_to_drafting(store: &mut Store, id: i64) -> Result<Draft> {
    not_delivered(&store.draft(id)?)?;
    store.set_draft_field(
        id,
        DraftColumn::Status,
        DraftValue::Text(Some(DraftStatus::Drafting.as_str())),
    )?;
    store.draft(id)
}

/// What changed since capital cleared the draft: the word diff from the
/// cleared revision to the body as it reads; none when the draft is not
/// cleared, or unchanged.
pub fn changes_since_cleared(store: &Store, id: i64) -> Result<Vec<DiffOp>> {
    let draft = store.draft(id)?;
    match (&draft.clearance, draft.summary.changed_since_cleared) {
        (Some(clearance), true) => {
            let cleared = store.revision_body(id, clearance.revision_id)?;
            Ok(word_diff(&cleared, &draft.body))
        }
        _ => Ok(Vec::new()),
    }
}

/// Refuses to deliver a draft that capital has not cleared as it reads,
/// unless the caller confirmed it (`uncleared`).
pub(super) fn check_cleared(draft: &Draft, uncleared: bool) -> Result<()> {
    if uncleared || draft.is_cleared() {
        return Ok(());
    }
    let state = match &draft.clearance {
        Some(Clearance { cleared_by, .. }) if draft.summary.changed_since_cleared => {
            format!("it has changed since {cleared_by} recorded capital's clearance")
        }
        _ => format!("it is {}", draft.summary.status.label()),
    };
    Err(Error::field(
        "status",
        format!(
            "draft {} is not cleared by capital ({state}): confirm to deliver it uncleared",
            draft.summary.id
        ),
    ))
}

fn not_delivered(draft: &Draft) -> Result<()> {
    match draft.delivered_document {
        Some(document) => Err(Error::field(
            "status",
            format!(
                "draft {} was delivered already, as document {document}",
                draft.summary.id
            ),
        )),
        None => Ok(()),
    }
}
