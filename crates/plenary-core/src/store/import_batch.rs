//! Writing an import in batches that other writers (a draft saved in the
//! window, another command) can wait out. A batch is a write transaction
//! begun only when a document is ready to be written (files are read and
//! parsed outside it), and committed after 1,000 files or a second of
//! writing, or as soon as the caller has nothing ready to write (`commit`);
//! after a commit the library is left free for `YIELD` before the next
//! batch begins, long enough for a writer waiting in SQLite's busy handler,
//! which tries again at least every 100 ms, to get in (a writer waits up to
//! five seconds, well over a batch). Each document is still written under
//! its own savepoint, so a bad one leaves nothing behind. A batch's
//! passages enter the search index together, just before it commits: FTS5
//! writes its new terms out as a segment at every commit, and the fewer and
//! larger the segments, the less it merges them (migration 0013 lets a
//! whole batch's terms wait in memory).
//!
//! Ids are chosen before documents are written (see `import`); if another
//! writer added documents between batches, the ids still to be written
//! move up past theirs (`Shift`), links between this import's own
//! passages included.
//!
//! A batch is a transaction guard: dropped without `finish` (an error, a
//! panic), it rolls back, so the connection is never left inside an open
//! transaction.

use super::{documents, facets, passages, reuse_links, search_index, NewDocument, NewLink, Store};
use crate::model::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::time::{Duration, Instant};

const BATCH_FILES: usize = 1_000;
const BATCH_TIME: Duration = Duration::from_secs(1);
/// How long the library is left free between two batches.
const YIELD: Duration = Duration::from_millis(110);

/// How far the ids this import chose (documents' or passages') have moved
/// up because another writer took some: `(from, by)` pairs, in order, each
/// saying that this import's ids from `from` on move up by `by`.
#[derive(Default)]
struct Shift {
    /// The first id this import chose.
    first: i64,
    steps: Vec<(i64, i64)>,
}

impl Shift {
    fn new(first: i64) -> Self {
        Shift {
            first,
            steps: Vec::new(),
        }
    }

    /// Where the id chosen as `id` is written (an id that was in the
    /// library before the import stays).
    fn of(&self, id: i64) -> i64 {
        if id < self.first {
            return id;
        }
        let by = self
            .steps
            .iter()
            .rev()
            .find(|(from, _)| id >= *from)
            .map_or(0, |(_, by)| *by);
        id + by
    }

    /// Another writer took `more` ids; this import's from `next` on move.
    fn add(&mut self, next: i64, more: i64) {
        let by = self.steps.last().map_or(0, |(_, by)| *by);
        self.steps.push((next, by + more));
    }
}

/// An import's writing, in batches.
pub struct ImportBatch<'a> {
    conn: &'a Connection,
    tx: Option<Transaction<'a>>,
    files: usize,
    started: Instant,
    committed: Option<Instant>,
    /// The largest passage id before the batch.
    indexed_up_to: i64,
    /// The largest document and passage ids in the library as far as this
    /// import knows (its own writes included).
    last_document: i64,
    last_passage: i64,
    /// The ids chosen for the next document this import writes, and for
    /// its first passage.
    next_document: i64,
    next_passage: i64,
    documents: Shift,
    passages: Shift,
}

impl Store {
    /// Starts writing an import. The library stays readable by other
    /// connections, and writable between batches.
    pub fn import_batch(&mut self) -> Result<ImportBatch<'_>> {
        // Fewer, larger WAL checkpoints while many files arrive: each one
        // otherwise clears SQLite's page cache.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 20_000)?;
        let last_passage = passages::last_passage_id(&self.conn)?;
        let last_document = documents::last_document_id(&self.conn)?;
        Ok(ImportBatch {
            conn: &self.conn,
            tx: None,
            files: 0,
            started: Instant::now(),
            committed: None,
            indexed_up_to: last_passage,
            last_document,
            last_passage,
            next_document: last_document + 1,
            next_passage: last_passage + 1,
            documents: Shift::new(last_document + 1),
            passages: Shift::new(last_passage + 1),
        })
    }
}

