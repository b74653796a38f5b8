//! The Points of Contact directory's records: a State's diplomatic or
//! technical point of contact, with the fields of the Global POC
//! Directory, the log of calls, emails and ping tests made to each, and
//! what a CSV import of contacts did, row by row.

use super::names::named;
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

named!(PocType: Diplomatic => "diplomatic", Technical => "technical");
named!(ContactLogKind: Call => "call", Email => "email", PingTest => "ping_test");
named!(ContactOutcome: Answered => "answered", NoAnswer => "no_answer", Failed => "failed");

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
