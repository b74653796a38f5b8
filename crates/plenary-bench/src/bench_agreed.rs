//! `plenary-bench bench agreed`: checking a draft against the agreed texts
//! on the generated library, as the studio does after every save.
//!
//! - **Agreed texts.** Ten documents spread over the library are marked
//!   agreed (symbols `BENCH/1` … `BENCH/10`) for the run and unmarked after
//!   it, so the library file is left as it was.
//! - **The draft.** About 600 words in paragraphs of about 60: sentences
//!   quoted exactly from the agreed texts, the same with a word dropped,
//!   sentences from other documents of the library, and new wording.
//! - **Timed.** `Library::check_text` on the whole draft, which reads the
//!   agreed texts afresh each time (their index and word runs), then
//!   checks every paragraph; median and p95 over the runs.
//! - **Baseline**, in the same run on the same draft: `suggest` for every
//!   paragraph of it, the library-wide matching the studio already does.

use crate::measure::{peak_rss_mb, percentile};
use plenary_core::agreed::SpanKind;
use plenary_core::model::Filter;
use plenary_core::Library;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Documents marked agreed.
const AGREED: usize = 10;
/// Words in the draft, about.
const DRAFT_WORDS: usize = 600;
/// Words per paragraph of the draft, about.
const PARAGRAPH_WORDS: usize = 60;

pub fn run(library_path: &Path, runs: usize) -> Result<ExitCode, String> {
    let e = |e: plenary_core::Error| e.to_string();
    let mut library = Library::open(library_path).map_err(e)?;
    let documents = library.documents(&Filter::default()).map_err(e)?;
    if documents.len() < 2 * AGREED {
        return Err(format!(
            "{}: {} documents; the bench needs a generated library",
            library_path.display(),
            documents.len()
        ));
    }
    let step = documents.len() / AGREED;
    let agreed: Vec<i64> = (0..AGREED).map(|i| documents[i * step].id).collect();
    let others: Vec<i64> = (0..AGREED)
        .map(|i| documents[i * step + step / 2].id)
        .collect();
    for (i, id) in agreed.iter().enumerate() {
        library
            .mark_agreed(*id, &format!("BENCH/{}", i + 1))
            .map_err(e)?;
    }
    let result = measure(&library, &agreed, &others, runs.max(1));
    for id in &agreed {
        library.unmark_agreed(*id).map_err(e)?;
    }
    result
}

fn measure(
    library: &Library,
    agreed: &[i64],
    others: &[i64],
    runs: usize,
) -> Result<ExitCode, String> {
    let e = |e: plenary_core::Error| e.to_string();
    let draft = compose_draft(library, agreed, others)?;
    let words = draft.split_whitespace().count();
    let paragraphs = plenary_core::text::paragraphs::paragraphs(&draft);

    // Warm the library's reuse index and SQLite's cache before timing.
    let spans = library.check_text(&draft).map_err(e)?;
    for p in &paragraphs {
        library.suggest(p, &Filter::default(), 9).map_err(e)?;
    }

    let mut check: Vec<Duration> = Vec::with_capacity(runs);
    let mut baseline: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        std::hint::black_box(library.check_text(&draft).map_err(e)?);
        check.push(started.elapsed());
        let started = Instant::now();
        for p in &paragraphs {
            std::hint::black_box(library.suggest(p, &Filter::default(), 9).map_err(e)?);
        }
        baseline.push(started.elapsed());
    }
    let count = |kind| spans.iter().filter(|s| s.kind == kind).count();
    println!(
        "bench agreed: a {words}-word draft in {} paragraphs, {} agreed texts marked, {runs} runs",
        paragraphs.len(),
        agreed.len()
    );
    println!(
        "  spans found          {} agreed, {} altered, {} new",
        count(SpanKind::Agreed),
        count(SpanKind::Altered),
        count(SpanKind::New)
    );
    for (name, timed) in [
        ("check_text", &mut check),
        ("suggest per ¶ (baseline)", &mut baseline),
    ] {
        println!(
            "  {name:<24} median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
            percentile(timed, 0.5),
            percentile(timed, 0.95),
            percentile(timed, 1.0)
        );
    }
    println!("  peak memory          {} MB", peak_rss_mb());
    Ok(ExitCode::SUCCESS)
}

/// A draft of about `DRAFT_WORDS` words: in turn, a sentence of an agreed
/// text quoted exactly, one with its fourth word dropped, a sentence of
/// another document, and a sentence of new wording.
fn compose_draft(library: &Library, agreed: &[i64], others: &[i64]) -> Result<String, String> {
    let sentences_of = |id: i64| -> Result<Vec<String>, String> {
        let document = library.document(id).map_err(|e| e.to_string())?;
        Ok(document
            .passages
            .iter()
            .filter(|p| p.role.is_substantive())
            .flat_map(|p| {
                p.sentences
                    .iter()
                    .map(|s| p.text[s.start..s.end].trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .filter(|s| s.split_whitespace().count() >= 10)
            .collect())
    };
    let mut quoted = Vec::new();
    let mut borrowed = Vec::new();
    for (a, o) in agreed.iter().zip(others) {
        quoted.extend(sentences_of(*a)?.into_iter().take(2));
        borrowed.extend(sentences_of(*o)?.into_iter().take(2));
    }
    if quoted.is_empty() || borrowed.is_empty() {
        return Err("the marked documents hold no sentences to quote".into());
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    let mut words = 0;
    let mut turn = 0;
    while words < DRAFT_WORDS {
        let sentence = match turn % 4 {
            0 => quoted[turn / 4 % quoted.len()].clone(),
            1 => {
                let mut w: Vec<&str> = quoted[(turn / 4 + 1) % quoted.len()]
                    .split_whitespace()
                    .collect();
                w.remove(3);
                w.join(" ")
            }
            2 => borrowed[turn / 4 % borrowed.len()].clone(),
            _ => format!(
                "Our delegation proposes in its paper number {turn} a practical step that no report has yet considered."
            ),
        };
        words += sentence.split_whitespace().count();
        paragraph.push_str(&sentence);
        paragraph.push(' ');
        if paragraph.split_whitespace().count() >= PARAGRAPH_WORDS {
            paragraphs.push(paragraph.trim().to_owned());
            paragraph.clear();
        }
        turn += 1;
    }
    if !paragraph.trim().is_empty() {
        paragraphs.push(paragraph.trim().to_owned());
    }
    Ok(paragraphs.join("\n\n"))
}
