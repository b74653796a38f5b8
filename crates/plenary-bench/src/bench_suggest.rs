//! `plenary-bench bench suggest`: the drafting studio's suggestions on the
//! generated library, as a drafter meets them.
//!
//! - **Ready.** The reuse index is built on a connection of its own, as the
//!   app does at start, and taken by the library in use; the time and the
//!   resident memory it adds are reported.
//! - **Queries.** A query is what a drafter has typed of a sentence the
//!   corpus reuses: its first 4 to 12 words (varying with the query), once
//!   with no filter and once filtered to the speaker of the query's own
//!   document, as the studio filters to the delegation by default.
//! - **Quality.** A query is served when a passage with the sentence's
//!   lineage (see `bench_reuse`) is among the 9 suggestions.
//! - **Baseline**, in the same run and on the same queries: `find_reuse`
//!   alone, the matcher the studio would have without continuations.

use crate::bench_reuse::{load, Corpus};
use crate::corpus::read_ground_truth;
use crate::measure::{memory_mb, peak_rss_mb, percentile};
use plenary_core::model::Filter;
use plenary_core::reuse::FindOptions;
use plenary_core::Library;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Suggestions shown, as in the studio (Mod-1 … Mod-9).
const SHOWN: usize = 9;

pub fn run(library_path: &Path, corpus_dir: &Path, queries: usize) -> Result<ExitCode, String> {
    let e = |e: plenary_core::Error| e.to_string();
    let rss_before = memory_mb("VmRSS");
    let started = Instant::now();
    let aside = Library::build_reuse_index_aside(library_path).map_err(e)?;
    let build = started.elapsed();
    let library = Library::open(library_path).map_err(e)?;
    if !library.adopt_reuse_index(aside).map_err(e)? {
        return Err("the index built aside was refused: is another process writing?".into());
    }
    let index_mb = memory_mb("VmRSS").saturating_sub(rss_before);

    let truth =
        read_ground_truth(corpus_dir).map_err(|e| format!("{}: {e}", corpus_dir.display()))?;
    let corpus = load(&library, &truth)?;
    let speakers: HashMap<i64, String> = library
        .documents(&Filter::default())
        .map_err(e)?
        .into_iter()
        .filter_map(|d| Some((d.id, d.metadata.speaker?)))
        .collect();

    let step = (truth.len() / queries.max(1)).max(1);
    let picked: Vec<(String, i64, (String, u32, u32))> = truth
        .iter()
        .step_by(step)
        .take(queries)
        .enumerate()
        .filter_map(|(i, t)| {
            let key = (t.target_doc.clone(), t.target_paragraph, t.target_sentence);
            let (passage, text) = corpus.sentences.get(&key)?;
            let words = 4 + i % 9;
            let typed: Vec<&str> = text.split_whitespace().take(words).collect();
            Some((typed.join(" "), corpus.passages[passage].0, key))
        })
        .collect();

    let mut ours = Timed::default();
    let mut filtered = Timed::default();
    let mut baseline = Timed::default();
    for (typed, doc, key) in &picked {
        let lineage = corpus.lineage_of(key);
        let served = |ids: Vec<i64>| {
            ids.into_iter()
                .any(|p| corpus.lineages_in(p, None).contains(&lineage))
        };
        let started = Instant::now();
        let hits = library
            .suggest(typed, &Filter::default(), SHOWN)
            .map_err(e)?;
        ours.add(
            started.elapsed(),
            served(passages_outside(&hits, *doc, &corpus)),
        );

        let own = Filter {
            speaker: speakers.get(doc).cloned(),
            ..Filter::default()
        };
        let started = Instant::now();
        let hits = library.suggest(typed, &own, SHOWN).map_err(e)?;
        filtered.add(started.elapsed(), !hits.is_empty());

        let options = FindOptions {
            k: SHOWN,
            ..FindOptions::default()
        };
        let started = Instant::now();
        let hits = library
            .find_reuse(typed, &Filter::default(), options)
            .map_err(e)?;
        let ids: Vec<i64> = hits.iter().map(|m| m.source.passage_id).collect();
        baseline.add(started.elapsed(), served(outside(ids, *doc, &corpus)));
    }

    let q = picked.len().max(1) as f64;
    println!(
        "bench suggest: {} typed openings (4 to 12 words) of reused sentences",
        picked.len()
    );
    println!(
        "  index ready          {:.2} s built aside, {} MB resident added",
        build.as_secs_f64(),
        index_mb
    );
    for (name, timed) in [
        ("suggest", &mut ours),
        ("suggest, own speaker", &mut filtered),
        ("find_reuse (baseline)", &mut baseline),
    ] {
        let p50 = percentile(&mut timed.latency, 0.5);
        println!(
            "  {name:<22} p50 {p50:.2} ms, p95 {:.2} ms, p99 {:.2} ms; {} {:.3}",
            percentile(&mut timed.latency, 0.95),
            percentile(&mut timed.latency, 0.99),
            if name.contains("speaker") {
                "answered"
            } else {
                "served@9"
            },
            timed.served as f64 / q
        );
    }
    println!("  peak memory          {} MB", peak_rss_mb());
    Ok(ExitCode::SUCCESS)
}

#[derive(Default)]
struct Timed {
    latency: Vec<Duration>,
    served: usize,
}

impl Timed {
    fn add(&mut self, took: Duration, served: bool) {
        self.latency.push(took);
        self.served += usize::from(served);
    }
}

/// The suggested passages, leaving out the query's own document (the
/// sentence typed is, of course, in it).
fn passages_outside(
    hits: &[plenary_core::drafts::Suggestion],
    doc: i64,
    corpus: &Corpus,
) -> Vec<i64> {
    outside(
        hits.iter().filter_map(|s| s.passage_id()).collect(),
        doc,
        corpus,
    )
}

fn outside(ids: Vec<i64>, doc: i64, corpus: &Corpus) -> Vec<i64> {
    ids.into_iter()
        .filter(|p| corpus.passages.get(p).is_some_and(|(d, _)| *d != doc))
        .collect()
}
