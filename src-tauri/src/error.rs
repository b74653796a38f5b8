//! The one error type the UI receives: `{kind, message}`. `kind` is the
//! core's `ErrorKind` or one of the shell's own (dialog, internal), typed in
//! TypeScript as the union of the two, so the UI branches on it and a UI test
//! checks that every kind has a title; `message` is written for a person
//! and names the file or field at fault.

use plenary_core::ErrorKind;
use serde::Serialize;

/// The kinds of failure only the shell has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ShellErrorKind {
    /// A file dialog failed, or gave a path that cannot be read.
    Dialog,
    /// The window or the shell itself failed.
    Internal,
}

/// The core's kind of error, or the shell's own: either way one string
/// (`"bad_input"`, `"dialog"`) on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(untagged)]
pub enum ApiErrorKind {
    Core(ErrorKind),
    Shell(ShellErrorKind),
}

impl From<ErrorKind> for ApiErrorKind {
    fn from(kind: ErrorKind) -> Self {
        ApiErrorKind::Core(kind)
    }
}

impl From<ShellErrorKind> for ApiErrorKind {
    fn from(kind: ShellErrorKind) -> Self {
        ApiErrorKind::Shell(kind)
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ApiError {
    pub kind: ApiErrorKind,
    pub message: String,
}

impl ApiError {
    pub fn new(kind: impl Into<ApiErrorKind>, message: impl Into<String>) -> Self {
        ApiError {
            kind: kind.into(),
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
        ApiError::new(ShellErrorKind::Internal, error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes every kind beside the generated types, so that a UI test can
    /// check each has a title (`make bindings` runs this with the exports).
    #[test]
    fn export_bindings_api_error_kinds() {
        // The core's kinds, then the shell's own.
        let kinds: Vec<ApiErrorKind> = ErrorKind::ALL
            .into_iter()
            .map(ApiErrorKind::from)
            .chain([ShellErrorKind::Dialog, ShellErrorKind::Internal].map(ApiErrorKind::from))
            .collect();
        let mut unique = kinds.clone();
        unique.dedup();
        assert_eq!(unique.len(), kinds.len(), "each kind is listed once");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(
                std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/lib/bindings".into()),
            );
        std::fs::create_dir_all(&dir).unwrap();
        let json = serde_json::to_string_pretty(&kinds).unwrap();
        std::fs::write(dir.join("apiErrorKinds.json"), json + "\n").unwrap();
    }
}
