//! The files that go with a library, by name. Beside `library.db`: its lock
//! (`library.db.lock`), the journal of a restore under way
//! (`library.db.swap`), a copy on its way in (`library.db.restoring`) or
//! being written encrypted or decrypted (`library.db.rewriting`), and the
//! libraries restores replaced (`library.db.replaced-<UTC time>`, with
//! `-2`, `-3`… when that name is taken). The backups folder is `backups/`
//! beside the library, and a backup is `plenary-<UTC time>.db` (written
//! first as `….db.partial`).

use crate::model::{Error, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use std::path::{Path, PathBuf};

/// How a file name tells the time: `2026-03-05T08-00-00Z`.
pub const TIME_FORMAT: &str = "%Y-%m-%dT%H-%M-%SZ";
const BACKUP_PREFIX: &str = "plenary-";
const BACKUP_SUFFIX: &str = ".db";
const PARTIAL: &str = ".partial";
const REPLACED: &str = ".replaced-";

/// `library` with `suffix` added to its name.
pub fn beside(library: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", library.display()))
}

pub fn lock(library: &Path) -> PathBuf {
    beside(library, ".lock")
}

pub fn journal(library: &Path) -> PathBuf {
    beside(library, ".swap")
}

pub fn restoring(library: &Path) -> PathBuf {
    beside(library, ".restoring")
}

pub fn rewriting(library: &Path) -> PathBuf {
    beside(library, ".rewriting")
}

/// True when something, even a dangling link, has this name.
pub fn taken(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// The libraries kept aside beside `library` by restores (not their
/// `-wal` or `-shm`), oldest name first.
pub fn kept_aside(library: &Path) -> Vec<PathBuf> {
    let Some(name) = library
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
    else {
        return Vec::new();
    };
    let prefix = format!("{name}{REPLACED}");
    let Ok(entries) = std::fs::read_dir(super::files::folder_of(library)) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            n.starts_with(&prefix) && !n.ends_with("-wal") && !n.ends_with("-shm")
        })
        .collect();
    found.sort();
    found
}

/// A name to keep `library` under that no file has (nor its `-wal`).
pub fn new_kept_aside(library: &Path, now: DateTime<Utc>) -> PathBuf {
    let stamp = now.format(TIME_FORMAT);
    let mut n = 1;
    loop {
        let suffix = match n {
            1 => format!("{REPLACED}{stamp}"),
            n => format!("{REPLACED}{stamp}-{n}"),
        };
        let aside = beside(library, &suffix);
        if !taken(&aside) && !taken(&beside(&aside, "-wal")) {
            return aside;
        }
        n += 1;
    }
}

/// Where the backups of the library at `library` go when no folder is
/// named: `backups/` beside the library file.
pub fn backup_folder(library: &Path) -> PathBuf {
    super::files::folder_of(library).join("backups")
}

/// A new backup's name in `folder` for `now` (with `-2`, `-3`… after the
/// time when that name is taken), and the name it is written under first.
pub fn new_backup(folder: &Path, now: DateTime<Utc>) -> (PathBuf, PathBuf) {
    let stamp = now.format(TIME_FORMAT).to_string();
    let mut n = 1;
    loop {
        let name = match n {
            1 => format!("{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"),
            n => format!("{BACKUP_PREFIX}{stamp}-{n}{BACKUP_SUFFIX}"),
        };
        let target = folder.join(name);
        if !taken(&target) {
            let partial = beside(&target, PARTIAL);
            return (target, partial);
        }
        n += 1;
    }
}

/// The backups in `folder`, oldest first, with the time each was taken.
pub fn backups_in(folder: &Path) -> Result<Vec<(DateTime<Utc>, PathBuf)>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(folder, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(folder, e))?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let Some(stamp) = name
            .strip_prefix(BACKUP_PREFIX)
            .and_then(|n| n.strip_suffix(BACKUP_SUFFIX))
        else {
            continue;
        };
        let stamp = stamp.get(..20).unwrap_or(stamp);
        if let Ok(taken) = NaiveDateTime::parse_from_str(stamp, TIME_FORMAT) {
            found.push((taken.and_utc(), path));
        }
    }
    found.sort();
    Ok(found)
}

/// The backups in `folder` a crash left half-written (`….db.partial`).
pub fn partial_backups_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            n.starts_with(BACKUP_PREFIX) && n.ends_with(&format!("{BACKUP_SUFFIX}{PARTIAL}"))
        })
        .collect()
}
