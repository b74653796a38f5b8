//! The drafter's settings, checked: the delegation (the State or group
//! the user speaks for), the delivery rate the speaking-time meter uses,
//! and what inserting a suggestion does. `set` and `value` name one setting
//! by key, for the command line.

use crate::model::{Error, InsertMode, Result, Settings};
use crate::store::Store;

/// The settings by the names `set` and `value` accept.
pub const KEYS: [&str; 3] = ["delegation", "words_per_minute", "insert_mode"];

/// The range of delivery rates accepted, in words a minute.
const RATES: std::ops::RangeInclusive<u32> = 50..=400;

/// The longest delegation name, in characters.
const MAX_DELEGATION_CHARS: usize = 200;

const INSERT_MODES: [(InsertMode, &str); 2] = [
    (InsertMode::ReplaceSentence, "replace_sentence"),
    (InsertMode::AtCursor, "at_cursor"),
];

/// Settings as stored: the delegation trimmed (empty is none), and every
/// value within its range.
fn checked(settings: &Settings) -> Result<Settings> {
    let delegation = settings
        .delegation
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    if delegation.is_some_and(|d| d.chars().count() > MAX_DELEGATION_CHARS) {
        return Err(Error::field(
            "delegation",
            format!("a delegation's name has at most {MAX_DELEGATION_CHARS} characters"),
        ));
    }
    if !RATES.contains(&settings.words_per_minute) {
        return Err(Error::field(
            "words_per_minute",
            format!(
                "{} is not a speaking rate; use {} to {} words a minute",
                settings.words_per_minute,
                RATES.start(),
                RATES.end()
            ),
        ));
    }
    Ok(Settings {
        delegation: delegation.map(str::to_owned),
        ..settings.clone()
    })
}

/// Checks and stores the settings, giving back what was stored.
pub fn save(store: &mut Store, settings: &Settings) -> Result<Settings> {
    let settings = checked(settings)?;
    store.save_settings(&settings)?;
    Ok(settings)
}

fn unknown_key(key: &str) -> Error {
    Error::field(
        key,
        format!("not a setting; use one of {}", KEYS.join(", ")),
    )
}

/// One setting as text.
pub fn value(settings: &Settings, key: &str) -> Result<String> {
    Ok(match key.trim() {
        "delegation" => settings.delegation.clone().unwrap_or_default(),
        "words_per_minute" => settings.words_per_minute.to_string(),
        "insert_mode" => INSERT_MODES
            .iter()
            .find(|(m, _)| *m == settings.insert_mode)
            .map_or("", |(_, name)| name)
            .to_owned(),
        other => return Err(unknown_key(other)),
    })
}

/// Sets one setting from text (an empty delegation clears it); the result
/// is checked when saved.
pub fn set(settings: &mut Settings, key: &str, value: &str) -> Result<()> {
    let value = value.trim();
    match key.trim() {
        "delegation" => settings.delegation = Some(value.to_owned()).filter(|v| !v.is_empty()),
        "words_per_minute" => {
            settings.words_per_minute = value.parse().map_err(|_| {
                Error::field(
                    "words_per_minute",
                    format!("'{value}' is not a whole number of words a minute"),
                )
            })?
        }
        "insert_mode" => {
            settings.insert_mode = INSERT_MODES
                .iter()
                .find(|(_, name)| *name == value)
                .map(|(mode, _)| *mode)
                .ok_or_else(|| {
                    Error::field(
                        "insert_mode",
                        format!(
                            "'{value}' is not an insert mode; use replace_sentence or at_cursor"
                        ),
                    )
                })?
        }
        other => return Err(unknown_key(other)),
    }
    Ok(())
}
