//! Importing files into the library. Files and folders (walked recursively)
//! are read and parsed on one worker thread and placed on another (ids
//! chosen, duplicates told, sentences matched for reuse), while the calling
//! thread writes each document under its own savepoint inside short
//! batches (see `store::ImportBatch`), so one bad file never leaves
//! anything half-written and never costs the good files beside it. The
//! library's write lock is held only while documents are being written: a
//! batch is committed as soon as the next document is not ready within
//! `IDLE` (a slow file being parsed), so other writers never wait on a
//! parse.
//! Every file gets an outcome: imported, duplicate (same content hash),
//! skipped (not a format Plenary reads, inside a folder), or failed with
//! the kind of error and its reason.

mod behalf;
mod docx;
mod forums;
pub mod front_matter;
mod header;
mod html;
mod kinds;
mod markdown_writer;
pub mod metadata;
mod pdf;
mod prepare;
pub mod read;
mod reanalyse;
mod speakers;
mod titles;
mod walk;

pub use prepare::{prepare_bytes, prepare_file, PreparedDocument};
pub use read::{Format, RawDocument};
pub use reanalyse::{reanalyse_documents, ReanalysisReport};

use crate::model::{Error, ErrorKind, Result};
use crate::reuse::{self, ReuseIndex};
use crate::store::{NewDocument, NewLink, Store};
use serde::Serialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;
use walk::Candidate;

/// How long the writer waits, batch open, for the next document before it
/// commits and lets other writers in.
const IDLE: Duration = Duration::from_millis(20);

/// What happened to one file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum FileOutcome {
    Imported {
        path: String,
        document_id: i64,
        warnings: Vec<String>,
    },
    /// The same content as a document already in the library.
    Duplicate {
        path: String,
        document_id: i64,
        warnings: Vec<String>,
    },
    /// A file in a folder that is not in a format Plenary reads.
    Skipped { path: String, reason: String },
    Failed {
        path: String,
        kind: ErrorKind,
        /// Why, in words for a person (the path is not repeated).
        reason: String,
    },
}

impl FileOutcome {
    pub fn path(&self) -> &str {
        match self {
            FileOutcome::Imported { path, .. }
            | FileOutcome::Duplicate { path, .. }
            | FileOutcome::Skipped { path, .. }
            | FileOutcome::Failed { path, .. } => path,
        }
    }

    /// The document the file is stored as, when it is.
    pub fn document_id(&self) -> Option<i64> {
        match self {
            FileOutcome::Imported { document_id, .. }
            | FileOutcome::Duplicate { document_id, .. } => Some(*document_id),
            FileOutcome::Skipped { .. } | FileOutcome::Failed { .. } => None,
        }
    }

    /// What reading the file noticed (a guessed encoding, ignored fields).
    pub fn warnings(&self) -> &[String] {
        match self {
            FileOutcome::Imported { warnings, .. } | FileOutcome::Duplicate { warnings, .. } => {
                warnings
            }
            FileOutcome::Skipped { .. } | FileOutcome::Failed { .. } => &[],
        }
    }

