//! The commands that keep the library safe, each a short adapter over the
//! librarian and the core: whether the library is locked and unlocking it
//! with its passphrase, the backups (made now, or daily, keeping the
//! newest few) and setting, changing or removing the passphrase. Every
//! answer but the first two is the whole `Safekeeping` picture, so the
//! dialog shows what is true after each step.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::Library;
use serde::Serialize;
use tauri::State;

/// Whether the window may show the library or must ask for its passphrase.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LibraryAccess {
    /// The library file, as shown to the user.
    pub path: String,
    /// True when the library is encrypted and waits for its passphrase.
    pub locked: bool,
}

/// One backup file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BackupFile {
    pub path: String,
    /// When it was taken, RFC 3339 in UTC.
    pub taken: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The library's encryption and backups, as the safekeeping dialog shows
/// them.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Safekeeping {
    pub encrypted: bool,
    /// Where backups go: `backups/` beside the library.
    pub folder: String,
    /// The backups there, newest first.
    pub backups: Vec<BackupFile>,
    /// How many daily backups are kept; 0 when they are off.
    pub daily_kept: usize,
    /// Why the daily backup at start failed, if it did.
    pub daily_problem: Option<String>,
}

impl Safekeeping {
    fn of(librarian: &Librarian) -> impl FnOnce(&Library) -> plenary_core::Result<Safekeeping> {
        let path = librarian.path().to_path_buf();
        let daily_problem = librarian.daily_problem();
        move |library| {
            let folder = Library::default_backup_folder(&path);
            let backups = Library::backups(&folder)?
                .into_iter()
                .rev()
                .map(|(taken, file)| BackupFile {
                    bytes: std::fs::metadata(&file).map_or(0, |m| m.len()),
                    path: file.display().to_string(),
                    taken: taken.to_rfc3339(),
                })
                .collect();
            Ok(Safekeeping {
                encrypted: Library::is_encrypted(&path)?,
                folder: folder.display().to_string(),
                backups,
                daily_kept: library.daily_backups_kept()?,
                daily_problem,
            })
        }
    }
}

/// Reads the picture afresh, after a change.
async fn picture(librarian: &Librarian) -> Result<Safekeeping, ApiError> {
    let of = Safekeeping::of(librarian);
    librarian.run(move |library| of(library)).await
}

#[tauri::command]
pub async fn library_access(librarian: State<'_, Librarian>) -> Result<LibraryAccess, ApiError> {
    let path = librarian.path().display().to_string();
    match librarian.run(|_| Ok(())).await {
        Ok(()) => Ok(LibraryAccess {
            path,
            locked: false,
        }),
        Err(_) if librarian.is_locked() => Ok(LibraryAccess { path, locked: true }),
        Err(e) => Err(e),
    }
}

#[tauri::command]
pub async fn unlock_library(
    passphrase: String,
    librarian: State<'_, Librarian>,
) -> Result<(), ApiError> {
    librarian.unlock(passphrase).await
}

#[tauri::command]
pub async fn safekeeping(librarian: State<'_, Librarian>) -> Result<Safekeeping, ApiError> {
    picture(&librarian).await
}

/// A backup now, into the backups folder.
#[tauri::command]
pub async fn back_up_now(librarian: State<'_, Librarian>) -> Result<Safekeeping, ApiError> {
    let folder = Library::default_backup_folder(librarian.path());
    librarian
        .run_aside(move |library| library.back_up(&folder))
        .await?;
    picture(&librarian).await
}

#[tauri::command]
pub async fn set_daily_backups(
    keep: usize,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .run(move |library| library.set_daily_backups_kept(keep))
        .await?;
    picture(&librarian).await
}

#[tauri::command]
pub async fn set_passphrase(
    passphrase: String,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .rewrite_file(move |path| Library::encrypt(path, &passphrase))
        .await?;
    picture(&librarian).await
}

#[tauri::command]
pub async fn change_passphrase(
    current: String,
    new: String,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .rewrite_file(move |path| Library::change_passphrase(path, &current, &new))
        .await?;
    picture(&librarian).await
}

#[tauri::command]
pub async fn remove_passphrase(
    passphrase: String,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .rewrite_file(move |path| Library::decrypt(path, &passphrase))
        .await?;
    picture(&librarian).await
}
