//! The list of topics that drafts, talking points and commitments are
//! tagged with (the framework's pillars, then whatever the desk adds), and
//! the values of those fields, and of their sessions, that are on no list:
//! written before the lists existed and not matched at upgrade, for a
//! person to add to a list or merge into a value on it.

use super::names::named;
use serde::{Deserialize, Serialize};

/// A topic of the list, with how many drafts, talking points and
/// commitments are tagged with it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Topic {
    pub name: String,
    pub uses: u64,
}

/// Which list a value belongs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    /// The calendar of sessions: a value is a session's key.
    Session,
    /// The list of topics: a value is a topic's name.
    Topic,
}

/// What holds a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum UseKind {
    Draft,
    TalkingPoint,
    Commitment,
}

named!(ListKind: Session => "session", Topic => "topic");
named!(UseKind: Draft => "draft", TalkingPoint => "talking_point", Commitment => "commitment");

/// One draft, talking point or commitment holding a value.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ValueUse {
    pub kind: UseKind,
    pub id: i64,
    /// Its title (a commitment's text).
    pub title: String,
}

/// A value on no list, with what holds it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct UnlistedValue {
    pub list: ListKind,
    pub value: String,
    pub uses: Vec<ValueUse>,
}
