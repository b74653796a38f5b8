//! Answers the end-to-end tests give in place of the system's dialogs,
//! which WebDriver cannot drive. Only the dialog is replaced: the command,
//! its progress and its result are the real ones. This module is compiled
//! into debug and test builds only (`main.rs` declares it under
//! `cfg(debug_assertions)`, as `dialogs` does its calls), so a release
//! binary has neither these paths nor the variables' names.
//!
//! - `PLENARY_TEST_PICKS` names a file whose lines are the paths the
//!   import dialog answers with, read afresh at every call.
//! - `PLENARY_TEST_IMPORT_FILE` names the file the one-file import
//!   dialogs (contacts as CSV or vCard, the termbase) answer with.
//! - `PLENARY_TEST_EXPORT_DIR` names a folder every save dialog answers
//!   with, the file keeping the name the dialog would have proposed.

use crate::error::{ApiError, ShellErrorKind};
use plenary_core::ErrorKind;
use std::path::PathBuf;

const PICKS: &str = "PLENARY_TEST_PICKS";
const IMPORT_FILE: &str = "PLENARY_TEST_IMPORT_FILE";
const EXPORT_DIR: &str = "PLENARY_TEST_EXPORT_DIR";

/// The paths listed in `PLENARY_TEST_PICKS`' file, when it is set.
pub fn import_paths() -> Result<Option<Vec<PathBuf>>, ApiError> {
    let Some(picks) = std::env::var_os(PICKS) else {
        return Ok(None);
    };
    let listed = std::fs::read_to_string(&picks)
        .map_err(|e| ApiError::new(ShellErrorKind::Dialog, format!("{PICKS}: {e}")))?;
    Ok(Some(
        listed
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(PathBuf::from)
            .collect(),
    ))
}

/// The file `PLENARY_TEST_IMPORT_FILE` names, when it is set.
pub fn import_file() -> Option<PathBuf> {
    std::env::var_os(IMPORT_FILE).map(PathBuf::from)
}

/// `file_name` in the folder `PLENARY_TEST_EXPORT_DIR` names (made if
/// need be), when it is set.
pub fn save_path(file_name: &str) -> Result<Option<PathBuf>, ApiError> {
    let Some(dir) = std::env::var_os(EXPORT_DIR).map(PathBuf::from) else {
        return Ok(None);
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| ApiError::new(ErrorKind::Io, format!("{}: {e}", dir.display())))?;
    Ok(Some(dir.join(file_name)))
}
