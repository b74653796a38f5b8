//! A delegation's talking points: short texts tagged by pillar or topic
//! and session, the raw material of a statement.

use serde::{Deserialize, Serialize};

/// A delegation's talking point, tagged by pillar or topic and session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TalkingPoint {
    pub id: i64,
    pub title: String,
    /// Markdown.
    pub text: String,
    /// A topic of the list (see `Topic`): a pillar or another.
    pub pillar: Option<String>,
    pub session: Option<String>,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// A talking point as a form sends it: `id` is `None` for a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TalkingPointInput {
    pub id: Option<i64>,
    pub title: String,
    /// Markdown.
    pub text: String,
    pub pillar: Option<String>,
    pub session: Option<String>,
}
