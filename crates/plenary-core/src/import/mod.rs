//! Importing files into the library. Files and folders (walked recursively)
//! are read and parsed on one worker thread and matched for reuse on
//! another, while this thread writes each document under its own savepoint,
//! inside batches committed every 100 files or half second, so one bad file
//! never leaves anything half-written.
//! Every file gets an outcome: imported, duplicate (same content hash),
//! skipped (not a format Plenary reads, inside a folder), or failed with its
//! reason.

pub mod dates;
mod docx;
pub mod front_matter;
mod html;
pub mod metadata;
pub mod read;
pub mod states;

pub use metadata::Metadata;
pub use read::{Format, RawDocument};

use crate::error::{Error, Result};
use crate::store::{self, Library};
use crate::text::{self, PassageDraft};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A file read and parsed, ready to be written.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    pub source_path: String,
    pub format: Format,
    pub content_hash: String,
    pub markdown: String,
    pub passages: Vec<PassageDraft>,
    pub metadata: Metadata,
    /// Fields that came from front matter rather than heuristics.
    pub front_matter_fields: Vec<&'static str>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    Imported,
    Duplicate,
    Skipped,
    Failed,
}

/// What happened to one file.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct FileOutcome {
    pub path: String,
    pub status: FileStatus,
    pub document_id: Option<i64>,
    /// The reason for a failure or a skip.
    pub message: Option<String>,
    pub warnings: Vec<String>,
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

/// A file to import and whether the user named it or a folder walk found it.
struct Candidate {
    path: PathBuf,
    named: bool,
}

