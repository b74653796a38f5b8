//! The connection to a library file: `Store` opens it (the file made
//! ready and this process's share of its lock taken first, see
//! `safekeeping::opening`; an encrypted one unlocked, see
//! `safekeeping::key`), sets the pragmas every connection gets, brings the
//! schema up to date with the migrations, and answers the file's own
//! questions (its data version, whether a transaction is open, its
//! integrity). The tables' queries are `impl Store` blocks in their own
//! modules. A writer kept out by another waits up to `BUSY_TIMEOUT`.

use super::safekeeping::key::{self, Cipher};
use super::safekeeping::lock::LibraryLock;
use super::safekeeping::opening;
use super::schema;
use crate::model::Result;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a write waits for another connection's to end.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// One SQLite library file (or an in-memory database in tests).
pub struct Store {
    pub(super) conn: Connection,
    pub(super) path: Option<PathBuf>,
    /// The key, when the file is encrypted.
    pub(super) cipher: Option<Cipher>,
    /// This process's share of the library's lock, held while the
    /// connection is open (it is dropped after the connection, declared
    /// after it). None for a file this process holds alone (a rewrite's)
    /// and for a store in memory.
    lock: Option<LibraryLock>,
    /// The library's files that others could read when it was opened.
    tightened: Vec<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the library file at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_unlocked(path, None)
    }

    /// Opens the library file at `path` as `open` does, unlocking it with
    /// `passphrase` when it is encrypted (see `cipher`); a wrong passphrase
    /// is an error and nothing is written.
    pub fn open_unlocked(path: &Path, passphrase: Option<&str>) -> Result<Self> {
        let opened = opening::open(path)?;
        let mut store = Self::open_held(path, passphrase)?;
        store.lock = Some(opened.lock);
        store.tightened = opened.tightened;
        Ok(store)
    }

    /// Opens a file this process already holds alone (a rewrite's), or a
    /// copy of its own, with no lock of its own.
    pub(in crate::store) fn open_held(path: &Path, passphrase: Option<&str>) -> Result<Self> {
        let conn = Connection::open(path)?;
        let cipher = key::unlock(&conn, path, passphrase)?;
        Self::prepare(conn, Some(path.to_path_buf()), cipher)
    }

    /// A store over a connection as it is: no pragmas, no migrations, no
    /// lock (a backup being checked or copied).
    pub(in crate::store) fn over_connection(conn: Connection, cipher: Option<Cipher>) -> Self {
        Store {
            conn,
            path: None,
            cipher,
            lock: None,
            tightened: Vec::new(),
        }
    }

    /// The files of the library that others of this computer could read
    /// when it was opened, and that only its owner can read now.
    pub fn tightened(&self) -> &[PathBuf] {
        &self.tightened
    }

    /// Opens the library file for one long read, such as building the
    /// reuse index on a connection of its own: with a small page cache,
    /// since a scan reads each page once and the memory would stay with
    /// the process after the connection closes.
    pub fn open_for_scan(path: &Path) -> Result<Self> {
        let store = Self::open(path)?;
        store.conn.pragma_update(None, "cache_size", -2_000)?;
        Ok(store)
    }

    /// A store that lives only as long as the value: for tests and benches.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, None, None)
    }

    /// The file this library lives in, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn prepare(
        mut conn: Connection,
        path: Option<PathBuf>,
        cipher: Option<Cipher>,
    ) -> Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -32_000)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        schema::migrations().to_latest(&mut conn)?;
        let mut store = Self::over_connection(conn, cipher);
        store.path = path;
        Ok(store)
    }

    /// A number that changes whenever another connection (another process,
    /// such as the CLI while the app is open) commits to the file; this
    /// connection's own writes leave it as it was.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?)
    }

    /// True when no transaction is open on the connection.
    pub fn is_idle(&self) -> bool {
        self.conn.is_autocommit()
    }

    /// Runs SQLite's own consistency check, then checks that the word
    /// index holds exactly the passages and that the trigram index is
    /// whole; "ok" when all pass, otherwise the first problem found.
    pub fn integrity_check(&self) -> Result<String> {
        let file: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if file != "ok" {
            return Ok(file);
        }
        // With rank 1, FTS5 compares its index with the passages table.
        if let Err(e) = self.conn.execute(
            "INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)",
            [],
        ) {
            return Ok(format!("the search index does not match the passages: {e}"));
        }
        // The trigram index holds only the passages in scripts without
        // spaces, so it is checked on its own, not against the table.
        match self.conn.execute(
            "INSERT INTO passages_trigram (passages_trigram) VALUES ('integrity-check')",
            [],
        ) {
            Ok(_) => Ok(file),
            Err(e) => Ok(format!("the trigram search index is damaged: {e}")),
        }
    }
}
