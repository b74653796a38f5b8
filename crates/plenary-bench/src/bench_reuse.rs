//! `plenary-bench bench reuse`: reuse quality and speed on the generated
//! corpus against its ground truth, with the rapidfuzz baseline run over the
//! same passages and queries in the same command.
//!
//! - A query is a reused sentence of the corpus; a returned passage is right
//!   when one of its sentences has the same lineage (the first occurrence
//!   the ground truth names). recall@k counts queries with a right passage
//!   among the first k; the query's own document is left out.
//! - Precision is over every reuse link stored at import (score at least
//!   `REUSE_THRESHOLD`): a link is right when a sentence of its source span
//!   and one of its target span share a lineage.
//! - The baseline is rapidfuzz's `process.extract` with
//!   `fuzz.token_set_ratio` over all substantive passages, in a virtualenv
//!   this command creates (`bench-data/venv`).

use crate::corpus::{read_ground_truth, ReuseTruth};
use crate::library_file::LibraryFile;
use crate::measure::{peak_rss_mb, percentile};
use plenary_core::model::Filter;
use plenary_core::reuse::{FindOptions, REUSE_THRESHOLD};
use plenary_core::Library;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// (document file, body paragraph, sentence), all 1-based.
type SentenceKey = (String, u32, u32);
/// A passage's document id, and its sentences' keys with their byte ranges.
type PassageSentences = (i64, Vec<(SentenceKey, usize, usize)>);

const BASELINE_SCRIPT: &str = include_str!("../bench/rapidfuzz_baseline.py");

pub struct Corpus {
    /// Lineage of each sentence that has one other than itself.
    lineage: HashMap<SentenceKey, SentenceKey>,
    /// For each passage id: its document id and its sentences' keys with byte ranges.
    pub passages: HashMap<i64, PassageSentences>,
    /// Sentence key to (passage id, sentence text).
    pub sentences: HashMap<SentenceKey, (i64, String)>,
}

impl Corpus {
    pub fn lineage_of(&self, key: &SentenceKey) -> SentenceKey {
        self.lineage
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.clone())
    }

    pub fn lineages_in(&self, passage: i64, span: Option<(usize, usize)>) -> Vec<SentenceKey> {
        self.passages
            .get(&passage)
            .map_or_else(Vec::new, |(_, sentences)| {
                sentences
                    .iter()
                    .filter(|(_, s, e)| span.is_none_or(|(a, b)| *s >= a && *e <= b))
                    .map(|(k, _, _)| self.lineage_of(k))
                    .collect()
            })
    }
}

pub fn load(library: &Library, truth: &[ReuseTruth]) -> Result<Corpus, String> {
    let e = |e: plenary_core::Error| e.to_string();
    let mut corpus = Corpus {
        lineage: HashMap::new(),
        passages: HashMap::new(),
        sentences: HashMap::new(),
    };
    for t in truth {
        corpus.lineage.insert(
            (t.target_doc.clone(), t.target_paragraph, t.target_sentence),
            (t.source_doc.clone(), t.source_paragraph, t.source_sentence),
        );
    }
    for summary in library.documents(&Filter::default()).map_err(e)? {
        let name = summary
            .source_path
            .as_deref()
            .and_then(|p| Path::new(p).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let doc = library.document(summary.id).map_err(e)?;
        for (i, p) in doc
            .passages
            .iter()
            .filter(|p| p.role.is_substantive())
            .enumerate()
        {
            let mut keys = Vec::new();
            for (j, s) in p.sentences.iter().enumerate() {
                let key = (name.clone(), i as u32 + 1, j as u32 + 1);
                corpus
                    .sentences
                    .insert(key.clone(), (p.id, p.text[s.start..s.end].to_owned()));
                keys.push((key, s.start, s.end));
            }
            corpus.passages.insert(p.id, (summary.id, keys));
        }
    }
    Ok(corpus)
}

#[derive(Deserialize)]
struct BaselineAnswer {
    ids: Vec<i64>,
    seconds: f64,
}

pub struct ReuseBench<'a> {
    pub library_path: &'a Path,
    pub corpus_dir: &'a Path,
    pub work_dir: &'a Path,
    pub queries: usize,
    pub baseline_queries: usize,
    /// How many wrong links to print, for tuning.
    pub explain: usize,
}