impl<'a> ImportBatch<'a> {
    /// Begins a batch: the write transaction, once the library has been
    /// left free long enough since the last, and the ids moved up past any
    /// another writer took meanwhile.
    fn begin(&mut self) -> Result<Transaction<'a>> {
        if let Some(since) = self.committed.map(|at| at.elapsed()) {
            if since < YIELD {
                std::thread::sleep(YIELD - since);
            }
        }
        let tx = Transaction::new_unchecked(self.conn, TransactionBehavior::Immediate)?;
        let last_passage = passages::last_passage_id(&tx)?;
        let last_document = documents::last_document_id(&tx)?;
        // Another writer added documents since this import last wrote.
        if last_document > self.last_document {
            let more = last_document - self.last_document;
            self.documents.add(self.next_document, more);
            self.last_document = last_document;
        }
        if last_passage > self.last_passage {
            let more = last_passage - self.last_passage;
            self.passages.add(self.next_passage, more);
            self.last_passage = last_passage;
        }
        self.indexed_up_to = last_passage;
        self.files = 0;
        self.started = Instant::now();
        Ok(tx)
    }

    /// Every document's content hash, with its id.
    pub fn content_hashes(&self) -> Result<rustc_hash::FxHashMap<String, i64>> {
        documents::content_hashes(self.conn)
    }

    /// The largest document id in the library, 0 when there is none.
    pub fn last_document_id(&self) -> i64 {
        self.last_document
    }

    /// The largest passage id in the library, 0 when there is none.
    pub fn last_passage_id(&self) -> i64 {
        self.last_passage
    }

    /// True when another writer took ids this import had chosen, so that
    /// its documents were written under others.
    pub fn was_shifted(&self) -> bool {
        !self.documents.steps.is_empty() || !self.passages.steps.is_empty()
    }

    /// The id a document this import chose `id` for was written under.
    pub fn document_id(&self, id: i64) -> i64 {
        self.documents.of(id)
    }

    /// Writes a new document, its passages, sentences and reuse links
    /// under their own savepoint: on an error nothing of it stays. A value
    /// the library refuses to hold (a constraint) is that file's bad input.
    /// The document's id, which is the one chosen unless another writer
    /// took it meanwhile.
    pub fn insert(&mut self, doc: &NewDocument, links: &[NewLink]) -> Result<i64> {
        let tx = match self.tx.take() {
            Some(tx) => tx,
            None => self.begin()?,
        };
        let tx = self.tx.insert(tx);
        self.next_document = doc.id + 1;
        self.next_passage = doc.first_passage_id + doc.passages.len() as i64;
        let placed = NewDocument {
            id: self.documents.of(doc.id),
            first_passage_id: self.passages.of(doc.first_passage_id),
            ..*doc
        };
        let links: Vec<NewLink> = links
            .iter()
            .map(|l| NewLink {
                source_passage_id: self.passages.of(l.source_passage_id),
                target_passage_id: self.passages.of(l.target_passage_id),
                ..*l
            })
            .collect();
        let sp = tx.savepoint()?;
        let written = documents::insert(&sp, &placed)
            .and_then(|()| facets::document_facets(&sp, placed.id, placed.metadata))
            .and_then(|facets| {
                passages::insert(
                    &sp,
                    placed.id,
                    placed.first_passage_id,
                    &facets,
                    placed.passages,
                )
            })
            .and_then(|()| reuse_links::insert(&sp, &links));
        match written {
            Ok(()) => {
                sp.commit()?;
                self.last_document = self.last_document.max(placed.id);
                let last = placed.first_passage_id + placed.passages.len() as i64 - 1;
                self.last_passage = self.last_passage.max(last);
                Ok(placed.id)
            }
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

    /// Counts a file as done, committing the batch when it is full or has
    /// been writing for long enough.
    pub fn file_done(&mut self) -> Result<()> {
        self.files += 1;
        if self.files >= BATCH_FILES || self.started.elapsed() >= BATCH_TIME {
            self.commit()?;
        }
        Ok(())
    }

    /// True while a batch is open (the library's write lock held).
    pub fn is_open(&self) -> bool {
        self.tx.is_some()
    }

    /// Commits the open batch, if there is one, leaving the library free
    /// to other writers until a document is ready to be written.
    pub fn commit(&mut self) -> Result<()> {
        let Some(tx) = self.tx.take() else {
            return Ok(());
        };
        search_index::index_passages_after(&tx, self.indexed_up_to)?;
        tx.commit()?;
        self.committed = Some(Instant::now());
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
