//! A draft created, from a template's body (its openings and closings in
//! the draft's language, to its chair) or a given one, and its fields
//! corrected: title, session, topic, language, target length and status, each
//! checked and refused with the field's name and the problem; and the
//! checks every other part of the studio shares (a body's size, an
//! insertion's text and score).

use super::clearance::{back_to_drafting, clear, send_to_capital};
use super::formulas::follow_language;
use super::templates::{template_body, BLANK};
use crate::model::{Draft, DraftStart, DraftStatus, Error, Language, Result};
use crate::sessions::session_key;
use crate::store::{DraftColumn, DraftValue, NewDraft, Store};
use crate::text::tokens::word_count;
use crate::topics::topic_name;

/// The fields `update_draft` sets, by the names it accepts.
pub const FIELDS: [&str; 6] = [
    "title",
    "session",
    "topic",
    "language",
    "target_minutes",
    "status",
];

/// The longest target a draft may set, in minutes.
const MAX_TARGET_MINUTES: f64 = 120.0;

/// The longest title, in characters.
const MAX_TITLE_CHARS: usize = 300;

/// The largest body a draft holds, in bytes.
const MAX_BODY_BYTES: usize = 5 * 1024 * 1024;

/// How long a text of `words` words takes to deliver at `words_per_minute`.
pub fn speaking_minutes(words: i64, words_per_minute: u32) -> f64 {
    words.max(0) as f64 / f64::from(words_per_minute.max(1))
}

/// A title as stored: trimmed, not empty, not too long.
fn checked_title(title: &str) -> Result<&str> {
    let title = title.trim();
    if title.is_empty() {
        return Err(Error::field("title", "a draft needs a title"));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(Error::field(
            "title",
            format!("a title has at most {MAX_TITLE_CHARS} characters"),
        ));
    }
    Ok(title)
}

/// A body small enough to keep, with its word count.
pub(super) fn checked_body(body: &str) -> Result<i64> {
    if body.len() > MAX_BODY_BYTES {
        return Err(Error::field(
            "body",
            format!(
                "the draft is {:.1} MB; a draft holds at most {} MB",
                body.len() as f64 / 1e6,
                MAX_BODY_BYTES / 1024 / 1024
            ),
        ));
    }
    Ok(word_count(body) as i64)
}

/// Creates a draft in `start.language` from a template ("Blank" when none
/// is named), its openings and closings made the language's to
/// `start.chair`, or from a body given outright, which wins over the
/// template's and is kept as given.
pub fn create_draft(store: &mut Store, title: &str, start: &DraftStart) -> Result<Draft> {
    let title = checked_title(title)?;
    let template = template_body(store, start.template.unwrap_or(BLANK))?;
    let from_template = follow_language(&template, start.language, start.chair);
    let body = start.body.unwrap_or(&from_template);
    let words = checked_body(body)?;
    let id = store.create_draft(&NewDraft {
        title,
        body,
        words,
        language: start.language,
    })?;
    store.draft(id)
}

/// Sets one field of a draft, named as in `FIELDS`; `None` or an empty
/// value clears the session or topic. A session is one of the calendar
/// (by key or name) and a topic one of the list of topics. A status goes
/// through `clearance` (cleared records who and which revision); a draft
/// becomes delivered only by being delivered (`deliver`), which adds it to
/// the library.
pub fn update_draft(store: &mut Store, id: i64, field: &str, value: Option<&str>) -> Result<Draft> {
    let text = value.map(str::trim).filter(|v| !v.is_empty());
    let required = |name: &str| {
        text.ok_or_else(|| Error::field(name, format!("a draft's {name} cannot be empty")))
    };
    let (column, value) = match field.trim().to_ascii_lowercase().replace('-', "_").as_str() {
        "title" => (
            DraftColumn::Title,
            DraftValue::Text(Some(checked_title(required("title")?)?)),
        ),
        "session" => {
            let key = text.map(|t| session_key(store, t)).transpose()?;
            return set_text(store, id, DraftColumn::Session, key.as_deref());
        }
        "topic" | "agenda_item" => {
            let name = text.map(|t| topic_name(store, t)).transpose()?;
            return set_text(store, id, DraftColumn::Topic, name.as_deref());
        }
        "language" => {
            let given = required("language")?;
            let language =
                Language::parse(given).map_err(|problem| Error::field("language", problem))?;
            (
                DraftColumn::Language,
                DraftValue::Text(Some(language.code())),
            )
        }
        "target_minutes" | "target" => {
            let given = required("target_minutes")?;
            let minutes: f64 = given.parse().map_err(|_| {
                Error::field(
                    "target_minutes",
                    format!("'{given}' is not a number of minutes (write 3 or 2.5)"),
                )
            })?;
            if !(minutes > 0.0 && minutes <= MAX_TARGET_MINUTES) {
                return Err(Error::field(
                    "target_minutes",
                    format!(
                        "the target must be more than 0 and at most {MAX_TARGET_MINUTES} minutes"
                    ),
                ));
            }
            (DraftColumn::TargetMinutes, DraftValue::Number(minutes))
        }
        "status" => {
            let given = required("status")?;
            return match DraftStatus::parse(given) {
                Some(DraftStatus::Drafting) => back_to_drafting(store, id),
                Some(DraftStatus::SentToCapital) => send_to_capital(store, id),
                Some(DraftStatus::Cleared) => clear(store, id),
                Some(DraftStatus::Delivered) => Err(Error::field(
                    "status",
                    "a draft is marked delivered by delivering it, with its date, which adds it to the library",
                )),
                None => Err(Error::field(
                    "status",
                    format!(
                        "'{given}' is not a status; use drafting, sent to capital or cleared"
                    ),
                )),
            };
        }
        _ => {
            return Err(Error::field(
                field,
                format!("not a draft field; use one of {}", FIELDS.join(", ")),
            ))
        }
    };
    store.set_draft_field(id, column, value)?;
    store.draft(id)
}

fn set_text(store: &mut Store, id: i64, column: DraftColumn, value: Option<&str>) -> Result<Draft> {
    store.set_draft_field(id, column, DraftValue::Text(value))?;
    store.draft(id)
}

/// An inserted text and its score, checked before the insertion is kept.
pub fn check_insertion(text: &str, score: Option<f64>) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::field("text", "the inserted text is empty"));
    }
    match score {
        Some(s) if !(0.0..=100.0).contains(&s) => Err(Error::field(
            "score",
            format!("{s} is not a score; scores run from 0 to 100"),
        )),
        _ => Ok(()),
    }
}
