//! What stands above a draft's text in its exports, as people write it:
//! the delegation, the session (its forum and name from the calendar,
//! never the key the calendar files it under), the topic, and the place
//! and date (the day it was delivered, or the session's days). A draft
//! names its session by key or by name; `calendar_session` finds it in the
//! calendar, for the heading and for delivery alike.

use crate::model::{Draft, Result, Session};
use crate::sessions::{session, session_key};
use crate::store::Store;
use chrono::{Datelike, NaiveDate};

/// The calendar's session a draft names, by key or by name; `None` when
/// it names none, or one the calendar does not hold.
pub fn calendar_session(store: &Store, draft: &Draft) -> Result<Option<Session>> {
    let Some(named) = draft.summary.session.as_deref() else {
        return Ok(None);
    };
    match session_key(store, named) {
        Ok(key) => Ok(Some(session(store, &key)?)),
        Err(_) => Ok(None),
    }
}

/// The lines above a draft's text: the delegation, the session, the topic,
/// and the place and date; those known, in that order.
pub fn heading(
    store: &Store,
    draft: &Draft,
    delivered_on: Option<NaiveDate>,
) -> Result<Vec<String>> {
    let settings = store.settings()?;
    let calendar = calendar_session(store, draft)?;
    let session = match &calendar {
        Some(s) => Some(format!("{}, {}", s.forum, s.name)),
        None => draft.summary.session.clone(),
    };
    let when = match (delivered_on, &calendar) {
        (Some(day), _) => Some(long_date(day)),
        (None, Some(s)) => Some(days(s.starts_on, s.ends_on)),
        (None, None) => None,
    };
    let place_and_date: Vec<String> = [calendar.and_then(|s| s.place), when]
        .into_iter()
        .flatten()
        .collect();
    Ok([
        settings.delegation,
        session,
        draft.summary.topic.clone(),
        (!place_and_date.is_empty()).then(|| place_and_date.join(", ")),
    ]
    .into_iter()
    .flatten()
    .collect())
}

/// "7 December 2026".
fn long_date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

/// A session's days as people write them: "7–11 December 2026", "30 March
/// – 2 April 2026", "8 December 2026 – 9 January 2027", or one day.
fn days(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        long_date(first)
    } else if (first.year(), first.month()) == (last.year(), last.month()) {
        format!("{}–{}", first.day(), long_date(last))
    } else if first.year() == last.year() {
        format!("{} – {}", first.format("%-d %B"), long_date(last))
    } else {
        format!("{} – {}", long_date(first), long_date(last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_session_s_days_as_people_write_them() {
        assert_eq!(
            days(day(2026, 12, 7), day(2026, 12, 11)),
            "7–11 December 2026"
        );
        assert_eq!(
            days(day(2026, 3, 30), day(2026, 4, 2)),
            "30 March – 2 April 2026"
        );
        assert_eq!(
            days(day(2026, 12, 8), day(2027, 1, 9)),
            "8 December 2026 – 9 January 2027"
        );
        assert_eq!(days(day(2026, 7, 20), day(2026, 7, 20)), "20 July 2026");
    }
}
