//! The calendar of sessions: each session checked before it is stored (a
//! key of lowercase letters, digits and hyphens; a forum and a name; a last
//! day not before the first; agenda items with titles), found by its key
//! or its name, saved, deleted and merged into another (with every draft,
//! talking point and commitment of it); the next session, and what "due
//! by the next session" reads.

use crate::model::{AgendaItem, Error, ListKind, Result, Session};
use crate::store::Store;
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

/// The session a draft, point or commitment holds, as people read it:
/// "Global Mechanism, First substantive plenary session" for a key of the
/// calendar, else as written.
pub fn session_title(store: &Store, value: &str) -> Result<String> {
    Ok(match store.session(value)? {
        Some(session) => format!("{}, {}", session.forum, session.name),
        None => value.to_owned(),
    })
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

/// Merges `from` (a session of the calendar, or a value on no list that a
/// draft, point or commitment holds) into the session `into` (by key or
/// name): every use of `from` becomes `into`, and the session `from`
/// leaves the calendar. Gives back how many drafts, points and
/// commitments changed.
pub fn merge_session(store: &mut Store, from: &str, into: &str) -> Result<u64> {
    let into = session_key(store, into)?;
    let from = from.trim();
    let in_calendar = store.session(&from.to_lowercase())?.is_some();
    let in_use = store
        .list_values_in_use(ListKind::Session)?
        .iter()
        .any(|(value, _)| value.eq_ignore_ascii_case(from));
    if !in_calendar && !in_use {
        return Err(Error::field(
            "from",
            format!("no session is named '{from}' and nothing holds it"),
        ));
    }
    if from.eq_ignore_ascii_case(&into) {
        return Err(Error::field("into", "a session is merged into another one"));
    }
    store.merge_session(from, &into)
}
