//! The Points of Contact directory's entries: checked and written whole,
//! searched and filtered by State and POC type, each with a log of calls,
//! emails and ping tests in which an answered call or ping test verifies
//! the entry; an entry not verified for the library's stale period (6
//! months unless changed) is stale, one never verified is told apart.
//! Every value from a person is checked here, and refused with the field's
//! name and the problem: a State is one of the States table's canonical
//! names ("Russia" is kept as "Russian Federation", an unknown one is
//! refused with the closest names), or none.

use crate::model::{
    Contact, ContactFields, ContactLogEntry, ContactLogKind, ContactOutcome, Error, PocType, Result,
};
use crate::store::Store;
use crate::text::states::{canonical_state, state_names};
use crate::text::values::{closest, given_owned};
use chrono::{Months, NaiveDate};

/// The months after which an unverified entry is stale, unless changed.
pub const DEFAULT_STALE_MONTHS: u32 = 6;

/// The stale periods accepted, in months.
const STALE_MONTHS: std::ops::RangeInclusive<u32> = 1..=120;

/// The longest value of any one field, in characters.
const MAX_FIELD_CHARS: usize = 2_000;

/// Why `email` is not an address, if it is not one.
pub fn email_problem(email: &str) -> Option<String> {
    let fine = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    (!fine).then(|| format!("'{email}' is not an email address"))
}

/// The State of the States table `given` names, or the error naming the
/// closest ones.
pub fn state_name(given: &str) -> Result<String> {
    canonical_state(given).map(str::to_owned).ok_or_else(|| {
        let near = closest(given, state_names());
        let hint = match near.as_slice() {
            [] => String::new(),
            names => format!(" (closest: {})", names.join(", ")),
        };
        Error::field(
            "state",
            format!(
                "'{}' is not a State of the States table{hint}",
                given.trim()
            ),
        )
    })
}

/// Addresses written "a@x.org; b@y.org" (or with commas), each checked,
/// joined by "; ".
fn checked_emails(written: Option<&str>) -> Result<Option<String>> {
    let mut kept = Vec::new();
    for address in written
        .unwrap_or_default()
        .split([';', ','])
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        if let Some(problem) = email_problem(address) {
            return Err(Error::field("other_emails", problem));
        }
        kept.push(address);
    }
    Ok((!kept.is_empty()).then(|| kept.join("; ")))
}

/// The fields as stored: trimmed, empty ones `None`, the State canonical,
/// each checked. The first problem is the error, named by its field.
pub fn checked(fields: &ContactFields) -> Result<ContactFields> {
    let checked = ContactFields {
        state: given_owned(fields.state.as_deref())
            .map(|s| state_name(&s))
            .transpose()?,
        poc_type: fields.poc_type,
        full_name: fields.full_name.trim().to_owned(),
        given_name: given_owned(fields.given_name.as_deref()),
        family_name: given_owned(fields.family_name.as_deref()),
        position: given_owned(fields.position.as_deref()),
        institution: given_owned(fields.institution.as_deref()),
        email: given_owned(fields.email.as_deref()),
        other_emails: checked_emails(fields.other_emails.as_deref())?,
        phone: given_owned(fields.phone.as_deref()),
        languages: given_owned(fields.languages.as_deref()),
        time_zone: given_owned(fields.time_zone.as_deref()),
        notes: given_owned(fields.notes.as_deref()),
        last_verified: fields.last_verified,
    };
    if checked.full_name.is_empty() {
        return Err(Error::field("full_name", "an entry needs a full name"));
    }
    if let Some(problem) = checked.email.as_deref().and_then(email_problem) {
        return Err(Error::field("email", problem));
    }
    for (name, value) in [
        ("full_name", Some(&checked.full_name)),
        ("given_name", checked.given_name.as_ref()),
        ("family_name", checked.family_name.as_ref()),
        ("position", checked.position.as_ref()),
        ("institution", checked.institution.as_ref()),
        ("email", checked.email.as_ref()),
        ("other_emails", checked.other_emails.as_ref()),
        ("phone", checked.phone.as_ref()),
        ("languages", checked.languages.as_ref()),
        ("time_zone", checked.time_zone.as_ref()),
        ("notes", checked.notes.as_ref()),
    ] {
        if value.is_some_and(|v| v.chars().count() > MAX_FIELD_CHARS) {
            return Err(Error::field(
                name,
                format!("a value has at most {MAX_FIELD_CHARS} characters"),
            ));
        }
    }
    Ok(checked)
}

/// The first day on which a verification still counts as current.
pub fn stale_before(store: &Store, today: NaiveDate) -> Result<NaiveDate> {
    let months = stale_months(store)?;
    Ok(today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN))
}

/// The months after which an unverified entry is stale.
pub fn stale_months(store: &Store) -> Result<u32> {
    Ok(store
        .contact_stale_months()?
        .filter(|m| STALE_MONTHS.contains(m))
        .unwrap_or(DEFAULT_STALE_MONTHS))
}

pub fn set_stale_months(store: &mut Store, months: u32) -> Result<()> {
    if !STALE_MONTHS.contains(&months) {
        return Err(Error::field(
            "stale_months",
            format!(
                "{months} is not a stale period; use {} to {} months",
                STALE_MONTHS.start(),
                STALE_MONTHS.end()
            ),
        ));
    }
    store.set_contact_stale_months(months)
}

/// The entries holding every word of `query`, of the State and type
/// given, by State, type and name.
pub fn contacts(
    store: &Store,
    query: Option<&str>,
    state: Option<&str>,
    poc_type: Option<PocType>,
    today: NaiveDate,
) -> Result<Vec<Contact>> {
    let words: Vec<&str> = query.unwrap_or_default().split_whitespace().collect();
    let state = given_owned(state).map(|s| canonical_state(&s).map_or(s, str::to_owned));
    store.contacts(
        &words,
        state.as_deref(),
        poc_type,
        stale_before(store, today)?,
    )
}

pub fn contact(store: &Store, id: i64, today: NaiveDate) -> Result<Contact> {
    store.contact(id, stale_before(store, today)?)
}

/// Adds an entry, refusing a second one of the same State, type and email.
pub fn add_contact(store: &mut Store, fields: &ContactFields, today: NaiveDate) -> Result<Contact> {
    let fields = checked(fields)?;
    let id = store.add_contact(&fields)?;
    contact(store, id, today)
}

/// Rewrites entry `id` whole.
pub fn edit_contact(
    store: &mut Store,
    id: i64,
    fields: &ContactFields,
    today: NaiveDate,
) -> Result<Contact> {
    let fields = checked(fields)?;
    store.rewrite_contact(id, &fields)?;
    contact(store, id, today)
}

/// Logs a call, email or ping test made on `date` (not after `today`).
/// An answered call or ping test verifies the entry on that day.
pub fn log_contact(
    store: &mut Store,
    id: i64,
    entry: (NaiveDate, ContactLogKind, ContactOutcome),
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Contact> {
    let (date, kind, outcome) = entry;
    if date > today {
        return Err(Error::field(
            "date",
            format!("{date} is after today: log what was done"),
        ));
    }
    let verifies = outcome == ContactOutcome::Answered && kind != ContactLogKind::Email;
    let note = given_owned(note);
    store.log_contact(id, date, kind, outcome, note.as_deref(), verifies)?;
    contact(store, id, today)
}

pub fn contact_log(store: &Store, id: i64) -> Result<Vec<ContactLogEntry>> {
    store.contact_log(id)
}
