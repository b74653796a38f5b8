//! `plenary-bench fuzz`: runs the importers (`import::prepare_bytes`, the
//! same reading and analysis an import does) on hostile inputs drawn from a
//! seed (see `inputs`), the five formats in turn, and fails when one panics
//! or takes longer than the limit (1 s). A failing input is written to the
//! temporary folder with the case number, so `--seed S --first N --cases 1`
//! runs it again. Stable Rust has no coverage-guided fuzzing (cargo-fuzz
//! needs nightly), so the inputs are generated and mutated instead.

pub mod binary;
mod inputs;
mod pieces;

use crate::corpus::rng::Rng;
use plenary_core::import::{prepare_bytes, Format};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct FuzzArgs {
    /// How many inputs to try.
    #[arg(long, default_value_t = 100_000)]
    cases: u64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The first case number (to run one failing case again).
    #[arg(long, default_value_t = 0)]
    first: u64,
    /// The longest one input may take, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    max_ms: u64,
}

const FORMATS: [Format; 5] = [
    Format::Markdown,
    Format::Text,
    Format::Html,
    Format::Docx,
    Format::Pdf,
];

/// Panics seen by the hook, whether or not a reader caught them.
static PANICS: AtomicUsize = AtomicUsize::new(0);

/// What the run saw for one format.
#[derive(Default)]
struct Tally {
    cases: u64,
    refused: u64,
    slowest: Duration,
    total: Duration,
}

pub fn run(args: FuzzArgs) -> Result<ExitCode, String> {
    std::panic::set_hook(Box::new(|_| {
        PANICS.fetch_add(1, Ordering::Relaxed);
    }));
    let limit = Duration::from_millis(args.max_ms);
    let mut tallies: Vec<Tally> = FORMATS.iter().map(|_| Tally::default()).collect();
    let mut failures = Vec::new();
    let mut escaped = 0;
    for case in args.first..args.first + args.cases {
        let format = FORMATS[(case % FORMATS.len() as u64) as usize];
        let mut rng = Rng::new(args.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ case);
        let bytes = inputs::input(&mut rng, format);
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| prepare_bytes("fuzz", format, &bytes)));
        let took = started.elapsed();
        let tally = &mut tallies[(case % FORMATS.len() as u64) as usize];
        tally.cases += 1;
        tally.total += took;
        tally.slowest = tally.slowest.max(took);
        let problem = match outcome {
            Err(_) => {
                escaped += 1;
                Some("panicked".to_owned())
            }
            Ok(result) => {
                tally.refused += u64::from(result.is_err());
                (took > limit).then(|| format!("took {} ms", took.as_millis()))
            }
        };
        if let Some(problem) = problem {
            let saved = save(args.seed, case, format, &bytes);
            failures.push(format!(
                "case {case} ({}): {problem}; input in {saved}",
                format.as_str()
            ));
        }
    }
    let _ = std::panic::take_hook();
    report(&args, &tallies, PANICS.load(Ordering::Relaxed) - escaped);
    if failures.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        for failure in &failures {
            eprintln!("{failure}");
        }
        Err(format!(
            "{} of {} inputs failed",
            failures.len(),
            args.cases
        ))
    }
}

fn report(args: &FuzzArgs, tallies: &[Tally], caught: usize) {
    println!(
        "fuzzed {} inputs (seed {}, cases {}..{}); limit {} ms per input",
        args.cases,
        args.seed,
        args.first,
        args.first + args.cases,
        args.max_ms
    );
    println!("format    cases  refused  mean ms  slowest ms");
    for (format, tally) in FORMATS.iter().zip(tallies) {
        let mean = tally.total.as_secs_f64() * 1e3 / tally.cases.max(1) as f64;
        println!(
            "{:<8} {:>6} {:>8} {:>8.2} {:>11.1}",
            format.as_str(),
            tally.cases,
            tally.refused,
            mean,
            tally.slowest.as_secs_f64() * 1e3
        );
    }
    println!("panics inside a reader, caught and reported as a refusal: {caught}");
}

/// Writes a failing input where it can be found again, and says where.
fn save(seed: u64, case: u64, format: Format, bytes: &[u8]) -> String {
    let extension = match format {
        Format::Markdown => "md",
        Format::Text => "txt",
        Format::Html => "html",
        Format::Docx => "docx",
        Format::Pdf => "pdf",
    };
    let path = std::env::temp_dir().join(format!("plenary-fuzz-{seed}-{case}.{extension}"));
    match std::fs::write(&path, bytes) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("nowhere ({}: {e})", path.display()),
    }
}
