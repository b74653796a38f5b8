//! What the desk reads from the calendar: a session's page (its drafts,
//! the commitments due by its last day, its talking points and the
//! statements delivered there or filed under it) and the home view's
//! summary of what is due before the next session.

use super::calendar::{due_by_next, next_session, session};
use crate::model::{DeskAgenda, Filter, Result, SessionFile, Verification};
use crate::store::{CommitmentQuery, Store};
use chrono::NaiveDate;

/// A session's page: its drafts (naming it by key or name), the
/// commitments of it or due by its last day still open or in progress,
/// its talking points, and the statements of its forum dated within its
/// days or filed under it by name (as a delivered draft is).
pub fn session_file(store: &Store, key: &str, today: NaiveDate) -> Result<SessionFile> {
    let session = session(store, key)?;
    let names = |value: Option<&str>| {
        value.is_some_and(|v| {
            let v = v.trim();
            v.eq_ignore_ascii_case(&session.key) || v.to_lowercase() == session.name.to_lowercase()
        })
    };
    let drafts = store
        .draft_summaries()?
        .into_iter()
        .filter(|d| names(d.session.as_deref()))
        .collect();
    let query = CommitmentQuery {
        due_by: Some((session.ends_on, &session.key)),
        ..Default::default()
    };
    let commitments_due = store.commitments(&query, today)?;
    let mut talking_points = store.talking_points(&[], None, Some(&session.key))?;
    talking_points.extend(store.talking_points(&[], None, Some(&session.name))?);
    talking_points.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.id.cmp(&a.id)));
    talking_points.dedup_by_key(|p| p.id);
    let statements = store
        .documents(&Filter {
            forum: Some(session.forum.clone()),
            ..Default::default()
        })?
        .into_iter()
        .filter(|d| {
            let m = &d.metadata;
            m.date
                .is_some_and(|day| session.starts_on <= day && day <= session.ends_on)
                || names(m.session.as_deref())
        })
        .collect();
    Ok(SessionFile {
        session,
        drafts,
        commitments_due,
        talking_points,
        statements,
    })
}

/// The home view's summary: the next session, the commitments due by it
/// (overdue first), and how many directory entries are stale and how many
/// were never verified.
pub fn desk_agenda(store: &Store, today: NaiveDate) -> Result<DeskAgenda> {
    let next_session = next_session(store, today)?;
    let query = CommitmentQuery {
        due_by: Some(due_by_next(next_session.as_ref())),
        ..Default::default()
    };
    let due = store.commitments(&query, today)?;
    let stale_before = crate::contacts::stale_before(store, today)?;
    let contacts = store.contacts(&[], None, None, stale_before)?;
    let count = |v: Verification| contacts.iter().filter(|c| c.verification == v).count() as u64;
    Ok(DeskAgenda {
        next_session,
        due,
        stale_contacts: count(Verification::Stale),
        unverified_contacts: count(Verification::Never),
    })
}
