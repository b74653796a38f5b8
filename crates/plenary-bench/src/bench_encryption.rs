//! `plenary-bench bench encryption`: what encryption at rest costs, as
//! ratios of an encrypted library to a plain one in the same run: the
//! corpus imported into each, each opened cold (a new connection; the
//! encrypted one derives its key from the passphrase with Argon2id), and
//! the same queries searched in both, alternately, for the p99 latency.

use crate::bench_import::remove_library;
use crate::library_file::LibraryFile;
use crate::measure::percentile;
use plenary_core::search::SearchOptions;
use plenary_core::Library;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "bench passphrase, not a secret";

/// Imports the corpus into a fresh library, encrypted or plain; the time
/// the import took.
fn import(corpus_dir: &Path, path: &Path, encrypted: bool) -> Result<Duration, String> {
    remove_library(path);
    let e = |e: plenary_core::Error| e.to_string();
    let passphrase = encrypted.then_some(PASSPHRASE);
    if encrypted {
        drop(Library::open(path).map_err(e)?);
        Library::encrypt(path, PASSPHRASE, plenary_core::PlainBackups::Keep).map_err(e)?;
    }
    let mut library = Library::open_unlocked(path, passphrase).map_err(e)?;
    let started = Instant::now();
    let report = library
        .import_paths(&[corpus_dir.to_path_buf()], |_| {})
        .map_err(e)?;
    let took = started.elapsed();
    if report.failed > 0 {
        return Err(format!("{} files failed to import", report.failed));
    }
    Ok(took)
}

/// The time to open the library and read its statistics, best of `runs`.
fn cold_open(path: &Path, passphrase: Option<&str>, runs: usize) -> Result<Duration, String> {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let started = Instant::now();
        let library = Library::open_unlocked(path, passphrase).map_err(|e| e.to_string())?;
        std::hint::black_box(library.stats().map_err(|e| e.to_string())?);
        best = best.min(started.elapsed());
    }
    Ok(best)
}

pub fn run(
    corpus_dir: &Path,
    work_dir: &Path,
    queries: usize,
    seed: u64,
) -> Result<ExitCode, String> {
    let plain = work_dir.join("encryption-plain.db");
    let encrypted = work_dir.join("encryption-encrypted.db");
    let plain_import = import(corpus_dir, &plain, false)?;
    let encrypted_import = import(corpus_dir, &encrypted, true)?;
    let plain_open = cold_open(&plain, None, 5)?;
    let encrypted_open = cold_open(&encrypted, Some(PASSPHRASE), 5)?;

    let file = LibraryFile::open(&plain).map_err(|e| e.to_string())?;
    let queries =
        crate::workload::bench_queries(&file, queries, seed).map_err(|e| e.to_string())?;
    let libraries = [
        Library::open(&plain).map_err(|e| e.to_string())?,
        Library::open_unlocked(&encrypted, Some(PASSPHRASE)).map_err(|e| e.to_string())?,
    ];
    let mut latencies = [Vec::new(), Vec::new()];
    for (q, f) in queries.iter().take(20) {
        for library in &libraries {
            let _ = library.search(q, f, SearchOptions::default());
        }
    }
    for (q, f) in &queries {
        for (library, times) in libraries.iter().zip(&mut latencies) {
            let started = Instant::now();
            std::hint::black_box(
                library
                    .search(q, f, SearchOptions::default())
                    .map_err(|e| format!("{q}: {e}"))?,
            );
            times.push(started.elapsed());
        }
    }
    let [mut plain_times, mut encrypted_times] = latencies;
    let (plain_p99, encrypted_p99) = (
        percentile(&mut plain_times, 0.99),
        percentile(&mut encrypted_times, 0.99),
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "bench encryption: {} documents, {} queries",
        file_count(corpus_dir),
        queries.len()
    );
    println!("                       plain   encrypted   ratio");
    println!(
        "  import (s)       {:>9.2} {:>11.2} {:>7.2}x",
        plain_import.as_secs_f64(),
        encrypted_import.as_secs_f64(),
        encrypted_import.as_secs_f64() / plain_import.as_secs_f64()
    );
    println!(
        "  search p99 (ms)  {:>9.2} {:>11.2} {:>7.2}x",
        plain_p99,
        encrypted_p99,
        encrypted_p99 / plain_p99.max(1e-9)
    );
    println!(
        "  cold open (ms)   {:>9.1} {:>11.1} {:>7.1}x  (the encrypted open derives its key with Argon2id)",
        ms(plain_open),
        ms(encrypted_open),
        ms(encrypted_open) / ms(plain_open).max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

fn file_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x != "jsonl"))
                .count()
        })
        .unwrap_or(0)
}
