//! The delegation's commitments: what each commits it to, where it stands
//! with its status history, the statement passage it comes from, the
//! sentences of statements suggested as commitments, and the later
//! statements that repeat one.

use super::names::named;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
    /// A name that never changes, for the events of an exported calendar.
    pub key: String,
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
    /// The last day of its session, when the calendar has it.
    pub session_ends_on: Option<NaiveDate>,
    /// Due after its session's last day: a warning, not a refusal.
    pub due_after_session: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// What one row of a commitment's history records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The commitment was created, with its first status.
    Created,
    Status,
    /// A note, with no change.
    Note,
    Text,
    Kind,
    Owner,
    DueOn,
    Session,
    Topic,
}

/// One change of a commitment, kept for good: its status, one of its
/// fields, or a note.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CommitmentChange {
    pub change: ChangeKind,
    /// The value before and after (for a due date, `YYYY-MM-DD`); none for
    /// a note or the creation.
    pub from: Option<String>,
    pub to: Option<String>,
    /// The status after the change.
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
    /// The other statements that say the same sentence (over the years),
    /// oldest first: one commitment, said again.
    pub repeats: Vec<CommitmentRepeat>,
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
    /// Oldest first; the first is its creation, with its first status.
    pub history: Vec<CommitmentChange>,
    pub repeats: Vec<CommitmentRepeat>,
}

named!(CommitmentKind: Position => "position", Pledge => "pledge", Request => "request", ActionItem => "action_item");
named!(CommitmentStatus: Open => "open", InProgress => "in_progress", Done => "done", Dropped => "dropped");
named!(ChangeKind: Created => "created", Status => "status", Note => "note", Text => "text", Kind => "kind", Owner => "owner", DueOn => "due_on", Session => "session", Topic => "topic");

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
