//! The drafter's settings, kept in the library file: the delegation, the
//! user's own name, the speaking rate and what inserting a suggestion does.

use serde::{Deserialize, Serialize};

/// What inserting a suggestion does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum InsertMode {
    /// Replaces the sentence under the cursor with the earlier wording.
    ReplaceSentence,
    /// Inserts the earlier wording at the cursor.
    AtCursor,
}

/// The drafter's settings, kept in the library file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Settings {
    /// The State or group the user works for: the default speaker of
    /// suggestions and the speaker of delivered drafts. `None` until the
    /// first run asks.
    pub delegation: Option<String>,
    /// The user's own name: recorded with a clearance, and the author of
    /// the Word files the drafts are exported as.
    pub user_name: Option<String>,
    /// The delivery rate the speaking-time meter uses.
    pub words_per_minute: u32,
    pub insert_mode: InsertMode,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            delegation: None,
            user_name: None,
            words_per_minute: 130,
            insert_mode: InsertMode::ReplaceSentence,
        }
    }
}
