//! Encryption at rest, the file rewritten: `encrypt` and `decrypt` copy
//! the whole library with `sqlcipher_export` into a new file beside it, check the copy, then rename it over the
//! library: a crash leaves the old file or the new one, never a mix. The
//! new key is remembered for the library, so the app reopens it at once.
//! `change_passphrase` re-encrypts in place with `PRAGMA rekey` under a
//! rollback journal, which is atomic too.

use super::key::{forget, is_encrypted, locked, remember, Cipher};
use crate::model::{Error, Result};
use crate::store::Store;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

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

/// A file beside the library, for a copy on its way in.
fn beside(path: &Path, what: &str) -> PathBuf {
    PathBuf::from(format!("{}.{what}", path.display()))
}

/// Writes the library at `path` again through `export`, checks the new file
/// opens with `check`, then renames it over the library.
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
    let partial = beside(path, "rewriting");
    let _ = std::fs::remove_file(&partial);
    let store = Store::open_unlocked(path, passphrase)?;
    let written = store.export_to(&partial, target.as_ref());
    drop(store);
    let checked = written.and_then(|()| {
        forget(&partial);
        let copy = Store::open_unlocked(&partial, check)?;
        match copy.integrity_check()? {
            ok if ok == "ok" => Ok(()),
            problem => Err(Error::bad_input(&partial.display().to_string(), problem)),
        }
    });
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let busy = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    if busy {
        let _ = std::fs::remove_file(&partial);
        return Err(Error::bad_input(
            &path.display().to_string(),
            "the library is open in another program (Plenary's window?); close it and try again",
        ));
    }
    for companion in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{companion}", path.display()));
    }
    forget(path);
    forget(&partial);
    std::fs::rename(&partial, path).map_err(|e| Error::io(path, e))?;
    // The library now opens with the key it was just written with, so the
    // next open in this process needs no second derivation.
    if let Some(cipher) = &target {
        remember(path, cipher);
    }
    Ok(())
}

/// Encrypts the plain library at `path` with `passphrase`.
pub fn encrypt(path: &Path, passphrase: &str) -> Result<()> {
    if is_encrypted(path)? {
        return Err(Error::field(
            "passphrase",
            format!(
                "{} is encrypted already; change its passphrase instead",
                path.display()
            ),
        ));
    }
    let conn = Connection::open_in_memory()?;
    let cipher = Cipher::derive(passphrase, Cipher::new_salt(&conn)?)?;
    rewrite(path, None, Some(cipher), Some(passphrase))
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
    let store = Store::open_unlocked(path, Some(old))?;
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
