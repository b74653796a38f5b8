//! Backups of the library file (putting one back is `restore`).
//!
//! Contract: `Store::back_up` writes a consistent copy of the library, as
//! of one moment, to a new file named `plenary-<UTC time>.db` in a folder
//! (see `names`), its owner's alone in a folder that is too: written under
//! a temporary name (`….db.partial`) and given its own only when whole, so
//! a half-written backup never carries a backup's name, and a name already
//! taken is never written over. Half-written backups a crash left in the
//! folder are removed first: those nothing has written to for
//! `ABANDONED` (one being written by another process changes all the
//! time). `back_up_if_due` does that when the newest
//! backup in the folder is more than a day old, then deletes the oldest
//! beyond the number to keep. An encrypted library's backups are encrypted
//! with its key.

use super::files::{create_private_dir, create_private_file, rename_new};
use super::names::{backups_in, new_backup, partial_backups_in};
use crate::model::{Error, Result};
use crate::store::Store;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The settings key of how many daily backups to keep (0: none are made).
const DAILY_KEPT: &str = "daily_backups_kept";
/// A half-written backup untouched this long was left by a crash.
const ABANDONED: Duration = Duration::from_secs(10 * 60);

impl Store {
    /// Writes a backup into `folder` (created if needed) and returns its path.
    pub fn back_up(&self, folder: &Path) -> Result<PathBuf> {
        self.back_up_at(folder, Utc::now())
    }

    fn back_up_at(&self, folder: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        create_private_dir(folder)?;
        for leftover in partial_backups_in(folder) {
            let idle = std::fs::metadata(&leftover)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|changed| changed.elapsed().ok());
            if idle.is_some_and(|idle| idle > ABANDONED) {
                std::fs::remove_file(&leftover).map_err(|e| Error::io(&leftover, e))?;
            }
        }
        loop {
            let (target, partial) = new_backup(folder, now);
            // An empty file, its owner's alone, which SQLite then fills.
            drop(create_private_file(&partial)?);
            if let Err(e) = self.copy_into(&partial) {
                let _ = std::fs::remove_file(&partial);
                return Err(e);
            }
            match rename_new(&partial, &target) {
                Ok(()) => return Ok(target),
                // Another backup took the name meanwhile: the next one.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let _ = std::fs::remove_file(&partial);
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&partial);
                    return Err(Error::io(&target, e));
                }
            }
        }
    }

    /// A consistent copy of the whole library, compacted, in a new file;
    /// an encrypted library's copy is encrypted with the same key (SQLite's
    /// `VACUUM INTO` would write it in the clear).
    fn copy_into(&self, file: &Path) -> Result<()> {
        if self.cipher().is_some() {
            return self.export_to(file, self.cipher());
        }
        let name = file.to_str().ok_or_else(|| {
            Error::bad_input(&file.display().to_string(), "the backup path is not UTF-8")
        })?;
        self.conn.execute("VACUUM INTO ?1", [name])?;
        Ok(())
    }

    /// Backs up into `folder` when its newest backup is more than a day old
    /// (or there is none), then keeps only the `keep` newest. Returns the new
    /// backup, if one was made.
    pub fn back_up_if_due(&self, folder: &Path, keep: usize) -> Result<Option<PathBuf>> {
        let now = Utc::now();
        let backups = backups_in(folder)?;
        let due = backups
            .last()
            .is_none_or(|(taken, _)| now.signed_duration_since(*taken) > chrono::Duration::days(1));
        if !due {
            return Ok(None);
        }
        let made = self.back_up_at(folder, now)?;
        let backups = backups_in(folder)?;
        for (_, old) in backups
            .iter()
            .take(backups.len().saturating_sub(keep.max(1)))
        {
            std::fs::remove_file(old).map_err(|e| Error::io(old, e))?;
        }
        Ok(Some(made))
    }

    /// How many daily backups the user chose to keep, if they chose.
    pub fn daily_backups_kept(&self) -> Result<Option<usize>> {
        let value: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([DAILY_KEPT], |r| r.get("value"))
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    pub fn set_daily_backups_kept(&mut self, keep: usize) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![DAILY_KEPT, keep.to_string()],
        )?;
        Ok(())
    }
}
