//! The safekeeping part of the facade: backups made on demand or
//! once a day (keeping the newest few), a backup put back in place of the
//! library, and encryption at rest with a passphrase (set, changed,
//! removed). How many daily backups to keep is a setting of the library
//! (0 turns them off). Rewrites of the file refuse while another Plenary
//! has the library open. The work is in `store::safekeeping`.

use super::Library;
use crate::model::{Error, Result};
use crate::store::{self, PlainBackups, Restored, Store};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// How many daily backups are kept when nothing else is said.
pub const DAILY_BACKUPS_KEPT: usize = 14;
/// The most daily backups a library may keep: a year's worth.
const MOST_DAILY_BACKUPS: usize = 366;

impl Library {
    /// Where the backups of the library at `library` go when no folder is
    /// named: `backups/` beside the library file.
    pub fn default_backup_folder(library: &Path) -> PathBuf {
        store::backup_folder(library)
    }

    /// The files of this library that other users of the computer could
    /// read when it was opened (an earlier version wrote them so), and
    /// that only their owner can read now: to be said once.
    pub fn tightened(&self) -> &[PathBuf] {
        self.store.tightened()
    }

    /// Writes a consistent backup of the library into `folder` and returns
    /// its path.
    pub fn back_up(&self, folder: &Path) -> Result<PathBuf> {
        self.store.back_up(folder)
    }

    /// Backs up into `folder` when its newest backup is more than a day old,
    /// keeping the `keep` newest; the new backup, if one was made.
    pub fn back_up_if_due(&self, folder: &Path, keep: usize) -> Result<Option<PathBuf>> {
        self.store.back_up_if_due(folder, keep)
    }

    /// How many daily backups are kept (0: none are made).
    pub fn daily_backups_kept(&self) -> Result<usize> {
        Ok(self
            .store
            .daily_backups_kept()?
            .filter(|keep| *keep <= MOST_DAILY_BACKUPS)
            .unwrap_or(DAILY_BACKUPS_KEPT))
    }

    /// Sets how many daily backups are kept; 0 stops them.
    pub fn set_daily_backups_kept(&mut self, keep: usize) -> Result<()> {
        if keep > MOST_DAILY_BACKUPS {
            return Err(Error::field(
                "daily_backups_kept",
                format!(
                    "{keep} is too many; keep from 0 (no daily backups) to {MOST_DAILY_BACKUPS}"
                ),
            ));
        }
        self.store.set_daily_backups_kept(keep)
    }

    /// The daily backup: into `folder` when it is due, keeping as many as
    /// the library's setting says; nothing when daily backups are off.
    pub fn back_up_daily(&self, folder: &Path) -> Result<Option<PathBuf>> {
        match self.daily_backups_kept()? {
            0 => Ok(None),
            keep => self.back_up_if_due(folder, keep),
        }
    }

    /// The backups in `folder`, oldest first, with the time each was taken.
    pub fn backups(folder: &Path) -> Result<Vec<(DateTime<Utc>, PathBuf)>> {
        store::backups_in(folder)
    }

    /// Puts a copy of `backup` in place of the library file at `library`,
    /// once the backup has passed its checks (and opened with `passphrase`
    /// when it is encrypted); the library replaced is kept aside. A plain
    /// backup over an encrypted library is refused unless `allow_plain`
    /// (the library is then plain). Close the library first; while another
    /// Plenary has it open, the restore is refused.
    pub fn restore(
        library: &Path,
        backup: &Path,
        passphrase: Option<&str>,
        allow_plain: bool,
    ) -> Result<Restored> {
        store::restore(library, backup, passphrase, allow_plain)
    }

    /// Opens the library at `path`, unlocking it with `passphrase` when it
    /// is encrypted; a wrong passphrase is an error and changes nothing.
    pub fn open_unlocked(path: impl AsRef<Path>, passphrase: Option<&str>) -> Result<Self> {
        Self::over(Store::open_unlocked(path.as_ref(), passphrase)?)
    }

    /// True when the library file at `path` exists and is encrypted.
    pub fn is_encrypted(path: &Path) -> Result<bool> {
        store::is_encrypted(path)
    }

    /// The backups in the library's backups folder that are not encrypted.
    pub fn plain_backups(library: &Path) -> Result<Vec<PathBuf>> {
        store::plain_backups(library)
    }

    /// Checks a new passphrase against the one rule: at least 8
    /// characters, no space at either end.
    pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
        store::check_new_passphrase(passphrase)
    }

    /// Encrypts the plain library file at `path` with `passphrase`, then
    /// does with its plain backups what `backups` says; those backups.
    /// Close the library first.
    pub fn encrypt(path: &Path, passphrase: &str, backups: PlainBackups) -> Result<Vec<PathBuf>> {
        store::encrypt(path, passphrase, backups)
    }

    /// Decrypts the library file at `path`. Close the library first.
    pub fn decrypt(path: &Path, passphrase: &str) -> Result<()> {
        store::decrypt(path, passphrase)
    }

    /// Changes the passphrase of the encrypted library file at `path`.
    pub fn change_passphrase(path: &Path, old: &str, new: &str) -> Result<()> {
        store::change_passphrase(path, old, new)
    }
}
