//! Encryption at rest, the file rewritten. Each rewrite needs the library
//! to itself: while another Plenary has it open it refuses and changes
//! nothing (see `lock`).
//!
//! `encrypt` and `decrypt` copy the whole library with `sqlcipher_export`
//! into a new file beside it (`<library>.rewriting`, its owner's alone:
//! a decryption's copy is the whole library in the clear, and the next
//! open removes one a crash left), check the copy, then rename it over the
//! library: a crash leaves the old file or the new one, never a mix. The
//! new key is remembered for the library, so the app reopens it at once.
//! `change_passphrase` re-encrypts in place with `PRAGMA rekey` under a
//! rollback journal, which is atomic too. A new passphrase follows one
//! rule (`key::check_new_passphrase`). Backups made before the library was
//! encrypted stay plain unless `encrypt` is told to encrypt them too, with
//! the same key, or to delete them (`PlainBackups`).

use super::files::{create_private_file, sync_folder};
use super::key::{check_new_passphrase, forget, is_encrypted, locked, remember, Cipher};
use super::lock::LibraryLock;
use super::names::{backup_folder, backups_in, beside, rewriting};
use super::opening::prepare_alone;
use crate::model::{Error, Result};
use crate::store::Store;
use rusqlite::{Connection, OpenFlags};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What `encrypt` does with the backups beside the library that are not
/// encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum PlainBackups {
    /// Encrypts them with the library's new key (the same passphrase).
    Encrypt,
    /// Deletes them (not wiped: their blocks may stay on the disk).
    Delete,
    /// Leaves them as they are, readable without the passphrase.
    Keep,
}

impl Store {
    /// Copies the whole library into a new file, encrypted with `cipher`
    /// or plain.
    pub(in crate::store) fn export_to(&self, file: &Path, cipher: Option<&Cipher>) -> Result<()> {
        let name = file.to_str().ok_or_else(|| {
            Error::bad_input(&file.display().to_string(), "the path is not UTF-8")
        })?;
        let key = cipher.map_or_else(|| "''".to_owned(), Cipher::sql);
        self.conn
            .execute(&format!("ATTACH DATABASE ?1 AS copy KEY {key}"), [name])?;
        let exported = self
            .conn
            .query_row("SELECT sqlcipher_export('copy')", [], |_| Ok(()))
            .and_then(|()| {
                let version: i64 = self
                    .conn
                    .query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
                self.conn
                    .execute_batch(&format!("PRAGMA copy.user_version = {version}"))
            });
        self.conn.execute_batch("DETACH DATABASE copy")?;
        Ok(exported?)
    }

    /// The key this library was opened with, if it is encrypted.
    pub(in crate::store) fn cipher(&self) -> Option<&Cipher> {
        self.cipher.as_ref()
    }
}

/// Writes the file at `path` again, through `export` into an empty file
/// beside it that only its owner may read, checks that the new file opens
/// (with `check`), then renames it over `path`.
fn rewritten(
    path: &Path,
    export: impl FnOnce(&Path) -> Result<()>,
    check: impl FnOnce(&Path) -> Result<()>,
) -> Result<()> {
    let partial = rewriting(path);
    drop(create_private_file(&partial)?);
    let checked = export(&partial).and_then(|()| check(&partial));
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    forget(path);
    forget(&partial);
    std::fs::rename(&partial, path).map_err(|e| Error::io(path, e))?;
    sync_folder(super::files::folder_of(path))
}

/// Writes the library at `path` again, encrypted with `target` or plain,
/// checking that the new file opens with `check`.
fn rewrite(
    path: &Path,
    passphrase: Option<&str>,
    target: Option<Cipher>,
    check: Option<&str>,
) -> Result<()> {
    if !path.is_file() {
        return Err(Error::bad_input(
            &path.display().to_string(),
            "there is no library file here",
        ));
    }
    let _alone = LibraryLock::exclusive(path)?;
    prepare_alone(path)?;
    rewritten(
        path,
        |partial| {
            let store = Store::open_held(path, passphrase)?;
            store.export_to(partial, target.as_ref())?;
            drop(store);
            // The only connection has closed: SQLite has copied its -wal
            // into the file. One still holding pages would be lost.
            for companion in ["-wal", "-shm"] {
                let file = beside(path, companion);
                let pending = std::fs::metadata(&file).is_ok_and(|m| m.len() > 0);
                if companion == "-wal" && pending {
                    return Err(Error::bad_input(
                        &file.display().to_string(),
                        "the library still has changes waiting in this file; nothing was changed",
                    ));
                }
                let _ = std::fs::remove_file(&file);
            }
            Ok(())
        },
        |partial| {
            let copy = Store::open_held(partial, check)?;
            match copy.integrity_check()? {
                ok if ok == "ok" => Ok(()),
                problem => Err(Error::bad_input(&partial.display().to_string(), problem)),
            }
        },
    )?;
    // The library now opens with the key it was just written with, so the
    // next open in this process needs no second derivation.
    if let Some(cipher) = &target {
        remember(path, cipher);
    }
    Ok(())
}

