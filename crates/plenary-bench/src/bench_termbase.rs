//! `plenary-bench bench termbase`: the termbase's costs on the generated
//! library, as the studio and search pay them.
//!
//! - **Term hits.** `Library::term_hits` on a draft of about 600 words made
//!   of the library's own sentences, as the studio asks after every save
//!   (the termbase is read and its terms keyed afresh each time).
//!   Baseline, in the same run on the same draft: `suggest` for every
//!   paragraph, the matching the studio already does after a pause.
//! - **Search in all languages.** Each English preferred term of the
//!   shipped concepts that the library holds as a phrase, searched in all
//!   languages (the concept's terms in six languages, every passage found
//!   checked by term recognition). Baseline, in the same run: the same
//!   term searched as a "phrase" in one language.

use crate::measure::{peak_rss_mb, percentile};
use plenary_core::model::{Filter, Language};
use plenary_core::search::SearchOptions;
use plenary_core::Library;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Words in the draft, about.
const DRAFT_WORDS: usize = 600;
/// Words per paragraph of the draft, about.
const PARAGRAPH_WORDS: usize = 60;

pub fn run(library_path: &Path, runs: usize) -> Result<ExitCode, String> {
    let e = |e: plenary_core::Error| e.to_string();
    let library = Library::open(library_path).map_err(e)?;
    let draft = compose_draft(&library)?;
    let paragraphs = plenary_core::text::paragraphs::paragraphs(&draft);
    let hits = library.term_hits(&draft).map_err(e)?;
    for p in &paragraphs {
        library.suggest(p, &Filter::default(), 9).map_err(e)?;
    }
    let (mut found, mut baseline) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let started = Instant::now();
        std::hint::black_box(library.term_hits(&draft).map_err(e)?);
        found.push(started.elapsed());
        let started = Instant::now();
        for p in &paragraphs {
            std::hint::black_box(library.suggest(p, &Filter::default(), 9).map_err(e)?);
        }
        baseline.push(started.elapsed());
    }
    println!(
        "bench termbase: a {}-word draft in {} paragraphs, {} term hits, {runs} runs",
        draft.split_whitespace().count(),
        paragraphs.len(),
        hits.len()
    );
    print_timings("term_hits", &mut found);
    print_timings("suggest per ¶ (baseline)", &mut baseline);

    let terms: Vec<String> = library
        .concepts()
        .map_err(e)?
        .iter()
        .filter_map(|c| c.fields.preferred(Language::En).map(|t| t.text.clone()))
        .collect();
    let phrase = |term: &str| format!("\"{term}\"");
    let one = SearchOptions::default();
    let all = SearchOptions {
        all_languages: true,
        ..SearchOptions::default()
    };
    let held: Vec<&String> = terms
        .iter()
        .filter(|t| {
            library
                .search(&phrase(t), &Filter::default(), one)
                .is_ok_and(|r| r.passages_matched > 0)
        })
        .collect();
    let (mut across, mut plain) = (Vec::new(), Vec::new());
    let (mut more, mut as_many) = (0usize, 0usize);
    for term in &held {
        let started = Instant::now();
        let everywhere = library.search(term, &Filter::default(), all).map_err(e)?;
        across.push(started.elapsed());
        let started = Instant::now();
        let english = library
            .search(&phrase(term), &Filter::default(), one)
            .map_err(e)?;
        plain.push(started.elapsed());
        match everywhere.passages_matched.cmp(&english.passages_matched) {
            std::cmp::Ordering::Greater => more += 1,
            _ => as_many += 1,
        }
    }
    println!(
        "  {} of {} English terms are in the library; in all languages {more} find more passages, {as_many} as many or fewer",
        held.len(),
        terms.len()
    );
    print_timings("search, all languages", &mut across);
    print_timings("search, \"phrase\" (baseline)", &mut plain);
    println!("  peak memory          {} MB", peak_rss_mb());
    Ok(ExitCode::SUCCESS)
}

fn print_timings(name: &str, timed: &mut [Duration]) {
    if timed.is_empty() {
        println!("  {name:<30} no runs");
        return;
    }
    println!(
        "  {name:<30} median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        percentile(timed, 0.5),
        percentile(timed, 0.95),
        percentile(timed, 1.0)
    );
}

/// A draft of about `DRAFT_WORDS` words: the substantive sentences of
/// documents spread over the library, in paragraphs of about
/// `PARAGRAPH_WORDS` words.
fn compose_draft(library: &Library) -> Result<String, String> {
    let documents = library
        .documents(&Filter::default())
        .map_err(|e| e.to_string())?;
    let step = (documents.len() / 20).max(1);
    let mut paragraphs = Vec::new();
    let (mut paragraph, mut words) = (String::new(), 0);
    for summary in documents.iter().step_by(step) {
        let document = library.document(summary.id).map_err(|e| e.to_string())?;
        for p in document.passages.iter().filter(|p| p.role.is_substantive()) {
            for s in &p.sentences {
                let sentence = p.text[s.start..s.end].trim();
                words += sentence.split_whitespace().count();
                paragraph.push_str(sentence);
                paragraph.push(' ');
                if paragraph.split_whitespace().count() >= PARAGRAPH_WORDS {
                    paragraphs.push(std::mem::take(&mut paragraph).trim().to_owned());
                }
                if words >= DRAFT_WORDS {
                    return Ok(paragraphs.join("\n\n"));
                }
            }
        }
    }
    if paragraphs.is_empty() {
        return Err("the library holds no sentences for a draft".into());
    }
    Ok(paragraphs.join("\n\n"))
}
