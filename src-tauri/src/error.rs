//! The one error type the UI receives: `{kind, message}`. `kind` is the
//! core's stable `Error::kind()` (bad_input, invalid_field, invalid_query,
//! not_found, io, database, migration) or one of the shell's own (dialog,
//! internal), so the UI can branch on it; `message` is written for a person
//! and names the file or field at fault.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ApiError {
    pub kind: String,
    pub message: String,
}

impl ApiError {
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        ApiError {
            kind: kind.to_owned(),
            message: message.into(),
        }
    }
}

impl From<plenary_core::Error> for ApiError {
    fn from(error: plenary_core::Error) -> Self {
        ApiError::new(error.kind(), error.to_string())
    }
}

impl From<tauri::Error> for ApiError {
    fn from(error: tauri::Error) -> Self {
        ApiError::new("internal", error.to_string())
    }
}
