//! The core's error type. Every variant has a stable `kind()` so a caller
//! (the CLI's exit code, the desktop shell's `{kind, message}`) can branch on
//! it, and every message names the file or field at fault.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file that cannot be imported; `path` names it and `problem` says why.
    #[error("{path}: {problem}")]
    BadInput { path: String, problem: String },
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
    #[error("library database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("library schema upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A short stable name for the variant, for exit codes and the UI.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::BadInput { .. } => "bad_input",
            Error::InvalidField { .. } => "invalid_field",
            Error::InvalidQuery(_) => "invalid_query",
            Error::NotFound { .. } => "not_found",
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::Migration(_) => "migration",
        }
    }

    pub(crate) fn bad_input(path: &str, problem: impl Into<String>) -> Self {
        Error::BadInput {
            path: path.to_owned(),
            problem: problem.into(),
        }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }

    pub(crate) fn field(field: &str, problem: impl Into<String>) -> Self {
        Error::InvalidField {
            field: field.to_owned(),
            problem: problem.into(),
        }
    }
}
