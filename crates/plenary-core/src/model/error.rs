//! The core's error type. Every variant has a stable `ErrorKind`, so a
//! caller (the CLI's exit code, the desktop shell's `{kind, message}`, an
//! import's outcome for one file) can branch on it without reading the
//! message, and every message names the file or field at fault.

use serde::Serialize;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file that cannot be imported; `path` names it and `problem` says why.
    #[error("{path}: {problem}")]
    BadInput { path: String, problem: String },
    /// A file in a format Plenary does not read.
    #[error("{path}: {}", unsupported(supported))]
    UnsupportedFormat {
        path: String,
        supported: &'static str,
    },
    /// A metadata or form field with a value that cannot be stored.
    #[error("{field}: {problem}")]
    InvalidField { field: String, problem: String },
    /// A search, concordance or reuse query that cannot be run.
    #[error("query: {0}")]
    InvalidQuery(String),
    #[error("there is no {what} with id {id}")]
    NotFound { what: &'static str, id: i64 },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Another Plenary holds the library: it is writing and did not finish
    /// within the busy timeout, or it has the library open while this
    /// process would rewrite the file. Nothing was changed; the message
    /// says what to do.
    #[error("{0}")]
    Busy(String),
    #[error("library database: {0}")]
    Database(rusqlite::Error),
    #[error("library schema upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

/// What kind of failure an `Error` is: stable names for exit codes, the UI
/// and import outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    BadInput,
    UnsupportedFormat,
    InvalidField,
    InvalidQuery,
    NotFound,
    Io,
    Busy,
    Database,
    Migration,
}

fn unsupported(supported: &str) -> String {
    format!("not a format Plenary reads; use {supported}")
}

impl ErrorKind {
    /// Every kind, for lists that must cover them all (the UI's titles).
    pub const ALL: [ErrorKind; 9] = [
        ErrorKind::BadInput,
        ErrorKind::UnsupportedFormat,
        ErrorKind::InvalidField,
        ErrorKind::InvalidQuery,
        ErrorKind::NotFound,
        ErrorKind::Io,
        ErrorKind::Busy,
        ErrorKind::Database,
        ErrorKind::Migration,
    ];
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a writer kept out by another is told.
const BUSY: &str = "the library is busy: another Plenary (window or command) is writing to \
     it and did not let go in time; nothing was changed, try again in a moment";

impl From<rusqlite::Error> for Error {
    /// SQLite's "database is locked" (another connection holds the write
    /// lock past the busy timeout) is `Busy`; anything else is the library
    /// failing.
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy(BUSY.to_owned())
            }
            _ => Error::Database(error),
        }
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::BadInput { .. } => ErrorKind::BadInput,
            Error::UnsupportedFormat { .. } => ErrorKind::UnsupportedFormat,
            Error::InvalidField { .. } => ErrorKind::InvalidField,
            Error::InvalidQuery(_) => ErrorKind::InvalidQuery,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Io { .. } => ErrorKind::Io,
            Error::Busy(_) => ErrorKind::Busy,
            Error::Database(_) => ErrorKind::Database,
            Error::Migration(_) => ErrorKind::Migration,
        }
    }

    /// The message without the file it names, for a list that shows the
    /// file already (an import's outcomes).
    pub fn reason(&self) -> String {
        match self {
            Error::BadInput { problem, .. } => problem.clone(),
            Error::UnsupportedFormat { supported, .. } => unsupported(supported),
            Error::Io { source, .. } => source.to_string(),
            other => other.to_string(),
        }
    }

    /// True for a problem with one file or one value, as opposed to the
    /// library itself failing (or being busy).
    pub fn is_about_input(&self) -> bool {
        !matches!(
            self.kind(),
            ErrorKind::Database | ErrorKind::Migration | ErrorKind::Busy
        )
    }

    pub fn bad_input(path: &str, problem: impl Into<String>) -> Self {
        Error::BadInput {
            path: path.to_owned(),
            problem: problem.into(),
        }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }

    pub fn field(field: &str, problem: impl Into<String>) -> Self {
        Error::InvalidField {
            field: field.to_owned(),
            problem: problem.into(),
        }
    }
}
