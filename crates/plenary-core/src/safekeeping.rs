//! The facade's half for keeping a library safe: backups made on demand or
//! once a day (keeping the newest few), and a backup put back in place of
//! the library. The work is in `store::backup`.

use crate::model::Result;
use crate::store::{self, Restored};
use crate::Library;
use std::path::{Path, PathBuf};

/// How many daily backups are kept when nothing else is said.
pub const DAILY_BACKUPS_KEPT: usize = 14;

impl Library {
    /// Where the backups of the library at `library` go when no folder is
    /// named: `backups/` beside the library file.
    pub fn default_backup_folder(library: &Path) -> PathBuf {
        library
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join("backups")
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

    /// Puts a copy of `backup` in place of the library file at `library`,
    /// once the backup has passed its checks; the library replaced is kept
    /// aside. Close the library first.
    pub fn restore(library: &Path, backup: &Path) -> Result<Restored> {
        store::restore(library, backup)
    }
}
