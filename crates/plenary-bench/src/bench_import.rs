//! `plenary-bench bench import` and `bench reanalyse`: writing a whole
//! generated corpus into a library, and analysing every document of that
//! library again.
//!
//! The import is set against two baselines from the same run: reading and
//! checksumming the files (what no import can beat), and the FTS5 floor,
//! the same files' paragraphs stored in a fresh SQLite file with a
//! full-text index built as the library's is and nothing else (no
//! metadata, sentences or reuse). The floor's SQL is its own file's, so it
//! lives here rather than in `library_file`.

use crate::library_file;
use crate::measure::peak_rss_mb;
use plenary_core::Library;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Files per transaction in the floor, as in an import's batches.
const FLOOR_BATCH_FILES: usize = 1_000;

/// The library file and its write-ahead log and shared memory.
pub fn remove_library(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// The corpus files an import reads, in name order.
fn corpus_files(corpus_dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir)
        .map_err(|e| format!("{}: {e}", corpus_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e != "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

/// Imports the whole corpus into a fresh library file, after the two
/// baselines (read and checksum, then the FTS5 floor).
pub fn run(corpus_dir: &Path, library_path: &Path) -> Result<ExitCode, String> {
    let files = corpus_files(corpus_dir)?;
    let started = Instant::now();
    let mut bytes = 0usize;
    for f in &files {
        let data = std::fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?;
        bytes += data.len();
        std::hint::black_box(fnv_checksum(&data));
    }
    let read = started.elapsed();

    let floor_path = library_path.with_extension("floor.db");
    let (floor, paragraphs) = fts5_floor(&files, &floor_path)?;
    remove_library(&floor_path);

    remove_library(library_path);
    let mut library = Library::open(library_path).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let report = library
        .import_paths(&[corpus_dir.to_path_buf()], |_| {})
        .map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let stats = library.stats().map_err(|e| e.to_string())?;
    let seconds = |d: Duration| d.as_secs_f64();
    println!(
        "bench import: {} files, {:.1} MB",
        files.len(),
        bytes as f64 / 1e6
    );
    println!(
        "  imported {} (failed {}), {} passages",
        report.imported, report.failed, stats.passages
    );
    println!(
        "  import            {:>8.2} s  ({:.0} docs/s)",
        seconds(elapsed),
        files.len() as f64 / seconds(elapsed)
    );
    println!(
        "  FTS5 floor        {:>8.2} s  ({paragraphs} blank-line paragraphs, full-text index only)",
        seconds(floor)
    );
    println!(
        "  baseline read     {:>8.2} s  (read and checksum every file)",
        seconds(read)
    );
    println!(
        "  ratio             {:>8.2}x the FTS5 floor, {:.1}x the read",
        seconds(elapsed) / seconds(floor).max(1e-9),
        seconds(elapsed) / seconds(read).max(1e-9)
    );
    println!("  peak memory       {:>8} MB", peak_rss_mb());
    Ok(if report.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn fnv_checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

/// A text's paragraphs: its runs of non-blank lines, each joined by spaces.
fn blank_line_paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
}

/// The FTS5 floor: the files read and cut at blank lines, their paragraphs
/// stored in a new SQLite file under the library's pragmas, with the word
/// index the library's passages have (same tokenizer, same prefix indexes,
/// same memory for new terms), a thousand files to a transaction, each
/// batch indexed in one statement as an import does. Gives its time and
/// the paragraphs stored.
fn fts5_floor(files: &[PathBuf], path: &Path) -> Result<(Duration, usize), String> {
    remove_library(path);
    let sql = |e: rusqlite::Error| format!("{}: {e}", path.display());
    let started = Instant::now();
    let conn = Connection::open(path).map_err(sql)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000;
         CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
         CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
             text, content = 'paragraphs', content_rowid = 'id',
             tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4'
         );
         INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('hashsize', 33554432);",
    )
    .map_err(sql)?;
    let mut stored = 0usize;
    for batch in files.chunks(FLOOR_BATCH_FILES) {
        let tx = conn.unchecked_transaction().map_err(sql)?;
        let before = stored as i64;
        {
            let mut insert = tx
                .prepare_cached("INSERT INTO paragraphs (id, text) VALUES (?1, ?2)")
                .map_err(sql)?;
            for f in batch {
                let text =
                    std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
                for paragraph in blank_line_paragraphs(&text) {
                    stored += 1;
                    insert
                        .execute(rusqlite::params![stored as i64, paragraph])
                        .map_err(sql)?;
                }
            }
        }
        tx.execute(
            "INSERT INTO paragraphs_fts (rowid, text) SELECT id, text FROM paragraphs WHERE id > ?1",
            [before],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)?;
    }
    drop(conn);
    Ok((started.elapsed(), stored))
}

/// Analyses every document of a copy of the bench library again, twice:
/// first as imported (nothing a reader sees changes, so only each
/// document's layout is recorded), then with every document's stored
/// analysis made stale (its first passage given another role), so that
/// every document's passages, sentences, index rows, fields and links are
/// rewritten. Reports both times, and the links before and after.
pub fn run_reanalyse(library_path: &Path) -> Result<ExitCode, String> {
    let copy = library_path.with_extension("reanalyse.db");
    remove_library(&copy);
    // The bench library is closed, so its log is checkpointed into it.
    std::fs::copy(library_path, &copy).map_err(|e| format!("{}: {e}", copy.display()))?;
    let links_before = library_file::LibraryFile::open(&copy)
        .and_then(|f| f.reuse_links())
        .map_err(|e| e.to_string())?
        .len();
    println!("bench reanalyse: {links_before} reuse links before");
    timed_reanalysis(&copy, "as imported")?;
    let stale = library_file::make_analyses_stale(&copy).map_err(|e| e.to_string())?;
    println!("  {stale} documents made stale (first passage's role changed)");
    let rewritten = timed_reanalysis(&copy, "all stale")?;
    let links_after = library_file::LibraryFile::open(&copy)
        .and_then(|f| f.reuse_links())
        .map_err(|e| e.to_string())?
        .len();
    println!("  reuse links after {links_after} (before {links_before})");
    println!("  peak memory {} MB", peak_rss_mb());
    remove_library(&copy);
    Ok(if rewritten == stale {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Opens the library, builds its reuse index (timed apart), and times the
/// re-analysis of all its documents. Gives the documents it rewrote (those
/// with passages under new ids).
fn timed_reanalysis(path: &Path, what: &str) -> Result<usize, String> {
    let library = Library::open(path).map_err(|e| e.to_string())?;
    let file = library_file::LibraryFile::open(path).map_err(|e| e.to_string())?;
    let last = file.last_passage_id().map_err(|e| e.to_string())?;
    let started = Instant::now();
    let aside = Library::build_reuse_index_aside(path).map_err(|e| e.to_string())?;
    if !library
        .adopt_reuse_index(aside)
        .map_err(|e| e.to_string())?
    {
        return Err("the reuse index built aside was not current".to_owned());
    }
    let built = started.elapsed();
    let mut library = library;
    let started = Instant::now();
    let report = library.reanalyse(&[]).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    let rewritten = file
        .documents_with_passages_after(last)
        .map_err(|e| e.to_string())?;
    println!(
        "  {what}: re-analysis {:>7.2} s, {} documents, {rewritten} rewritten ({} passages before, {} after; reuse index built first in {:.2} s)",
        elapsed.as_secs_f64(),
        report.documents,
        report.passages_before,
        report.passages_after,
        built.as_secs_f64()
    );
    Ok(rewritten)
}
