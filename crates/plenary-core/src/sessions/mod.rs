//! Layer 4: the calendar of sessions over the store. Each session is
//! checked before it is stored (a key of lowercase letters, digits and
//! hyphens; a forum and a name; a last day not before the first; agenda
//! items with titles), a session's page (its drafts, the commitments due
//! by its last day, its talking points and the statements delivered there
//! or filed under it), the next session, and the home view's summary of
//! what is due before it.

use crate::model::{AgendaItem, DeskAgenda, Error, Filter, Result, Session, SessionFile};
use crate::store::{CommitmentQuery, Store};
use crate::text::values::given_owned;
use chrono::NaiveDate;

/// The longest key, forum, name, place or agenda title, in characters.
const MAX_CHARS: usize = 500;

/// A session's key, refused unless it is one.
fn checked_key(key: &str) -> Result<String> {
    let key = key.trim().to_lowercase();
    let fine = !key.is_empty()
        && key.chars().count() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    match fine {
        true => Ok(key),
        false => Err(Error::field(
            "key",
            format!(
                "'{key}' is not a session key: use up to 64 lowercase letters, digits and \
                 hyphens, e.g. gm-2026-plenary-1"
            ),
        )),
    }
}

fn required(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::field(field, "a session needs one"));
    }
    if value.chars().count() > MAX_CHARS {
        return Err(Error::field(
            field,
            format!("a value has at most {MAX_CHARS} characters"),
        ));
    }
    Ok(value.to_owned())
}

/// The session as stored: trimmed and checked, the first problem being the
/// error, named by its field.
pub fn checked_session(session: &Session) -> Result<Session> {
    if session.ends_on < session.starts_on {
        return Err(Error::field(
            "ends_on",
            format!(
                "the last day ({}) is before the first ({})",
                session.ends_on, session.starts_on
            ),
        ));
    }
    let agenda = session
        .agenda
        .iter()
        .enumerate()
        .map(|(i, item)| {
            Ok(AgendaItem {
                number: item.number.trim().to_owned(),
                title: required(&format!("agenda item {}", i + 1), &item.title)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Session {
        key: checked_key(&session.key)?,
        forum: required("forum", &session.forum)?,
        name: required("name", &session.name)?,
        starts_on: session.starts_on,
        ends_on: session.ends_on,
        place: given_owned(session.place.as_deref()),
        agenda,
    })
}

/// The session of `key` (ignoring case), or an error naming it.
pub fn session(store: &Store, key: &str) -> Result<Session> {
    store
        .session(&key.trim().to_lowercase())?
        .ok_or_else(|| unknown_session(key))
}

fn unknown_session(key: &str) -> Error {
    Error::field(
        "session",
        format!("there is no session '{}' in the calendar", key.trim()),
    )
}

/// Creates the session of its key, or replaces it whole.
pub fn save_session(store: &mut Store, session: &Session) -> Result<Session> {
    let session = checked_session(session)?;
    store.save_session(&session)?;
    self::session(store, &session.key)
}

pub fn delete_session(store: &mut Store, key: &str) -> Result<()> {
    match store.delete_session(&key.trim().to_lowercase())? {
        true => Ok(()),
        false => Err(unknown_session(key)),
    }
}

/// The key of the session `name_or_key` names: its key (ignoring case),
/// or the name of exactly one session.
pub fn session_key(store: &Store, name_or_key: &str) -> Result<String> {
    let wanted = name_or_key.trim().to_lowercase();
    let sessions = store.sessions()?;
    if let Some(s) = sessions.iter().find(|s| s.key == wanted) {
        return Ok(s.key.clone());
    }
    let named: Vec<&Session> = sessions
        .iter()
        .filter(|s| s.name.to_lowercase() == wanted)
        .collect();
    match named.as_slice() {
        [one] => Ok(one.key.clone()),
        [] => Err(unknown_session(name_or_key)),
        many => Err(Error::field(
            "session",
            format!(
                "'{}' names several sessions; use a key: {}",
                name_or_key.trim(),
                many.iter()
                    .map(|s| s.key.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// The session under way on `today`, or the next to start.
pub fn next_session(store: &Store, today: NaiveDate) -> Result<Option<Session>> {
    Ok(store.sessions()?.into_iter().find(|s| s.ends_on >= today))
}

/// What "due by the next session" reads: its last day and its key; past
/// the calendar, anything with a due date.
pub fn due_by_next(next: Option<&Session>) -> (NaiveDate, &str) {
    match next {
        Some(s) => (s.ends_on, s.key.as_str()),
        None => (
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX),
            "",
        ),
    }
}

/// A session's page: its drafts (naming it by key or name), the
/// commitments of it or due by its last day still open or in progress,
/// its talking points, and the statements of its forum dated within its
/// days or filed under it by name (as a delivered draft is).
pub fn session_file(store: &Store, key: &str, today: NaiveDate) -> Result<SessionFile> {
    let session = self::session(store, key)?;
    let names = |value: &Option<String>| {
        value.as_deref().is_some_and(|v| {
            let v = v.trim();
            v.eq_ignore_ascii_case(&session.key) || v.to_lowercase() == session.name.to_lowercase()
        })
    };
    let drafts = store
        .draft_summaries()?
        .into_iter()
        .filter(|d| names(&d.session))
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
    let filed_here = |named: Option<&str>| {
        named.is_some_and(|n| {
            let n = n.trim();
            n.eq_ignore_ascii_case(&session.key) || n.to_lowercase() == session.name.to_lowercase()
        })
    };
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
                || filed_here(m.session.as_deref())
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
/// (overdue first), and how many directory entries are stale.
pub fn desk_agenda(store: &Store, today: NaiveDate) -> Result<DeskAgenda> {
    let next_session = next_session(store, today)?;
    let query = CommitmentQuery {
        due_by: Some(due_by_next(next_session.as_ref())),
        ..Default::default()
    };
    let due = store.commitments(&query, today)?;
    let stale_before = crate::contacts::stale_before(store, today)?;
    let stale_contacts = store
        .contacts(&[], None, None, stale_before)?
        .iter()
        .filter(|c| c.stale)
        .count() as u64;
    Ok(DeskAgenda {
        next_session,
        due,
        stale_contacts,
    })
}
