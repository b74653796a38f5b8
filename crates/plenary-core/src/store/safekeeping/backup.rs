//! Backups of the library file, and putting one back.
//!
//! Contract: `Store::back_up` writes a consistent copy of the library, as
//! of one moment, to a new file named `plenary-<UTC time>.db` in a folder
//! (written under a temporary name and renamed, so a half-written backup
//! never carries a backup's name). `back_up_if_due` does that when the
//! newest backup in the folder is more than a day old, then deletes the
//! oldest beyond the number to keep. `restore` checks a backup (it opens,
//! passes the integrity checks, and is a Plenary library no newer than this
//! version) before it touches the library, then moves the library's files
//! aside (`<name>.replaced-<UTC time>`, with its `-wal` and `-shm`) and puts
//! a copy of the backup in its place. An encrypted library's backups are
//! encrypted with its key, and restoring one asks for its passphrase.

use super::key;
use crate::model::{Error, Result};
use crate::store::schema;
use crate::store::Store;
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

const PREFIX: &str = "plenary-";
const SUFFIX: &str = ".db";
const TIME_FORMAT: &str = "%Y-%m-%dT%H-%M-%SZ";
/// The settings key of how many daily backups to keep (0: none are made).
const DAILY_KEPT: &str = "daily_backups_kept";

/// What `restore` did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// Where the library that was replaced now lies, if there was one.
    pub replaced: Option<PathBuf>,
}

impl Store {
    /// Writes a backup into `folder` (created if needed) and returns its path.
    pub fn back_up(&self, folder: &Path) -> Result<PathBuf> {
        self.back_up_at(folder, Utc::now())
    }

    fn back_up_at(&self, folder: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        let stamp = now.format(TIME_FORMAT).to_string();
        let mut target = folder.join(format!("{PREFIX}{stamp}{SUFFIX}"));
        let mut n = 1;
        while target.exists() {
            n += 1;
            target = folder.join(format!("{PREFIX}{stamp}-{n}{SUFFIX}"));
        }
        let partial = target.with_extension("db.partial");
        let _ = std::fs::remove_file(&partial);
        let written = self.copy_into(&partial);
        if let Err(e) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
        std::fs::rename(&partial, &target).map_err(|e| Error::io(&target, e))?;
        Ok(target)
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
            .strip_prefix(PREFIX)
            .and_then(|n| n.strip_suffix(SUFFIX))
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

/// Checks that the file at `copy` (a copy of `backup`, which names it in
/// messages) is a whole Plenary library this version can open. The
/// integrity checks need a writable connection, so they run on the copy.
fn check_copy(copy: &Path, backup: &Path, passphrase: Option<&str>) -> Result<()> {
    let shown = backup.display().to_string();
    let refuse = |problem: String| Error::bad_input(&shown, problem);
    let conn = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let cipher = key::unlock(&conn, copy, passphrase).map_err(|e| match e {
        Error::InvalidField { field, problem } => Error::InvalidField {
            field,
            problem: problem.replace(&copy.display().to_string(), &shown),
        },
        other => other,
    })?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'passages')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| refuse(format!("not a Plenary library ({e})")))?;
    if tables != 2 {
        return Err(refuse(
            "not a Plenary library: it holds no documents".into(),
        ));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let latest = schema::latest_version()?;
    if version > latest {
        return Err(refuse(format!(
            "made by a newer Plenary (schema {version}; this one knows up to {latest})"
        )));
    }
    let store = Store {
        conn,
        path: None,
        cipher,
    };
    match store.integrity_check()? {
        ok if ok == "ok" => Ok(()),
        problem => Err(refuse(format!("the backup is damaged: {problem}"))),
    }
}

/// Replaces the library at `library` with a copy of `backup`, after
/// checking the copy (see the module comment), unlocked with `passphrase`
/// when the backup is encrypted. The library must not be open in this
/// process.
pub fn restore(library: &Path, backup: &Path, passphrase: Option<&str>) -> Result<Restored> {
    if !backup.is_file() {
        return Err(Error::bad_input(
            &backup.display().to_string(),
            "there is no such backup file",
        ));
    }
    let incoming = PathBuf::from(format!("{}.restoring", library.display()));
    std::fs::copy(backup, &incoming).map_err(|e| Error::io(&incoming, e))?;
    if let Err(e) = check_copy(&incoming, backup, passphrase) {
        let _ = std::fs::remove_file(&incoming);
        return Err(e);
    }
    let stamp = Utc::now().format(TIME_FORMAT).to_string();
    let mut replaced = None;
    if library.exists() {
        let aside = PathBuf::from(format!("{}.replaced-{stamp}", library.display()));
        for companion in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{companion}", library.display()));
            if from.exists() {
                let to = PathBuf::from(format!("{}{companion}", aside.display()));
                std::fs::rename(&from, &to).map_err(|e| Error::io(&from, e))?;
            }
        }
        replaced = Some(aside);
    }
    std::fs::rename(&incoming, library).map_err(|e| Error::io(library, e))?;
    Ok(Restored { replaced })
}