pub fn run(bench: ReuseBench) -> Result<ExitCode, String> {
    let ReuseBench {
        library_path,
        corpus_dir,
        work_dir,
        queries,
        baseline_queries,
        explain,
    } = bench;
    let library = Library::open(library_path).map_err(|e| e.to_string())?;
    let file = LibraryFile::open(library_path).map_err(|e| e.to_string())?;
    let truth =
        read_ground_truth(corpus_dir).map_err(|e| format!("{}: {e}", corpus_dir.display()))?;
    let corpus = load(&library, &truth)?;

    // Queries: reused sentences, spread evenly over the ground truth.
    let step = (truth.len() / queries.max(1)).max(1);
    let picked: Vec<(&ReuseTruth, i64, String)> = truth
        .iter()
        .step_by(step)
        .take(queries)
        .filter_map(|t| {
            let key = (t.target_doc.clone(), t.target_paragraph, t.target_sentence);
            let (passage, text) = corpus.sentences.get(&key)?;
            Some((t, corpus.passages[passage].0, text.clone()))
        })
        .collect();
    let right = |t: &ReuseTruth, passage: i64| {
        let lineage =
            corpus.lineage_of(&(t.target_doc.clone(), t.target_paragraph, t.target_sentence));
        corpus.lineages_in(passage, None).contains(&lineage)
    };

    let started = Instant::now();
    library
        .find_reuse(
            "warm up the reuse index with a first query of some words",
            &Filter::default(),
            FindOptions::default(),
        )
        .map_err(|e| e.to_string())?;
    let index_build = started.elapsed();

    let mut latencies = Vec::new();
    let (mut at1, mut at5) = (0usize, 0usize);
    let mut ours: Vec<Vec<i64>> = Vec::new();
    let mut missed = 0;
    for (t, doc, text) in &picked {
        let options = FindOptions {
            k: 5,
            min_score: 0.0,
            exclude_document: Some(*doc),
        };
        let started = Instant::now();
        let found = library
            .find_reuse(text, &Filter::default(), options)
            .map_err(|e| e.to_string())?;
        latencies.push(started.elapsed());
        let ids: Vec<i64> = found.iter().map(|m| m.source.passage_id).collect();
        at1 += usize::from(ids.first().is_some_and(|p| right(t, *p)));
        let found_right = ids.iter().any(|p| right(t, *p));
        at5 += usize::from(found_right);
        if !found_right && missed < explain {
            missed += 1;
            println!(
                "  missed: {text}\n    expected the wording of {} ¶{} s{}; got {:?}",
                t.source_doc,
                t.source_paragraph,
                t.source_sentence,
                found.iter().map(|m| m.score).collect::<Vec<_>>()
            );
        }
        ours.push(ids);
    }

    let (links, right_links) = link_precision(&library, &file, &corpus, explain)?;

    // The baseline, on the first `baseline_queries` of the same queries.
    let n_base = baseline_queries.min(picked.len());
    let answers = run_baseline(&file, work_dir, &picked[..n_base])?;
    let (mut b1, mut b5, mut o5) = (0usize, 0usize, 0usize);
    let mut base_latency: Vec<Duration> = Vec::new();
    for (((t, _, _), answer), our_ids) in picked.iter().zip(&answers).zip(&ours) {
        b1 += usize::from(answer.ids.first().is_some_and(|p| right(t, *p)));
        b5 += usize::from(answer.ids.iter().any(|p| right(t, *p)));
        o5 += usize::from(our_ids.iter().any(|p| right(t, *p)));
        base_latency.push(Duration::from_secs_f64(answer.seconds));
    }
    let mut our_subset: Vec<Duration> = latencies[..n_base].to_vec();

    let q = picked.len().max(1) as f64;
    let mut all = latencies.clone();
    println!(
        "bench reuse: {} queries from {} ground-truth reuses, {} stored links",
        picked.len(),
        truth.len(),
        links
    );
    println!(
        "  index build          {:.2} s (once, on first use)",
        index_build.as_secs_f64()
    );
    println!("  recall@1             {:.3}", at1 as f64 / q);
    println!("  recall@5             {:.3}", at5 as f64 / q);
    println!(
        "  precision at {REUSE_THRESHOLD:.0}%    {:.3} ({right_links} of {links} stored links)",
        right_links as f64 / links.max(1) as f64
    );
    println!(
        "  latency              p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms",
        percentile(&mut all, 0.5),
        percentile(&mut all, 0.95),
        percentile(&mut all, 0.99)
    );
    let nb = n_base.max(1) as f64;
    let (ours_p50, base_p50) = (
        percentile(&mut our_subset, 0.5),
        percentile(&mut base_latency, 0.5),
    );
    println!("  baseline (rapidfuzz token_set_ratio, first {n_base} queries):");
    println!(
        "    recall@1 {:.3}, recall@5 {:.3}  vs ours recall@5 {:.3} on the same queries",
        b1 as f64 / nb,
        b5 as f64 / nb,
        o5 as f64 / nb
    );
    println!(
        "    latency p50 {:.1} ms vs ours {:.2} ms: {:.0}x faster",
        base_p50,
        ours_p50,
        base_p50 / ours_p50.max(1e-9)
    );
    println!("  peak memory          {} MB", peak_rss_mb());
    Ok(ExitCode::SUCCESS)
}

