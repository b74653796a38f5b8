//! `plenary-bench bench`: measurements on a generated corpus, each with a
//! baseline run in the same process so the figures can be read as ratios on
//! a noisy shared machine. Results are printed as a few lines of text, the
//! figures `docs/BENCHMARKS.md` reports.

use crate::bench_import;
use crate::corpus::{self, CorpusSpec};
use crate::library_file::LibraryFile;
use crate::measure::{peak_rss_mb, percentile};
use clap::{Args, ValueEnum};
use plenary_core::model::Filter;
use plenary_core::search::SearchOptions;
use plenary_core::Library;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct BenchArgs {
    what: Bench,
    /// Documents in the generated corpus.
    #[arg(long, default_value_t = 10_000)]
    docs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where the corpus and the bench library are kept (reused when present).
    #[arg(long, default_value = "bench-data")]
    dir: PathBuf,
    /// Number of queries for the search, reuse and suggest benches (and of
    /// timed runs, at most 200, for the agreed and termbase benches).
    #[arg(long, default_value_t = 1000)]
    queries: usize,
    /// Number of those queries the (slow) rapidfuzz baseline also runs.
    #[arg(long, default_value_t = 100)]
    baseline_queries: usize,
    /// Print this many wrong reuse links (bench reuse) or slowest queries
    /// (bench search), for tuning.
    #[arg(long, default_value_t = 0)]
    explain: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum Bench {
    Import,
    /// Every document analysed again, as imported and then all rewritten.
    Reanalyse,
    Search,
    Reuse,
    Suggest,
    Agreed,
    /// Term hits in a draft, and search in all languages.
    Termbase,
    /// An encrypted library against a plain one.
    Encryption,
    /// Reading PDFs of 1k, 4k and 16k pages (generated; no corpus).
    PdfPages,
}

pub fn run(args: BenchArgs) -> Result<ExitCode, String> {
    let corpus_dir = args.dir.join(format!("corpus-{}-{}", args.docs, args.seed));
    let needs_corpus = !matches!(args.what, Bench::PdfPages);
    if needs_corpus && !corpus_dir.join("ground-truth.jsonl").exists() {
        let started = Instant::now();
        corpus::generate(
            &CorpusSpec {
                docs: args.docs,
                seed: args.seed,
            },
            &corpus_dir,
        )
        .map_err(|e| e.to_string())?;
        println!(
            "generated {} documents in {:.2} s",
            args.docs,
            started.elapsed().as_secs_f64()
        );
    }
    let library_path = args
        .dir
        .join(format!("library-{}-{}.db", args.docs, args.seed));
    match args.what {
        Bench::Import => bench_import::run(&corpus_dir, &library_path),
        Bench::Encryption => {
            crate::bench_encryption::run(&corpus_dir, &args.dir, args.queries, args.seed)
        }
        Bench::PdfPages => crate::bench_pdf::run(),
        Bench::Reanalyse
        | Bench::Search
        | Bench::Reuse
        | Bench::Suggest
        | Bench::Agreed
        | Bench::Termbase => {
            if !library_path.exists() {
                bench_import::run(&corpus_dir, &library_path)?;
            }
            if matches!(args.what, Bench::Reanalyse) {
                bench_import::run_reanalyse(&library_path)
            } else if matches!(args.what, Bench::Search) {
                bench_search(&library_path, args.queries, args.seed, args.explain)
            } else if matches!(args.what, Bench::Agreed) {
                crate::bench_agreed::run(&library_path, args.queries.min(200))
            } else if matches!(args.what, Bench::Termbase) {
                crate::bench_termbase::run(&library_path, args.queries.min(200))
            } else if matches!(args.what, Bench::Suggest) {
                crate::bench_suggest::run(&library_path, &corpus_dir, args.queries)
            } else {
                crate::bench_reuse::run(crate::bench_reuse::ReuseBench {
                    library_path: &library_path,
                    corpus_dir: &corpus_dir,
                    work_dir: &args.dir,
                    queries: args.queries,
                    baseline_queries: args.baseline_queries,
                    explain: args.explain,
                })
            }
        }
    }
}

/// Runs `n` varied queries drawn from the library's own passages and
/// reports latency percentiles. Baseline: a plain substring scan
/// (`instr(lower(text), …)`) for a sample of the same single-word queries.
fn bench_search(
    library_path: &Path,
    n: usize,
    seed: u64,
    explain: usize,
) -> Result<ExitCode, String> {
    let library = Library::open(library_path).map_err(|e| e.to_string())?;
    let file = LibraryFile::open(library_path).map_err(|e| e.to_string())?;
    let queries = crate::workload::bench_queries(&file, n, seed).map_err(|e| e.to_string())?;
    // Warm the page cache as a running app would be.
    for (q, f) in queries.iter().take(20) {
        let _ = library.search(q, f, SearchOptions::default());
    }
    let mut latencies = Vec::with_capacity(queries.len());
    let mut empty = 0;
    for (q, f) in &queries {
        let started = Instant::now();
        let results = library
            .search(q, f, SearchOptions::default())
            .map_err(|e| format!("{q}: {e}"))?;
        latencies.push(started.elapsed());
        if results.groups.is_empty() {
            empty += 1;
        }
    }
    let mut slowest: Vec<(Duration, &(String, Filter))> =
        latencies.iter().copied().zip(&queries).collect();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    for (took, (q, f)) in slowest.into_iter().take(explain) {
        println!("  slow: {:7.2} ms  {q}  {f:?}", took.as_secs_f64() * 1e3);
    }
    let words: Vec<&(String, Filter)> = queries
        .iter()
        .filter(|(q, f)| *f == Filter::default() && q.chars().all(char::is_alphabetic))
        .take(30)
        .collect();
    let mut baseline = Vec::new();
    let mut fts_same = Vec::new();
    for (q, f) in &words {
        let started = Instant::now();
        std::hint::black_box(file.substring_scan(q).map_err(|e| e.to_string())?);
        baseline.push(started.elapsed());
        let started = Instant::now();
        std::hint::black_box(
            library
                .search(q, f, SearchOptions::default())
                .map_err(|e| e.to_string())?,
        );
        fts_same.push(started.elapsed());
    }
    let p = |v: &mut Vec<Duration>, q: f64| percentile(v, q);
    println!(
        "bench search: {} queries ({} with no result)",
        queries.len(),
        empty
    );
    println!(
        "  latency p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        p(&mut latencies, 0.5),
        p(&mut latencies, 0.95),
        p(&mut latencies, 0.99),
        p(&mut latencies, 1.0)
    );
    let (b, s) = (p(&mut baseline, 0.5), p(&mut fts_same, 0.5));
    println!(
        "  baseline substring scan, {} one-word queries: p50 {:.2} ms vs search p50 {:.2} ms ({:.0}x faster)",
        words.len(),
        b,
        s,
        b / s.max(1e-9)
    );
    println!("  peak memory {} MB", peak_rss_mb());
    Ok(ExitCode::SUCCESS)
}
