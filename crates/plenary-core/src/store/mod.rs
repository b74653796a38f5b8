//! The library file: opening it, the pragmas every connection gets, and the
//! numbered migrations in `migrations/`, applied in order and atomically at
//! open. Queries live beside this file, one file per table or concern.

mod documents;
pub mod facets;
mod filter;
pub mod schema;

pub(crate) use documents::{content_hashes, index_passages_after, last_passage_id};
pub use documents::{Document, DocumentSummary, LibraryStats, Passage, Sentence, METADATA_FIELDS};
pub use filter::Filter;

use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The library file when none is named: `plenary/library.db` in the
/// platform's data folder (`$XDG_DATA_HOME` on Linux), if there is one.
pub fn default_library_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("plenary").join("library.db"))
}

/// An open library: one SQLite file (or an in-memory database in tests).
pub struct Library {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// Built on first use by reuse; see `reuse::ReuseIndex`.
    pub(crate) reuse: std::cell::OnceCell<crate::reuse::ReuseIndex>,
}

impl Library {
    /// Opens (creating if needed) the library file at `path` and brings its
    /// schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let conn = Connection::open(path)?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A library that lives only as long as the value: for tests and benches.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    /// The file this library lives in, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -32_000)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrations().to_latest(&mut conn)?;
        Ok(Library {
            conn,
            path,
            reuse: std::cell::OnceCell::new(),
        })
    }

    /// Runs SQLite's own consistency check, then checks that the word
    /// index holds exactly the passages; "ok" when both pass, otherwise the
    /// first problem found.
    pub fn integrity_check(&self) -> Result<String> {
        let file: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if file != "ok" {
            return Ok(file);
        }
        // With rank 1, FTS5 compares its index with the passages table.
        match self.conn.execute(
            "INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)",
            [],
        ) {
            Ok(_) => Ok(file),
            Err(e) => Ok(format!("the search index does not match the passages: {e}")),
        }
    }
}
