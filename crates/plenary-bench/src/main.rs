//! `plenary-bench`: the development tool that writes the synthetic corpus
//! (`gen-corpus`), measures import, re-analysis, search, reuse and drafting suggestions
//! on it (`bench`), measures the metadata read from real texts
//! (`eval-import`) and the commitments read from labelled real sentences
//! (`eval-commitments`), and runs the importers on hostile inputs (`fuzz`).
//! It is never shipped; the `plenary` command and the app do not depend on
//! it. Any failure exits non-zero with the error on stderr.

mod bench;
mod bench_agreed;
mod bench_encryption;
mod bench_import;
mod bench_pdf;
mod bench_reuse;
mod bench_suggest;
mod bench_termbase;
mod corpus;
mod eval_commitments;
mod eval_import;
mod fuzz;
mod library_file;
mod measure;
mod workload;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plenary-bench",
    version,
    about = "Plenary's synthetic corpus and benchmarks (a development tool)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a deterministic synthetic library with its reuse ground truth.
    GenCorpus {
        #[arg(long, default_value_t = 1000)]
        docs: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        dir: PathBuf,
    },
    /// Measure import, search, reuse, suggestions, the agreed-language
    /// check or the termbase on a generated corpus.
    Bench(bench::BenchArgs),
    /// Compare the metadata filled in on import with a truth file.
    EvalImport(eval_import::EvalArgs),
    /// Read the labelled real sentences with the commitments' cues: recall
    /// and precision per language, on the tuning and held-out texts.
    EvalCommitments(eval_commitments::EvalArgs),
    /// Run the importers on generated hostile inputs; fail on a panic or a
    /// slow input.
    Fuzz(fuzz::FuzzArgs),
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("plenary-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::GenCorpus { docs, seed, dir } => {
            let spec = corpus::CorpusSpec { docs, seed };
            let summary =
                corpus::generate(&spec, &dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            println!(
                "wrote {} documents ({:.1} MB) with {} reuses to {}",
                summary.documents,
                summary.bytes as f64 / 1e6,
                summary.reuses,
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => bench::run(args),
        Command::EvalImport(args) => eval_import::run(args),
        Command::EvalCommitments(args) => eval_commitments::run(args),
        Command::Fuzz(args) => fuzz::run(args),
    }
}
