//! The desk officer's records: the Points of Contact directory (a State's
//! diplomatic or technical point of contact, with the fields of the Global
//! POC Directory), the log of calls, emails and ping tests made to each,
//! and what a CSV import of contacts did, row by row; the delegation's
//! commitments with their status history and the sentences of its
//! statements suggested as commitments; and the calendar of sessions.

use super::{DocumentSummary, DraftSummary, TalkingPoint};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which of a State's two points of contact an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum PocType {
    Diplomatic,
    Technical,
}

/// An entry of the directory as stored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Contact {
    pub id: i64,
    #[serde(flatten)]
    pub fields: ContactFields,
    /// Not verified (by an answered call or ping test) for longer than the
    /// library's stale period, or never.
    pub stale: bool,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// What a person gives for an entry: a form, the command line or a CSV row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactFields {
    pub state: String,
    pub poc_type: PocType,
    pub full_name: String,
    pub position: Option<String>,
    pub institution: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// As written, e.g. "English, French".
    pub languages: Option<String>,
    /// As written, e.g. "UTC+5" or "Europe/Geneva".
    pub time_zone: Option<String>,
    pub notes: Option<String>,
    /// The day the entry last answered a call or a ping test.
    pub last_verified: Option<NaiveDate>,
}

/// How a contact was tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ContactLogKind {
    Call,
    Email,
    PingTest,
}

/// What came of trying a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ContactOutcome {
    /// The contact answered: an answered call or ping test verifies it.
    Answered,
    NoAnswer,
    /// The address or number did not work (a bounce, a dead line).
    Failed,
}

macro_rules! named {
    ($type:ident: $($variant:ident => $name:literal),+) => {
        impl $type {
            pub const ALL: &'static [$type] = &[$($type::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($type::$variant => $name),+ }
            }

            /// The value named, ignoring case; `-` and space stand for `_`.
            pub fn parse(name: &str) -> Option<Self> {
                let name = name.trim().to_lowercase().replace(['-', ' '], "_");
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }

            /// The accepted names, for an error message.
            pub fn names() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

named!(PocType: Diplomatic => "diplomatic", Technical => "technical");
named!(ContactLogKind: Call => "call", Email => "email", PingTest => "ping_test");
named!(ContactOutcome: Answered => "answered", NoAnswer => "no_answer", Failed => "failed");
named!(CommitmentKind: Position => "position", Pledge => "pledge", Request => "request", ActionItem => "action_item");
named!(CommitmentStatus: Open => "open", InProgress => "in_progress", Done => "done", Dropped => "dropped");

/// One call, email or ping test made to a contact.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactLogEntry {
    pub id: i64,
    pub contact_id: i64,
    pub date: NaiveDate,
    pub kind: ContactLogKind,
    pub outcome: ContactOutcome,
    pub note: Option<String>,
}

/// One row of a CSV import that was not simply added, by its row number
/// as a spreadsheet shows it (the header is row 1).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ImportRowNote {
    pub row: u64,
    pub reason: String,
}

/// What a CSV import of contacts did.
#[derive(Debug, Clone, PartialEq, Default, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactImportReport {
    pub file: String,
    /// New entries added.
    pub added: u64,
    /// Rows of an entry already in the directory (same State, type and
    /// email) that agreed with it: blanks filled in, nothing overwritten.
    pub merged: Vec<ImportRowNote>,
    /// Rows of an entry already in the directory that disagree with it:
    /// left out, for a person to compare.
    pub duplicates: Vec<ImportRowNote>,
    /// Rows refused, with the reason.
    pub rejected: Vec<ImportRowNote>,
}

/// What a commitment commits the delegation to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    /// A stated position: "Pakistan supports …".
    Position,
    /// A promise to act: "we will …", "we stand ready to …".
    Pledge,
    /// A call on others: "we call for …", "we urge …", "we propose …".
    Request,
    /// A task with a deadline: nominate a POC, submit a working paper.
    ActionItem,
}

/// Where a commitment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