/// Counts stored links, and those whose spans share a lineage; prints the
/// first `explain` wrong ones.
fn link_precision(
    library: &Library,
    file: &LibraryFile,
    corpus: &Corpus,
    explain: usize,
) -> Result<(usize, usize), String> {
    let links = file.reuse_links().map_err(|e| e.to_string())?;
    let mut right = 0;
    let mut shown = 0;
    for l in &links {
        let sources = corpus.lineages_in(
            l.source_passage_id,
            Some((l.source_span.start, l.source_span.end)),
        );
        let targets = corpus.lineages_in(
            l.target_passage_id,
            Some((l.target_span.start, l.target_span.end)),
        );
        if targets.iter().any(|k| sources.contains(k)) {
            right += 1;
        } else if shown < explain {
            shown += 1;
            let text = |passage: i64, span: &Range<usize>| {
                library
                    .provenance(passage)
                    .map(|(_, t)| t.get(span.clone()).unwrap_or("").to_owned())
                    .unwrap_or_default()
            };
            println!(
                "  wrong link {:.1}%: {:?} -> {:?}",
                l.score, sources, targets
            );
            println!("    earlier: {}", text(l.source_passage_id, &l.source_span));
            println!("    later:   {}", text(l.target_passage_id, &l.target_span));
        }
    }
    Ok((links.len(), right))
}

/// Runs the rapidfuzz script over every substantive passage for the queries.
fn run_baseline(
    file: &LibraryFile,
    work_dir: &Path,
    picked: &[(&ReuseTruth, i64, String)],
) -> Result<Vec<BaselineAnswer>, String> {
    let venv = work_dir.join("venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .map_err(|e| format!("python3: {e}"))?;
        if !status.success() {
            return Err("could not create the virtualenv for the rapidfuzz baseline".to_owned());
        }
    }
    let has = Command::new(&python)
        .args(["-c", "import rapidfuzz"])
        .status()
        .is_ok_and(|s| s.success());
    if !has {
        let status = Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "rapidfuzz==3.*"])
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err("pip could not install rapidfuzz for the baseline".to_owned());
        }
    }
    let passages = file.substantive_passages().map_err(|e| e.to_string())?;
    let input = work_dir.join("baseline-input.json");
    let payload = serde_json::json!({
        "passages": passages.iter().map(|(id, doc, text)| serde_json::json!([id, doc, text])).collect::<Vec<_>>(),
        "queries": picked.iter().map(|(_, doc, text)| serde_json::json!([text, doc])).collect::<Vec<_>>(),
    });
    std::fs::write(&input, payload.to_string()).map_err(|e| e.to_string())?;
    let script = work_dir.join("rapidfuzz_baseline.py");
    std::fs::write(&script, BASELINE_SCRIPT).map_err(|e| e.to_string())?;
    let output = Command::new(&python)
        .arg(&script)
        .arg(&input)
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!(
            "the baseline failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("the baseline's answer: {e}"))
}