/// The backups in the library's backups folder that are not encrypted.
pub fn plain_backups(library: &Path) -> Result<Vec<PathBuf>> {
    let mut plain = Vec::new();
    for (_, backup) in backups_in(&backup_folder(library))? {
        if !is_encrypted(&backup)? {
            plain.push(backup);
        }
    }
    Ok(plain)
}

/// Encrypts the plain library at `path` with `passphrase`, then does with
/// its plain backups what `backups` says; those backups.
pub fn encrypt(path: &Path, passphrase: &str, backups: PlainBackups) -> Result<Vec<PathBuf>> {
    if is_encrypted(path)? {
        return Err(Error::field(
            "passphrase",
            format!(
                "{} is encrypted already; change its passphrase instead",
                path.display()
            ),
        ));
    }
    check_new_passphrase(passphrase)?;
    let plain = plain_backups(path)?;
    let conn = Connection::open_in_memory()?;
    let cipher = Cipher::derive(passphrase, Cipher::new_salt(&conn)?)?;
    rewrite(path, None, Some(cipher.clone()), Some(passphrase))?;
    for backup in &plain {
        let done = match backups {
            PlainBackups::Keep => Ok(()),
            PlainBackups::Delete => std::fs::remove_file(backup).map_err(|e| Error::io(backup, e)),
            PlainBackups::Encrypt => encrypt_backup(backup, &cipher),
        };
        done.map_err(|e| {
            Error::bad_input(
                &backup.display().to_string(),
                format!("the library is encrypted, but this backup is not: {e}"),
            )
        })?;
    }
    Ok(plain)
}

/// Writes the plain backup at `backup` again, encrypted with `cipher`.
fn encrypt_backup(backup: &Path, cipher: &Cipher) -> Result<()> {
    rewritten(
        backup,
        |partial| {
            let conn = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            Store::over_connection(conn, None).export_to(partial, Some(cipher))
        },
        |partial| {
            let conn = Connection::open_with_flags(partial, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            conn.execute_batch(&format!("PRAGMA key = {};", cipher.sql()))?;
            match conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))? {
                ok if ok == "ok" => Ok(()),
                problem => Err(Error::bad_input(&partial.display().to_string(), problem)),
            }
        },
    )
}

/// Removes the encryption of the library at `path`, unlocked by `passphrase`.
pub fn decrypt(path: &Path, passphrase: &str) -> Result<()> {
    if !is_encrypted(path)? {
        return Err(Error::field(
            "passphrase",
            format!("{} is not encrypted", path.display()),
        ));
    }
    rewrite(path, Some(passphrase), None, None)
}

/// Changes the passphrase of the encrypted library at `path`.
pub fn change_passphrase(path: &Path, old: &str, new: &str) -> Result<()> {
    if !is_encrypted(path)? {
        return Err(Error::field(
            "passphrase",
            format!("{} is not encrypted", path.display()),
        ));
    }
    check_new_passphrase(new)?;
    let _alone = LibraryLock::exclusive(path)?;
    prepare_alone(path)?;
    let store = Store::open_held(path, Some(old))?;
    let salt = store.cipher().map(|c| c.salt).ok_or_else(|| locked(path))?;
    let cipher = Cipher::derive(new, salt)?;
    // A rollback journal makes the rekey one atomic transaction.
    store.conn.pragma_update(None, "journal_mode", "DELETE")?;
    store
        .conn
        .execute_batch(&format!("PRAGMA rekey = {};", cipher.sql()))?;
    store.conn.pragma_update(None, "journal_mode", "WAL")?;
    remember(path, &cipher);
    Ok(())
}
