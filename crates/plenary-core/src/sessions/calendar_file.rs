//! The calendar as an iCalendar file (RFC 5545), written with the
//! `calcard` crate, for Outlook, Thunderbird or any calendar that imports
//! `.ics`: one all-day event per session (its days, its place, its agenda)
//! and one per commitment with a due date (on that day, its status in the
//! title). Each event's UID is derived from the session's key or the
//! commitment's key, which never change, and its SEQUENCE and DTSTAMP from
//! the time it was last changed, so importing a newer export updates the
//! events a calendar already holds instead of adding them again.

use crate::model::{Commitment, CommitmentStatus, Error, Result, Session};
use crate::store::{CommitmentQuery, Store};
use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarMethod,
    ICalendarParameter, ICalendarProperty, ICalendarStatus, ICalendarValue, ICalendarValueType,
};
use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

/// The longest title of a commitment's event, in characters.
const TITLE_CHARS: usize = 120;

/// The start of the SEQUENCE clock: an event's sequence is the minutes
/// from here to its last change, so a later change never has a lower one.
const SEQUENCE_EPOCH: &str = "2020-01-01T00:00:00Z";

fn date_value(day: NaiveDate) -> PartialDateTime {
    PartialDateTime {
        year: u16::try_from(day.year()).ok(),
        month: u8::try_from(day.month()).ok(),
        day: u8::try_from(day.day()).ok(),
        ..PartialDateTime::default()
    }
}

fn time_value(at: DateTime<Utc>) -> PartialDateTime {
    let small = |n: u32| u8::try_from(n).ok();
    PartialDateTime {
        hour: small(at.hour()),
        minute: small(at.minute()),
        second: small(at.second()),
        tz_hour: Some(0),
        tz_minute: Some(0),
        ..date_value(at.date_naive())
    }
}

fn entry(name: ICalendarProperty, value: ICalendarValue) -> ICalendarEntry {
    ICalendarEntry {
        name,
        params: Vec::new(),
        values: vec![value],
    }
}

fn text(name: ICalendarProperty, value: &str) -> ICalendarEntry {
    entry(name, ICalendarValue::Text(value.to_owned()))
}

fn day(name: ICalendarProperty, day: NaiveDate) -> ICalendarEntry {
    ICalendarEntry {
        params: vec![ICalendarParameter::value(ICalendarValueType::Date)],
        ..entry(
            name,
            ICalendarValue::PartialDateTime(Box::new(date_value(day))),
        )
    }
}

/// What one event says.
struct Event {
    uid: String,
    /// RFC 3339, UTC.
    changed_at: String,
    first_day: NaiveDate,
    last_day: NaiveDate,
    summary: String,
    description: Option<String>,
    location: Option<String>,
    cancelled: bool,
}

impl Event {
    fn component(&self) -> Result<ICalendarComponent> {
        let changed = DateTime::parse_from_rfc3339(&self.changed_at)
            .map_err(|e| Error::bad_input("calendar", format!("'{}': {e}", self.changed_at)))?
            .with_timezone(&Utc);
        let epoch = DateTime::parse_from_rfc3339(SEQUENCE_EPOCH)
            .map_err(|e| Error::bad_input("calendar", e.to_string()))?;
        let sequence = (changed.timestamp() - epoch.timestamp()).max(0) / 60;
        let stamp = || ICalendarValue::PartialDateTime(Box::new(time_value(changed)));
        let after_last = self
            .last_day
            .checked_add_days(Days::new(1))
            .unwrap_or(self.last_day);
        let mut entries = vec![
            text(ICalendarProperty::Uid, &self.uid),
            entry(ICalendarProperty::Dtstamp, stamp()),
            entry(ICalendarProperty::LastModified, stamp()),
            entry(
                ICalendarProperty::Sequence,
                ICalendarValue::Integer(sequence),
            ),
            day(ICalendarProperty::Dtstart, self.first_day),
            day(ICalendarProperty::Dtend, after_last),
            text(ICalendarProperty::Summary, &self.summary),
        ];
        if let Some(location) = &self.location {
            entries.push(text(ICalendarProperty::Location, location));
        }
        if let Some(description) = &self.description {
            entries.push(text(ICalendarProperty::Description, description));
        }
        if self.cancelled {
            entries.push(entry(
                ICalendarProperty::Status,
                ICalendarValue::Status(ICalendarStatus::Cancelled),
            ));
        }
        Ok(ICalendarComponent {
            component_type: ICalendarComponentType::VEvent,
            entries,
            component_ids: Vec::new(),
        })
    }
}

