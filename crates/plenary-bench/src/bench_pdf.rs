//! `plenary-bench bench pdf-pages`: what reading a long PDF costs as its
//! pages grow. PDFs of 1,000, 4,000 and 16,000 pages, each page with a few
//! lines of a statement, are generated in memory (never written or
//! committed) and read as an import reads them (`import::prepare_bytes`).
//! The baseline is the 1,000-page PDF in the same run: reading linear in
//! pages makes the 16,000-page one about 16 times as long; the run fails
//! when it is more than 20 times.

use crate::fuzz::binary::pdf_with_pages;
use plenary_core::import::{prepare_bytes, Format};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const PAGES: [usize; 3] = [1_000, 4_000, 16_000];
/// Readings of each PDF; the median is reported.
const RUNS: usize = 5;
/// The most the 16,000-page PDF may take, as a multiple of the 1,000-page one.
const WORST_RATIO: f64 = 20.0;

/// One page's text operators: a heading line and two lines of a statement.
fn page_text(number: usize) -> String {
    format!(
        "BT /F1 12 Tf 72 720 Td (Page {number}) Tj 0 -16 Td \
         (The delegation supports the programme of action on ICT security) Tj 0 -16 Td \
         (and calls for capacity building in paragraph {number}.) Tj ET"
    )
}

/// The median time of `runs` readings of `bytes`.
fn median_read(bytes: &[u8], runs: usize) -> Result<Duration, String> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let prepared = prepare_bytes("bench.pdf", Format::Pdf, bytes).map_err(|e| e.to_string())?;
        times.push(started.elapsed());
        std::hint::black_box(prepared);
    }
    times.sort();
    Ok(times[times.len() / 2])
}

pub fn run() -> Result<ExitCode, String> {
    println!("bench pdf-pages: median of {RUNS} readings of each PDF");
    let mut medians = Vec::new();
    for pages in PAGES {
        let texts: Vec<String> = (1..=pages).map(page_text).collect();
        let contents: Vec<&str> = texts.iter().map(String::as_str).collect();
        let bytes = pdf_with_pages(&contents);
        let median = median_read(&bytes, RUNS)?;
        println!(
            "  {pages:>6} pages ({:.1} MB): {:.3} s, {:.3} ms a page",
            bytes.len() as f64 / 1e6,
            median.as_secs_f64(),
            median.as_secs_f64() * 1000.0 / pages as f64
        );
        medians.push(median.as_secs_f64());
    }
    let ratio = |i: usize| medians[i] / medians[0];
    println!(
        "  4k/1k ratio {:.1} (linear: 4), 16k/1k ratio {:.1} (linear: 16, at most {WORST_RATIO})",
        ratio(1),
        ratio(2)
    );
    Ok(if ratio(2) <= WORST_RATIO {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
