//! Layer 3: the library file. `Store` is the only owner of the SQLite
//! connection and this folder the only place with SQL: the pragmas every
//! connection gets, the numbered migrations in `migrations/` (applied in
//! order and atomically at open), and one module per table or index, each
//! returning typed rows read by column name: the library's documents,
//! passages, indexes and links, and the drafting studio's drafts, talking
//! points, settings and templates; the desk's contacts and their log, its
//! commitments with their history, and the calendar of sessions; the
//! agreed texts; and the file's backups and its encryption.

mod agreed_texts;
mod backup;
mod cipher;
mod commitments;
mod contacts;
mod documents;
mod drafts;
mod facets;
mod filter;
mod import_batch;
mod passages;
mod reanalysis;
mod reuse_links;
mod schema;
mod search_index;
mod sessions;
mod settings;
mod talking_points;

pub use backup::{backups_in, restore, Restored};
pub use cipher::{change_passphrase, decrypt, encrypt, is_encrypted};
pub use commitments::{CommitmentQuery, StatementSentence, SuggestedSentence};
pub use contacts::ContactImport;
pub use documents::NewDocument;
pub use drafts::{DraftColumn, DraftValue, LastRevision, NewDraft, NewInsertion};
pub use import_batch::ImportBatch;
pub use passages::{BodySentence, PhraseSentence};
pub use reanalysis::Reanalysis;
pub use reuse_links::{LinkEnd, NewLink};
pub use search_index::{facet_expression, FilterReach, FullTextIndex, PassageMatcher, RankedRow};
pub use talking_points::PointValues;

use crate::model::{Error, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The library file when none is named: `plenary/library.db` in the
/// platform's data folder (`$XDG_DATA_HOME` on Linux), if there is one.
pub fn default_library_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("plenary").join("library.db"))
}

/// One SQLite library file (or an in-memory database in tests).
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// The key, when the file is encrypted.
    cipher: Option<cipher::Cipher>,
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
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let conn = Connection::open(path)?;
        let cipher = cipher::unlock(&conn, path, passphrase)?;
        Self::prepare(conn, Some(path.to_path_buf()), cipher)
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
        cipher: Option<cipher::Cipher>,
    ) -> Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -32_000)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrations().to_latest(&mut conn)?;
        Ok(Store { conn, path, cipher })
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

/// Now, as stored in `*_at` columns.
fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A text column read in place, without copying it.
fn text_ref<'r>(
    row: &'r rusqlite::Row,
    column: impl rusqlite::RowIndex,
) -> rusqlite::Result<&'r str> {
    match row.get_ref(column)? {
        rusqlite::types::ValueRef::Text(bytes) => {
            Ok(std::str::from_utf8(bytes).unwrap_or_default())
        }
        _ => Ok(""),
    }
}

/// A stored byte offset, never negative.
fn offset(row: &rusqlite::Row, column: impl rusqlite::RowIndex) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(column)?.max(0) as usize)
}

/// A value stored as one of its names (see `model::desk`'s `named!`).
struct Named<T>(T);

trait NamedValue: Sized {
    fn from_name(name: &str) -> Option<Self>;
}

impl<T: NamedValue> rusqlite::types::FromSql for Named<T> {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let name = value.as_str()?;
        T::from_name(name).map(Named).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown value '{name}'").into())
        })
    }
}

macro_rules! named_values {
    ($($type:ident),+) => {
        $(impl NamedValue for crate::model::$type {
            fn from_name(name: &str) -> Option<Self> {
                crate::model::$type::parse(name)
            }
        })+
    };
}

named_values!(
    PocType,
    ContactLogKind,
    ContactOutcome,
    CommitmentKind,
    CommitmentStatus
);

/// A day stored as `YYYY-MM-DD`.
struct Day(chrono::NaiveDate);

impl rusqlite::types::FromSql for Day {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Day)
            .map_err(|e| {
                rusqlite::types::FromSqlError::Other(format!("'{text}' is not a day: {e}").into())
            })
    }
}