fn session_event(session: &Session, changed_at: &str) -> Event {
    let agenda: Vec<String> = session
        .agenda
        .iter()
        .map(|item| format!("{} {}", item.number, item.title).trim().to_owned())
        .collect();
    Event {
        uid: format!("session-{}@plenary", session.key),
        changed_at: changed_at.to_owned(),
        first_day: session.starts_on,
        last_day: session.ends_on,
        summary: format!("{}: {}", session.forum, session.name),
        description: (!agenda.is_empty()).then(|| format!("Agenda:\n{}", agenda.join("\n"))),
        location: session.place.clone(),
        cancelled: false,
    }
}

fn commitment_event(commitment: &Commitment, due: NaiveDate) -> Event {
    let label = match commitment.status {
        CommitmentStatus::Open | CommitmentStatus::InProgress => "Due",
        CommitmentStatus::Done => "Done",
        CommitmentStatus::Dropped => "Dropped",
    };
    let mut title: String = commitment.text.chars().take(TITLE_CHARS).collect();
    if title.len() < commitment.text.len() {
        title.push('…');
    }
    let mut description = vec![
        commitment.text.clone(),
        format!(
            "{}, {}",
            commitment.kind.as_str().replace('_', " "),
            commitment.status.as_str().replace('_', " ")
        ),
    ];
    for (label, value) in [
        ("Owner", &commitment.owner),
        ("Session", &commitment.session),
        ("Topic", &commitment.topic),
    ] {
        if let Some(value) = value {
            description.push(format!("{label}: {value}"));
        }
    }
    Event {
        uid: format!("commitment-{}@plenary", commitment.key),
        changed_at: commitment.updated_at.clone(),
        first_day: due,
        last_day: due,
        summary: format!("{label}: {title}"),
        description: Some(description.join("\n")),
        location: None,
        cancelled: commitment.status == CommitmentStatus::Dropped,
    }
}

/// The calendar file: every session (with the time it was last changed)
/// and every commitment with a due date, each one event.
fn calendar_ics(sessions: &[(Session, String)], commitments: &[Commitment]) -> Result<String> {
    let events: Vec<Event> = sessions
        .iter()
        .map(|(session, changed_at)| session_event(session, changed_at))
        .chain(
            commitments
                .iter()
                .filter_map(|c| c.due_on.map(|due| commitment_event(c, due))),
        )
        .collect();
    let mut calendar = ICalendarComponent {
        component_type: ICalendarComponentType::VCalendar,
        entries: vec![
            text(ICalendarProperty::Version, "2.0"),
            text(
                ICalendarProperty::Prodid,
                "-//Plenary//Sessions and commitments//EN",
            ),
            entry(
                ICalendarProperty::Method,
                ICalendarValue::Method(ICalendarMethod::Publish),
            ),
        ],
        component_ids: Vec::new(),
    };
    calendar.component_ids = (1..=events.len() as u32).collect();
    let mut components = vec![calendar];
    for event in &events {
        components.push(event.component()?);
    }
    Ok(ICalendar { components }.to_string())
}

/// The calendar as an iCalendar file: every session and every commitment
/// with a due date, each an event with a UID that never changes.
pub fn export_calendar(store: &Store, today: NaiveDate) -> Result<Vec<u8>> {
    let sessions = store.sessions_with_times()?;
    let commitments = store.commitments(&CommitmentQuery::default(), today)?;
    Ok(calendar_ics(&sessions, &commitments)?.into_bytes())
}
