//! The Points of Contact directory's records: a State's diplomatic or
//! technical point of contact, with the fields of the Global POC
//! Directory and the parts of a name an address book keeps, the log of
//! calls, emails and ping tests made to each, the mapping step of an
//! import (a file's columns read as the directory's fields), and what an
//! import did, entry by entry.

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

/// Whether an entry is known to be current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// Verified within the library's stale period.
    Current,
    /// Verified, but longer ago than the stale period.
    Stale,
    /// No date: never verified (and not dated by its source).
    Never,
}

/// What is wrong with an entry's State, when something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum StateFlag {
    /// No State: allowed, for a person to fill in.
    Missing,
    /// A State not in the States table, kept from before the directory
    /// checked them.
    Unknown,
}

/// An entry of the directory as stored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Contact {
    pub id: i64,
    #[serde(flatten)]
    pub fields: ContactFields,
    /// Verified (by an answered call or ping test) within the stale
    /// period, longer ago, or never.
    pub verification: Verification,
    pub state_flag: Option<StateFlag>,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// What a person gives for an entry: a form, the command line, a CSV row
/// or a vCard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactFields {
    /// A State's canonical name in the States table ("Russian
    /// Federation"); none when unknown.
    pub state: Option<String>,
    pub poc_type: PocType,
    /// The name as written whole ("José María Núñez Pérez", "王伟").
    pub full_name: String,
    /// Its parts, when the source keeps them apart (vCard `N`).
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub position: Option<String>,
    pub institution: Option<String>,
    /// The main address.
    pub email: Option<String>,
    /// Any other addresses, separated by "; ".
    pub other_emails: Option<String>,
    /// One or more numbers separated by "; ", each with its kind in
    /// parentheses when known: "+41 22 917 1234 (work); +41 79 555 0101
    /// (mobile)".
    pub phone: Option<String>,
    /// As written, e.g. "English, French".
    pub languages: Option<String>,
    /// As written, e.g. "UTC+5" or "Europe/Geneva".
    pub time_zone: Option<String>,
    pub notes: Option<String>,
    /// The day the entry last answered a call or a ping test, or the date
    /// its source gave it.
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
named!(Verification: Current => "current", Stale => "stale", Never => "never");
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

/// One entry of an import that was not simply added: a CSV row by its
/// number as a spreadsheet shows it (the header is row 1), or a vCard by
/// its place in the file (the first card is 1) and the line it begins on.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ImportRowNote {
    pub row: u64,
    /// The entry's name, when it has one.
    pub name: Option<String>,
    pub reason: String,
}

/// What an import of contacts did.
#[derive(Debug, Clone, PartialEq, Default, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactImportReport {
    pub file: String,
    pub format: Option<ContactFileFormat>,
    /// New entries added.
    pub added: u64,
    /// Entries added without a State (none given, none read from their
    /// organisation), flagged for a person to fill in.
    pub without_state: u64,
    /// Entries of one already in the directory (same State, type and
    /// email) that agreed with it: blanks filled in, nothing overwritten.
    pub merged: Vec<ImportRowNote>,
    /// Entries of one already in the directory that disagree with it:
    /// left out, for a person to compare.
    pub duplicates: Vec<ImportRowNote>,
    /// Entries refused, with the reason.
    pub rejected: Vec<ImportRowNote>,
}

/// The kinds of file contacts are imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ContactFileFormat {
    /// Comma- or semicolon-separated values with a header row: Plenary's
    /// own, Outlook's, Google Contacts', a spreadsheet's.
    Csv,
    /// vCard 2.1, 3.0 or 4.0: one card per contact.
    Vcard,
}

/// A field of the directory that a file's column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ContactField {
    State,
    PocType,
    FullName,
    GivenName,
    MiddleName,
    FamilyName,
    Position,
    Institution,
    /// An address; several columns may hold one each, the first the main.
    Email,
    /// A number, its kind from the column's label when the file has one.
    Phone,
    WorkPhone,
    MobilePhone,
    HomePhone,
    Fax,
    Languages,
    TimeZone,
    Notes,
    LastVerified,
}

/// Where a proposed mapping comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum MappingSource {
    /// The headers of a file Plenary exported.
    Plenary,
    /// Outlook's headers (Windows or Outlook.com).
    Outlook,
    /// Google Contacts' headers (the current ones or the old "Google CSV").
    Google,
    /// The mapping a person made for a file with the same header row.
    Remembered,
    /// Headers that name a field plainly ("Email", "Country").
    Guessed,
    /// A vCard file: its properties name their fields.
    Vcard,
}

named!(ContactFileFormat: Csv => "csv", Vcard => "vcard");
named!(ContactField: State => "state", PocType => "poc_type", FullName => "full_name", GivenName => "given_name", MiddleName => "middle_name", FamilyName => "family_name", Position => "position", Institution => "institution", Email => "email", Phone => "phone", WorkPhone => "work_phone", MobilePhone => "mobile_phone", HomePhone => "home_phone", Fax => "fax", Languages => "languages", TimeZone => "time_zone", Notes => "notes", LastVerified => "last_verified");
named!(MappingSource: Plenary => "plenary", Outlook => "outlook", Google => "google", Remembered => "remembered", Guessed => "guessed", Vcard => "vcard");

/// How a file's columns are read: one field (or none) per column of its
/// header row, and the POC type of the entries that do not give one.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactMapping {
    pub columns: Vec<Option<ContactField>>,
    pub poc_type: Option<PocType>,
}

/// The mapping step: what a file holds and how it would be read.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ContactFilePreview {
    pub file: String,
    pub format: ContactFileFormat,
    /// "UTF-8", "UTF-16LE", "Windows-1252".
    pub encoding: String,
    /// The header row (for a vCard file, the fields shown).
    pub headers: Vec<String>,
    /// The first rows (or cards), one cell per header.
    pub rows: Vec<Vec<String>>,
    /// The proposed mapping: one field or none per header.
    pub mapping: ContactMapping,
    pub mapped_by: MappingSource,
    /// Whether some entries hold a POC type of their own; if not, the
    /// mapping's `poc_type` is needed.
    pub has_poc_type: bool,
}
