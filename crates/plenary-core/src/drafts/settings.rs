//! The drafter's settings, checked: the delegation (the State or group
//! the user speaks for), the user's own name (recorded with a clearance,
//! the author of exported Word files), the delivery rate the speaking-time
//! meter uses, and what inserting a suggestion does. `set` and `value` name one setting
//! by key, for the command line.

use crate::model::{Error, InsertMode, Result, Settings};
use crate::store::Store;

/// The settings by the names `set` and `value` accept.
pub const KEYS: [&str; 4] = ["delegation", "user_name", "words_per_minute", "insert_mode"];

/// The range of delivery rates accepted, in words a minute.
const RATES: std::ops::RangeInclusive<u32> = 50..=400;

/// The longest delegation or user name, in characters.
const MAX_NAME_CHARS: usize = 200;

const INSERT_MODES: [(InsertMode, &str); 2] = [
    (InsertMode::ReplaceSentence, "replace_sentence"),
    (InsertMode::AtCursor, "at_cursor"),
];

/// A name as stored: trimmed, empty meaning none, on one line and not
/// too long.
fn checked_name(field: &str, name: Option<&str>) -> Result<Option<String>> {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    if name.is_some_and(|n| n.chars().count() > MAX_NAME_CHARS || n.chars().any(char::is_control)) {
        return Err(Error::field(
            field,
            format!("a name is one line of at most {MAX_NAME_CHARS} characters"),
        ));
    }
    Ok(name.map(str::to_owned))
}

/// Settings as stored: the names trimmed (empty is none), and every value
/// within its range.
fn checked(settings: &Settings) -> Result<Settings> {
    let delegation = checked_name("delegation", settings.delegation.as_deref())?;
    let user_name = checked_name("user_name", settings.user_name.as_deref())?;
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
        delegation,
        user_name,
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
        "user_name" => settings.user_name.clone().unwrap_or_default(),
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
        "user_name" => settings.user_name = Some(value.to_owned()).filter(|v| !v.is_empty()),
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