/// The statement passage a commitment or a suggestion comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentSource {
    pub passage_id: i64,
    pub document_id: i64,
    pub document_title: Option<String>,
    pub speaker: Option<String>,
    /// The statement's date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The whole passage, for context.
    pub passage_text: String,
}

/// What a person gives for a commitment: a form, the command line, or an
/// accepted (possibly edited) suggestion. `id` is `None` for a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentInput {
    pub id: Option<i64>,
    pub text: String,
    pub kind: CommitmentKind,
    pub owner: Option<String>,
    pub due_on: Option<NaiveDate>,
    /// A session's key (see `Session::key`).
    pub session: Option<String>,
    /// A pillar or another topic.
    pub topic: Option<String>,
    pub source_passage_id: Option<i64>,
}

/// A commitment as stored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Commitment {
    pub id: i64,
    pub text: String,
    pub kind: CommitmentKind,
    pub owner: Option<String>,
    pub status: CommitmentStatus,
    pub due_on: Option<NaiveDate>,
    pub session: Option<String>,
    pub topic: Option<String>,
    pub source: Option<CommitmentSource>,
    /// Open or in progress, and due before today.
    pub overdue: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// One change of a commitment's status, kept for good.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct StatusChange {
    pub status: CommitmentStatus,
    /// RFC 3339, UTC.
    pub changed_at: String,
    pub note: Option<String>,
}

/// A sentence of a statement that reads as a commitment, not yet accepted
/// or dismissed. It is identified by its passage and the sentence's index
/// in it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentSuggestion {
    pub source: CommitmentSource,
    pub sentence_index: u32,
    pub text: String,
    pub kind: CommitmentKind,
    /// How surely the wording states a commitment, 0 to 1: suggestions are
    /// listed by it, then newest first.
    pub confidence: f64,
}

/// A later statement that repeats a commitment's source passage.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentRepeat {
    pub source: CommitmentSource,
    /// The reuse score, 0 to 1.
    pub score: f64,
}

/// A commitment with its status history, its source and the statements
/// that repeat it since.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentDetail {
    pub commitment: Commitment,
    /// Oldest first; the first is the status it was created with.
    pub history: Vec<StatusChange>,
    pub repeats: Vec<CommitmentRepeat>,
}

/// One item of a session's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct AgendaItem {
    /// As the agenda numbers it, e.g. "5".
    pub number: String,
    pub title: String,
}

/// A meeting of the calendar, pre-loaded or added by the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Session {
    /// A stable name, e.g. "oewg-2021-s1" or "gm-2026-plenary-1": drafts,
    /// talking points and commitments name their session by it.
    pub key: String,
    /// "OEWG 2021-2025" or "Global Mechanism".
    pub forum: String,
    /// E.g. "First substantive session".
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: Option<String>,
    pub agenda: Vec<AgendaItem>,
}

/// A session's page: everything the desk prepares for it or heard there.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SessionFile {
    pub session: Session,
    /// Drafts naming the session, by its key or its name.
    pub drafts: Vec<DraftSummary>,
    /// Commitments of the session or due by its last day, still open or
    /// in progress, soonest first.
    pub commitments_due: Vec<Commitment>,
    pub talking_points: Vec<TalkingPoint>,
    /// Statements of the session's forum dated within its days.
    pub statements: Vec<DocumentSummary>,
}

/// The home view's desk summary: the next session and what is due first.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DeskAgenda {
    /// The session under way or the next to start; `None` past the calendar.
    pub next_session: Option<Session>,
    /// Open or in-progress commitments due by the next session's last day
    /// (or at all, past the calendar), overdue ones first.
    pub due: Vec<Commitment>,
    /// How many directory entries are stale.
    pub stale_contacts: u64,
}

/// Which commitments a list shows; every field given narrows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentFilter {
    pub status: Option<CommitmentStatus>,
    /// Only open or in-progress ones due before today.
    #[serde(default)]
    pub overdue: bool,
    /// Only open or in-progress ones due by the next session's last day.
    #[serde(default)]
    pub due_by_next_session: bool,
    pub topic: Option<String>,
    /// A session's key.
    pub session: Option<String>,
    /// Only those whose source passage is in this statement.
    pub document_id: Option<i64>,
}
