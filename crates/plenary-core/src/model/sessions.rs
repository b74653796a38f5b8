//! The calendar of sessions: a meeting with its agenda, a session's page
//! (everything the desk prepares for it or heard there), and the home
//! view's summary of what is due before the next one.

use super::commitments::Commitment;
use super::documents::DocumentSummary;
use super::drafts::DraftSummary;
use super::talking_points::TalkingPoint;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
    /// Statements of the session's forum dated within its days, or filed
    /// under it by name.
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
    /// How many directory entries are stale (verified too long ago).
    pub stale_contacts: u64,
    /// How many were never verified.
    pub unverified_contacts: u64,
}
