//! The commands that keep the library safe, each a short adapter over the
//! librarian and the core: whether the library is locked and unlocking it
//! with its passphrase, the backups (made now, or daily, keeping the
//! newest few, and one put back in place of the library) and setting,
//! changing or removing the passphrase. The list of backups and a restore
//! work without the library open, since a library that no longer opens is
//! when they matter most. A restore takes only a backup in the library's
//! own backups folder, as listed, and a plain one over an encrypted
//! library only when the user said yes to losing the encryption; setting a
//! passphrase says what becomes of the plain backups (the dialog asks).
//! The dialog's steps answer with the whole `Safekeeping` picture, so it
//! shows what is true after each.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::{ErrorKind, Library, PlainBackups};
use serde::Serialize;
use std::path::Path;
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
    /// True when restoring it asks for the passphrase it was made under.
    pub encrypted: bool,
    /// True when the library is encrypted and this backup is not, so that
    /// restoring it would take the encryption off.
    pub removes_encryption: bool,
}

/// The backups beside the library at `library`, newest first.
fn backups_of(library: &Path) -> plenary_core::Result<Vec<BackupFile>> {
    let folder = Library::default_backup_folder(library);
    let library_encrypted = Library::is_encrypted(library).unwrap_or(false);
    Ok(Library::backups(&folder)?
        .into_iter()
        .rev()
        .map(|(taken, file)| {
            let encrypted = Library::is_encrypted(&file).unwrap_or(false);
            BackupFile {
                bytes: std::fs::metadata(&file).map_or(0, |m| m.len()),
                encrypted,
                removes_encryption: library_encrypted && !encrypted,
                path: file.display().to_string(),
                taken: taken.to_rfc3339(),
            }
        })
        .collect())
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
    /// The library's files other users of the computer could read when it
    /// was opened, and only this user can now (said once).
    pub tightened: Vec<String>,
}

/// Reads the picture afresh, after a change.
async fn picture(librarian: &Librarian) -> Result<Safekeeping, ApiError> {
    let path = librarian.path().to_path_buf();
    let daily_problem = librarian.daily_problem();
    let tightened = librarian.tightened();
    librarian
        .run(move |library| {
            Ok(Safekeeping {
                encrypted: Library::is_encrypted(&path)?,
                folder: Library::default_backup_folder(&path).display().to_string(),
                backups: backups_of(&path)?,
                daily_kept: library.daily_backups_kept()?,
                daily_problem,
                tightened,
            })
        })
        .await
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

/// Encrypts the library, doing with its plain backups what the user
/// chose (the dialog asks when there are any).
#[tauri::command]
pub async fn set_passphrase(
    passphrase: String,
    backups: PlainBackups,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .rewrite_file(
            move |path| Library::encrypt(path, &passphrase, backups),
            None,
        )
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
        .rewrite_file(
            move |path| Library::change_passphrase(path, &current, &new),
            None,
        )
        .await?;
    picture(&librarian).await
}

#[tauri::command]
pub async fn remove_passphrase(
    passphrase: String,
    librarian: State<'_, Librarian>,
) -> Result<Safekeeping, ApiError> {
    librarian
        .rewrite_file(move |path| Library::decrypt(path, &passphrase), None)
        .await?;
    picture(&librarian).await
}

/// The backups beside the library, newest first; the library need not open.
#[tauri::command]
pub async fn list_backups(librarian: State<'_, Librarian>) -> Result<Vec<BackupFile>, ApiError> {
    let library = librarian.path().to_path_buf();
    tauri::async_runtime::spawn_blocking(move || Ok(backups_of(&library)?)).await?
}

/// Puts the backup at `backup`, one of those listed in the library's
/// backups folder, in place of the library, once it has passed its checks
/// (and opened with `passphrase` when it is encrypted); a plain one over
/// an encrypted library only with `remove_encryption`. The library
/// replaced is kept aside, and where it went is the answer.
#[tauri::command]
pub async fn restore_backup(
    backup: String,
    passphrase: Option<String>,
    remove_encryption: bool,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let library = librarian.path().to_path_buf();
    let listed = tauri::async_runtime::spawn_blocking(move || backups_of(&library)).await??;
    if !listed.iter().any(|b| b.path == backup) {
        return Err(ApiError::new(
            ErrorKind::BadInput,
            format!(
                "{backup}: not one of the backups in {}; only those can be restored here",
                Library::default_backup_folder(librarian.path()).display()
            ),
        ));
    }
    let unlock = passphrase.clone();
    let restored = librarian
        .rewrite_file(
            move |library| {
                Library::restore(
                    library,
                    Path::new(&backup),
                    unlock.as_deref(),
                    remove_encryption,
                )
            },
            passphrase,
        )
        .await?;
    Ok(restored.replaced.map(|p| p.display().to_string()))
}