    fn failed(path: &Path, error: &Error) -> Self {
        FileOutcome::Failed {
            path: path.display().to_string(),
            kind: error.kind(),
            reason: error.reason(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ImportReport {
    pub files: Vec<FileOutcome>,
    pub imported: usize,
    pub duplicates: usize,
    pub skipped: usize,
    pub failed: usize,
}

/// Progress of a long import, reported after each file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
    pub path: String,
}

/// The ids a new document will be written under, chosen before it is
/// written so that its sentences can be matched while earlier documents are
/// being written, and the reuse links found for it.
struct Placement {
    document_id: i64,
    first_passage_id: i64,
    links: Vec<NewLink>,
}

/// A parsed document, placed: new, or the same content as a stored one
/// (with the warnings its file gave).
enum Placed {
    New(Box<PreparedDocument>, Placement),
    Duplicate(i64, Vec<String>),
}

/// The import's middle stage: it tells duplicates by content hash, gives
/// each new document its ids (the next free ones, as SQLite would), and
/// matches its sentences against the reuse index, which it owns while the
/// import runs.
struct Placer {
    reuse: ReuseIndex,
    known: rustc_hash::FxHashMap<String, i64>,
    next_document_id: i64,
    next_passage_id: i64,
}

impl Placer {
    fn place(&mut self, doc: PreparedDocument) -> Placed {
        if let Some(&id) = self.known.get(&doc.content_hash) {
            return Placed::Duplicate(id, doc.warnings);
        }
        let placement = Placement {
            document_id: self.next_document_id,
            first_passage_id: self.next_passage_id,
            links: reuse::link_new_document(
                &mut self.reuse,
                self.next_document_id,
                self.next_passage_id,
                doc.metadata.date,
                &doc.passages,
            ),
        };
        self.known
            .insert(doc.content_hash.clone(), placement.document_id);
        self.next_document_id += 1;
        self.next_passage_id += doc.passages.len() as i64;
        Placed::New(Box::new(doc), placement)
    }
}

/// Imports files and folders (recursively) with the library's reuse index,
/// calling `on_progress` after each file. Only a failure of the library
/// itself is an `Err`; a bad file is a `Failed` outcome in the report.
/// Gives back the index holding the new documents' sentences, or `None`
/// when it no longer matches the library (after a failure), to be rebuilt.
///
/// Three stages run at once: one thread reads and parses files, one
/// places them (`Placer`), and this one writes them.
pub fn import_paths(
    store: &mut Store,
    index: ReuseIndex,
    paths: &[PathBuf],
    mut on_progress: impl FnMut(&ImportProgress),
) -> Result<(ImportReport, Option<ReuseIndex>)> {
    let mut candidates = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        walk::files_under(path, &mut candidates, &mut unreadable);
    }
    let mut report = ImportReport::default();
    for u in unreadable {
        report.push(FileOutcome::Failed {
            path: u.path.display().to_string(),
            kind: ErrorKind::Io,
            reason: u.problem,
        });
    }
    let total = candidates.len() + report.files.len();
    let mut batch = store.import_batch()?;
    let known = batch.content_hashes()?;
    let placer = Placer {
        next_document_id: batch.last_document_id() + 1,
        next_passage_id: batch.last_passage_id() + 1,
        known,
        reuse: index,
    };
    // Passage ids of documents that failed as they were written: links to
    // them are dropped, and the index, which holds their sentences, too.
    let mut unwritten: Vec<Range<i64>> = Vec::new();
    let (parsed_tx, parsed_rx) = std::sync::mpsc::sync_channel(32);
    let (placed_tx, placed_rx) = std::sync::mpsc::sync_channel(32);
    let index = std::thread::scope(|scope| -> Result<Option<ReuseIndex>> {
        scope.spawn(move || {
            for c in candidates {
                let prepared = prepare_file(&c.path);
                if parsed_tx.send((c, prepared)).is_err() {
                    break;
                }
            }
        });
        let placing = scope.spawn(move || {
            let mut placer = placer;
            for (c, prepared) in parsed_rx {
                if placed_tx
                    .send((c, prepared.map(|d| placer.place(d))))
                    .is_err()
                {
                    break;
                }
            }
            placer.reuse
        });
        loop {
            let next = match batch.is_open() {
                true => match placed_rx.recv_timeout(IDLE) {
                    Ok(next) => Some(next),
                    Err(RecvTimeoutError::Timeout) => {
                        batch.commit()?;
                        placed_rx.recv().ok()
                    }
                    Err(RecvTimeoutError::Disconnected) => None,
                },
                false => placed_rx.recv().ok(),
            };
            let Some((candidate, placed)) = next else {
                break;
            };
            let outcome = settle(&mut batch, &candidate, placed, &mut unwritten)?;
            batch.file_done()?;
            report.push(outcome);
            on_progress(&ImportProgress {
                done: report.files.len(),
                total,
                path: candidate.path.display().to_string(),
            });
        }
        let shifted = batch.was_shifted();
        batch.finish()?;
        let index = placing
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok((!shifted).then_some(index))
    })?;
    Ok((report, index.filter(|_| unwritten.is_empty())))
}

/// Imports one text the app wrote (a delivered draft: Markdown with front
/// matter) as if it were a file called `name`: parsed, placed and written
/// exactly as an imported file is, its sentences matched against `index`
/// and added to it. Gives back the file's outcome and the index, or `None`
/// when the index no longer matches the library, to be rebuilt.
pub fn import_markdown(
    store: &mut Store,
    index: ReuseIndex,
    name: &str,
    markdown: &str,
) -> Result<(FileOutcome, Option<ReuseIndex>)> {
    let prepared = prepare_bytes(name, Format::Markdown, markdown.as_bytes());
    let mut batch = store.import_batch()?;
    let known = batch.content_hashes()?;
    let mut placer = Placer {
        next_document_id: batch.last_document_id() + 1,
        next_passage_id: batch.last_passage_id() + 1,
        known,
        reuse: index,
    };
    let candidate = Candidate {
        path: PathBuf::from(name),
        named: true,
    };
    let mut unwritten = Vec::new();
    let placed = prepared.map(|doc| placer.place(doc));
    let outcome = settle(&mut batch, &candidate, placed, &mut unwritten)?;
    let shifted = batch.was_shifted();
    batch.finish()?;
    Ok((
        outcome,
        (unwritten.is_empty() && !shifted).then_some(placer.reuse),
    ))
}

/// Writes one parsed and placed file, or tells it was a duplicate or
/// could not be read: its outcome, or the library's own failure.
fn settle(
    batch: &mut crate::store::ImportBatch,
    candidate: &Candidate,
    placed: Result<Placed>,
    unwritten: &mut Vec<Range<i64>>,
) -> Result<FileOutcome> {
    match placed {
        Ok(Placed::New(doc, placement)) => write(batch, candidate, &doc, placement, unwritten),
        Ok(Placed::Duplicate(id, warnings)) => Ok(FileOutcome::Duplicate {
            path: candidate.path.display().to_string(),
            document_id: batch.document_id(id),
            warnings,
        }),
        Err(e) => outcome_of_error(candidate, e),
    }
}

/// Writes one placed document: its outcome, or the library's own failure.
fn write(
    batch: &mut crate::store::ImportBatch,
    candidate: &Candidate,
    doc: &PreparedDocument,
    placement: Placement,
    unwritten: &mut Vec<Range<i64>>,
) -> Result<FileOutcome> {
    let links: Vec<NewLink> = placement
        .links
        .into_iter()
        .filter(|l| {
            !unwritten
                .iter()
                .any(|r| r.contains(&l.source_passage_id) || r.contains(&l.target_passage_id))
        })
        .collect();
    let new = NewDocument {
        id: placement.document_id,
        first_passage_id: placement.first_passage_id,
        source_path: &doc.source_path,
        format: doc.format.as_str(),
        content_hash: &doc.content_hash,
        markdown: &doc.markdown,
        layout: doc.layout,
        metadata: &doc.metadata,
        passages: &doc.passages,
        front_matter_fields: &doc.front_matter_fields,
        inferred_fields: &doc.inferred_fields,
        warnings: &doc.warnings,
    };
    match batch.insert(&new, &links) {
        Ok(document_id) => Ok(FileOutcome::Imported {
            path: candidate.path.display().to_string(),
            document_id,
            warnings: doc.warnings.clone(),
        }),
        Err(e) if e.is_about_input() => {
            let first = placement.first_passage_id;
            unwritten.push(first..first + doc.passages.len() as i64);
            Ok(FileOutcome::failed(&candidate.path, &e))
        }
        Err(e) => Err(e),
    }
}

/// A file that could not be read or parsed: skipped when a folder walk
/// found it in a format Plenary does not read, failed otherwise.
fn outcome_of_error(candidate: &Candidate, error: Error) -> Result<FileOutcome> {
    match error {
        Error::UnsupportedFormat { .. } if !candidate.named => Ok(FileOutcome::Skipped {
            path: candidate.path.display().to_string(),
            reason: error.reason(),
        }),
        e if e.is_about_input() => Ok(FileOutcome::failed(&candidate.path, &e)),
        e => Err(e),
    }
}

impl ImportReport {
    fn push(&mut self, outcome: FileOutcome) {
        match outcome {
            FileOutcome::Imported { .. } => self.imported += 1,
            FileOutcome::Duplicate { .. } => self.duplicates += 1,
            FileOutcome::Skipped { .. } => self.skipped += 1,
            FileOutcome::Failed { .. } => self.failed += 1,
        }
        self.files.push(outcome);
    }
}
