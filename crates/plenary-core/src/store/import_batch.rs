//! Writing an import: documents are committed in batches (of up to 1,000
//! files or two seconds), each document still written under its own
//! savepoint so that a bad one leaves nothing behind. A batch's passages
//! enter the search index together, just before it commits: FTS5 writes
//! its new terms out as a segment at every commit (a commit per file made
//! one per file), and the fewer and larger the segments, the less it
//! merges them (migration 0013 lets a whole batch's terms wait in memory).
//!
//! A batch is a transaction guard: dropped without `finish` (an error, a
//! panic), it rolls back, so the connection is never left inside an open
//! transaction.

use super::{documents, facets, passages, reuse_links, search_index, NewDocument, NewLink, Store};
use crate::model::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::time::{Duration, Instant};

const BATCH_FILES: usize = 1_000;
const BATCH_TIME: Duration = Duration::from_secs(2);

/// An import's open write transaction.
pub struct ImportBatch<'a> {
    conn: &'a Connection,
    tx: Option<Transaction<'a>>,
    files: usize,
    started: Instant,
    /// The largest passage id before the batch.
    indexed_up_to: i64,
}

impl Store {
    /// Starts writing an import. Batches hold the write lock; the library
    /// stays readable by other connections.
    pub fn import_batch(&mut self) -> Result<ImportBatch<'_>> {
        // Fewer, larger WAL checkpoints while many files arrive: each one
        // otherwise clears SQLite's page cache.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 20_000)?;
        let mut batch = ImportBatch {
            conn: &self.conn,
            tx: None,
            files: 0,
            started: Instant::now(),
            indexed_up_to: 0,
        };
        batch.begin()?;
        Ok(batch)
    }
}

impl<'a> ImportBatch<'a> {
    fn begin(&mut self) -> Result<()> {
        let tx = Transaction::new_unchecked(self.conn, TransactionBehavior::Immediate)?;
        self.indexed_up_to = passages::last_passage_id(&tx)?;
        self.tx = Some(tx);
        self.files = 0;
        self.started = Instant::now();
        Ok(())
    }

    fn tx(&mut self) -> &mut Transaction<'a> {
        self.tx
            .as_mut()
            .expect("a batch holds its transaction until it ends")
    }

    /// Every document's content hash, with its id.
    pub fn content_hashes(&self) -> Result<rustc_hash::FxHashMap<String, i64>> {
        documents::content_hashes(self.conn)
    }

    /// The largest passage id in the library, 0 when there is none.
    pub fn last_passage_id(&self) -> i64 {
        self.indexed_up_to
    }

    /// Writes a new document, its passages, sentences and reuse links
    /// under their own savepoint: on an error nothing of it stays. A value
    /// the library refuses to hold (a constraint) is that file's bad input.
    pub fn insert(&mut self, doc: &NewDocument, links: &[NewLink]) -> Result<()> {
        let sp = self.tx().savepoint()?;
        let written = documents::insert(&sp, doc)
            .and_then(|()| facets::document_facets(&sp, doc.id, doc.metadata))
            .and_then(|facets| {
                passages::insert(&sp, doc.id, doc.first_passage_id, &facets, doc.passages)
            })
            .and_then(|()| reuse_links::insert(&sp, links));
        match written {
            Ok(()) => Ok(sp.commit()?),
            Err(Error::Database(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                Err(Error::bad_input(
                    doc.source_path,
                    format!("the library cannot store this document: {e}"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// Counts a file as done, committing the batch when it is full.
    pub fn file_done(&mut self) -> Result<()> {
        self.files += 1;
        if self.files >= BATCH_FILES || self.started.elapsed() >= BATCH_TIME {
            self.commit()?;
            self.begin()?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        let after = self.indexed_up_to;
        search_index::index_passages_after(self.tx(), after)?;
        if let Some(tx) = self.tx.take() {
            tx.commit()?;
        }
        Ok(())
    }

    /// Commits what is left.
    pub fn finish(mut self) -> Result<()> {
        self.commit()
    }
}

impl Drop for ImportBatch<'_> {
    fn drop(&mut self) {
        // An unfinished batch rolls back here, before the checkpoint
        // interval goes back to its default.
        drop(self.tx.take());
        let _ = self.conn.pragma_update(None, "wal_autocheckpoint", 1000);
    }
}