/// Reads and parses one file without touching the library.
pub fn prepare_file(path: &Path) -> Result<PreparedDocument> {
    let shown = path.display().to_string();
    let format = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
        .ok_or_else(|| {
            Error::bad_input(
                &shown,
                format!("not a format Plenary reads; use {}", read::SUPPORTED),
            )
        })?;
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    if size > read::MAX_FILE_BYTES {
        return Err(Error::bad_input(
            &shown,
            format!(
                "the file is {:.1} MB; Plenary imports files of at most {} MB",
                size as f64 / 1e6,
                read::MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    prepare_bytes(&shown, format, &bytes)
}

/// Reads and parses a file's bytes; `name` is used in messages.
pub fn prepare_bytes(name: &str, format: Format, bytes: &[u8]) -> Result<PreparedDocument> {
    let raw = read::read(format, bytes).map_err(|p| Error::bad_input(name, p))?;
    let content_hash = blake3::hash(raw.markdown.as_bytes()).to_hex().to_string();
    let parts = front_matter::split(&raw.markdown);
    let mut warnings = raw.warnings.clone();
    let (mut metadata, front_matter_fields) = match parts.yaml {
        Some(yaml) => {
            let (meta, mut unknown) =
                front_matter::parse(yaml).map_err(|p| Error::bad_input(name, p))?;
            warnings.append(&mut unknown);
            let fields = set_fields(&meta);
            (meta, fields)
        }
        None => (Metadata::default(), Vec::new()),
    };
    let passages = text::passages(parts.body);
    if passages.is_empty() {
        return Err(Error::bad_input(name, "the file has no paragraphs of text"));
    }
    metadata.fill_from(metadata::infer(&passages));
    if metadata.title.is_none() {
        metadata.title = Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
    }
    Ok(PreparedDocument {
        source_path: name.to_owned(),
        format: raw.format,
        content_hash,
        markdown: parts.body.to_owned(),
        passages,
        metadata,
        front_matter_fields,
        warnings,
    })
}

fn set_fields(meta: &Metadata) -> Vec<&'static str> {
    let value = serde_json::to_value(meta).unwrap_or_default();
    crate::store::METADATA_FIELDS
        .iter()
        .copied()
        .filter(|f| {
            value
                .get(f)
                .is_some_and(|v| !v.is_null() && v != &serde_json::json!([]))
        })
        .collect()
}

/// The ids a new document will be written under, chosen before it is
/// written so that its sentences can be matched while earlier documents are
/// being written, and the reuse links found for it.
pub(crate) struct Placement {
    pub document_id: i64,
    pub first_passage_id: i64,
    pub links: Vec<crate::reuse::LinkRow>,
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
/// import runs. Batches hold the write lock; should another program add
/// documents between two batches, the next insert fails on its id and the
/// import stops there, its open batch rolled back.
struct Placer {
    reuse: crate::reuse::ReuseIndex,
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
            links: crate::reuse::link_new_document(
                &mut self.reuse,
                self.next_document_id,
                self.next_passage_id,
                &doc,
            ),
        };
        self.known
            .insert(doc.content_hash.clone(), placement.document_id);
        self.next_document_id += 1;
        self.next_passage_id += doc.passages.len() as i64;
        Placed::New(Box::new(doc), placement)
    }
}

impl Library {
    /// Imports files and folders (recursively), calling `on_progress` after
    /// each file. Only a failure of the library itself is an `Err`; a bad
    /// file is a `Failed` outcome in the report.
    ///
    /// Three stages run at once: one thread reads and parses files, one
    /// places them (`Placer`), and this one writes them.
    pub fn import_paths(
        &mut self,
        paths: &[PathBuf],
        mut on_progress: impl FnMut(&ImportProgress),
    ) -> Result<ImportReport> {
        let mut candidates = Vec::new();
        let mut report = ImportReport::default();
        for path in paths {
            collect(path, true, &mut candidates, &mut report);
        }
        let total = candidates.len() + report.files.len();
        self.reuse_index()?;
        // Fewer, larger WAL checkpoints while many files arrive: each one
        // otherwise clears SQLite's page cache.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 20_000)?;
        let (parsed_tx, parsed_rx) = std::sync::mpsc::sync_channel(32);
        let (placed_tx, placed_rx) = std::sync::mpsc::sync_channel(32);
        let result = std::thread::scope(|scope| -> Result<crate::reuse::ReuseIndex> {
            let mut batch = Batch::begin(&self.conn)?;
            let known = store::content_hashes(&self.conn)?;
            let mut placer = Placer {
                next_document_id: known.values().max().map_or(1, |id| id + 1),
                next_passage_id: batch.indexed_up_to + 1,
                known,
                reuse: self.reuse.take().unwrap_or_default(),
            };
            scope.spawn(move || {
                for c in candidates {
                    let prepared = prepare_file(&c.path);
                    if parsed_tx.send((c, prepared)).is_err() {
                        break;
                    }
                }
            });
            let placing = scope.spawn(move || {
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
            for (candidate, placed) in placed_rx {
                let outcome = match placed {
                    Err(Error::BadInput { problem, .. })
                        if !candidate.named && problem.starts_with("not a format") =>
                    {
                        outcome(
                            &candidate.path,
                            FileStatus::Skipped,
                            None,
                            Some(problem),
                            Vec::new(),
                        )
                    }
                    Err(e @ (Error::BadInput { .. } | Error::Io { .. })) => outcome(
                        &candidate.path,
                        FileStatus::Failed,
                        None,
                        Some(e.to_string()),
                        Vec::new(),
                    ),
                    Err(e) => return Err(e),
                    Ok(Placed::Duplicate(id, warnings)) => outcome(
                        &candidate.path,
                        FileStatus::Duplicate,
                        Some(id),
                        Some(format!("same content as document {id}")),
                        warnings,
                    ),
                    Ok(Placed::New(doc, placement)) => {
                        self.insert_document(&doc, &placement)?;
                        outcome(
                            &candidate.path,
                            FileStatus::Imported,
                            Some(placement.document_id),
                            None,
                            doc.warnings,
                        )
                    }
                };
                batch.file_done(&self.conn)?;
                report.push(outcome);
                on_progress(&ImportProgress {
                    done: report.files.len(),
                    total,
                    path: candidate.path.display().to_string(),
                });
            }
            batch.commit(&self.conn)?;
            Ok(placing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        });
        if result.is_err() && !self.conn.is_autocommit() {
            // The library failed mid-batch: drop the whole batch rather
            // than leave it open.
            self.conn.execute_batch("ROLLBACK")?;
        }
        self.conn.pragma_update(None, "wal_autocheckpoint", 1000)?;
        // The index now holds the imported documents' sentences. After a
        // failure it went with the placing thread, and is rebuilt from the
        // library when next needed.
        let _ = self.reuse.set(result?);
        Ok(report)
    }
}

impl ImportReport {
    fn push(&mut self, outcome: FileOutcome) {
        match outcome.status {
            FileStatus::Imported => self.imported += 1,
            FileStatus::Duplicate => self.duplicates += 1,
            FileStatus::Skipped => self.skipped += 1,
            FileStatus::Failed => self.failed += 1,
        }
        self.files.push(outcome);
    }
}

fn outcome(
    path: &Path,
    status: FileStatus,
    id: Option<i64>,
    message: Option<String>,
    warnings: Vec<String>,
) -> FileOutcome {
    FileOutcome {
        path: path.display().to_string(),
        status,
        document_id: id,
        message,
        warnings,
    }
}

/// Expands a named path into files; folders are walked in name order, and
/// hidden files and folders are passed over.
fn collect(path: &Path, named: bool, out: &mut Vec<Candidate>, report: &mut ImportReport) {
    match std::fs::metadata(path) {
        Err(e) => report.push(outcome(
            path,
            FileStatus::Failed,
            None,
            Some(format!("{}: {e}", path.display())),
            Vec::new(),
        )),
        Ok(meta) if meta.is_dir() => {
            let entries = match std::fs::read_dir(path) {
                Ok(entries) => entries,
                Err(e) => {
                    let message = format!("{}: the folder cannot be read: {e}", path.display());
                    return report.push(outcome(
                        path,
                        FileStatus::Failed,
                        None,
                        Some(message),
                        Vec::new(),
                    ));
                }
            };
            let mut children: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            children.sort();
            for child in children {
                collect(&child, false, out, report);
            }
        }
        Ok(_) => out.push(Candidate {
            path: path.to_path_buf(),
            named,
        }),
    }
}

/// Imported documents are committed in batches, each still written under
/// its own savepoint so that a bad one leaves nothing behind. A batch's
/// passages enter the search index together, just before it commits: a
/// commit per file makes SQLite flush its full-text index once per file.
struct Batch {
    files: usize,
    started: std::time::Instant,
    /// The largest passage id before the batch.
    indexed_up_to: i64,
}

const BATCH_FILES: usize = 100;
const BATCH_TIME: std::time::Duration = std::time::Duration::from_millis(500);

impl Batch {
    fn begin(conn: &rusqlite::Connection) -> Result<Batch> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(Batch {
            files: 0,
            started: std::time::Instant::now(),
            indexed_up_to: store::last_passage_id(conn)?,
        })
    }

    fn file_done(&mut self, conn: &rusqlite::Connection) -> Result<()> {
        self.files += 1;
        if self.files >= BATCH_FILES || self.started.elapsed() >= BATCH_TIME {
            self.commit(conn)?;
            *self = Batch::begin(conn)?;
        }
        Ok(())
    }

    fn commit(&self, conn: &rusqlite::Connection) -> Result<()> {
        store::index_passages_after(conn, self.indexed_up_to)?;
        Ok(conn.execute_batch("COMMIT")?)
    }
}
