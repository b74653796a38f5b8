//! Tests of the corpus contract: determinism, independent sentences that do
//! not look alike, and a ground truth that points at real, similar sentences.
//! Documents are read back from disk with a small parser of their own (blank
//! lines between blocks; body paragraphs end with a period), so the tests
//! check the files, not the generator's memory.

use super::rng::Rng;
use super::*;
use std::collections::{BTreeSet, HashMap};

/// Lower-case word tokens, punctuation dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// 2·LCS/(len_a+len_b).
fn lcs_similarity(a: &[String], b: &[String]) -> f64 {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    2.0 * prev[b.len()] as f64 / (a.len() + b.len()).max(1) as f64
}

fn is_body(block: &str) -> bool {
    let lower = block.to_lowercase();
    !block.starts_with('#')
        && !block.starts_with("**")
        && block.ends_with('.')
        && block.split_whitespace().count() >= 6
        && !lower.starts_with("thank you")
        && !lower.starts_with("i thank you")
        && !lower.contains("align themselves with")
        && !super::layout::FRAMING_ACTS
            .iter()
            .any(|act| block.contains(act))
}

/// Splits at a period followed by a space and a capital or an opening quote.
fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = paragraph.as_bytes();
    for (i, _) in paragraph.match_indices(". ") {
        let next = paragraph[i + 2..].chars().next().unwrap_or(' ');
        let before = paragraph[start..i].rsplit(' ').next().unwrap_or("");
        let abbreviation = ["Mr", "Ms", "Dr", "H.E"].contains(&before) || before.len() == 1;
        if (next.is_uppercase() || next == '“') && !abbreviation && bytes[i] == b'.' {
            out.push(paragraph[start..=i].to_owned());
            start = i + 2;
        }
    }
    out.push(paragraph[start..].to_owned());
    out
}

/// The body paragraphs of a document file, each as its sentences.
fn body(text: &str) -> Vec<Vec<String>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|b| is_body(b))
        .map(sentences)
        .collect()
}

struct Corpus {
    docs: Vec<Vec<Vec<String>>>,
    truth: Vec<ReuseTruth>,
}

fn load(dir: &Path, n: usize) -> Corpus {
    let docs = (0..n)
        .map(|i| {
            body(&std::fs::read_to_string(dir.join(document_name(i))).expect("document exists"))
        })
        .collect();
    Corpus {
        docs,
        truth: read_ground_truth(dir).expect("ground truth reads back"),
    }
}

fn doc_index(name: &str) -> usize {
    name.trim_start_matches('d')
        .trim_end_matches(".md")
        .parse::<usize>()
        .expect("dNNNNN.md")
        - 1
}

fn sentence<'a>(c: &'a Corpus, doc: &str, paragraph: u32, sentence: u32) -> &'a str {
    let paragraphs = &c.docs[doc_index(doc)];
    let p = paragraphs
        .get(paragraph as usize - 1)
        .unwrap_or_else(|| panic!("{doc} has a body paragraph {paragraph}"));
    p.get(sentence as usize - 1)
        .unwrap_or_else(|| panic!("{doc} paragraph {paragraph} has a sentence {sentence}: {p:?}"))
}

fn generated(docs: usize, seed: u64) -> (tempfile::TempDir, CorpusSummary) {
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = generate(&CorpusSpec { docs, seed }, dir.path()).expect("corpus generates");
    (dir, summary)
}

#[test]
fn same_spec_gives_byte_identical_files() {
    let (a, sa) = generated(200, 7);
    let (b, sb) = generated(200, 7);
    assert_eq!(sa, sb, "summaries of the same spec are equal");
    let names = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .expect("dir lists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let (na, nb) = (names(a.path()), names(b.path()));
    assert_eq!(na, nb, "the same files are written");
    assert_eq!(na.len(), 201, "200 documents and the ground truth");
    for name in &na {
        let fa = std::fs::read(a.path().join(name)).expect("read");
        let fb = std::fs::read(b.path().join(name)).expect("read");
        assert!(fa == fb, "{name} is byte-identical across runs");
    }
    let (c, _) = generated(200, 8);
    let other = std::fs::read(c.path().join("d00100.md")).expect("read");
    assert_ne!(
        other,
        std::fs::read(a.path().join("d00100.md")).expect("read"),
        "another seed gives another corpus"
    );
}

#[test]
fn independent_sentences_do_not_look_alike() {
    let (dir, _) = generated(300, 11);
    let independent: Vec<Vec<String>> = independent(&load(dir.path(), 300))
        .iter()
        .map(|t| words(t))
        .collect();
    assert!(
        independent.len() > 5000,
        "enough independent sentences: {}",
        independent.len()
    );
    let mut rng = Rng::new(99);
    let pairs = 2000;
    let mut alike = 0;
    for _ in 0..pairs {
        let i = rng.below(independent.len());
        let j = (i + 1 + rng.below(independent.len() - 1)) % independent.len();
        if lcs_similarity(&independent[i], &independent[j]) >= 0.5 {
            alike += 1;
        }
    }
    assert!(
        alike * 1000 <= pairs,
        "at most 0.1% of independent pairs reach 0.5: {alike} of {pairs}"
    );
}

#[test]
fn ground_truth_points_at_similar_earlier_sentences() {
    let (dir, summary) = generated(300, 5);
    let corpus = load(dir.path(), 300);
    assert_eq!(
        summary.reuses,
        corpus.truth.len(),
        "one truth line per reuse"
    );
    for t in &corpus.truth {
        assert!(
            doc_index(&t.source_doc) < doc_index(&t.target_doc),
            "the source is older: {t:?}"
        );
        let target = words(sentence(
            &corpus,
            &t.target_doc,
            t.target_paragraph,
            t.target_sentence,
        ));
        let source = words(sentence(
            &corpus,
            &t.source_doc,
            t.source_paragraph,
            t.source_sentence,
        ));
        let sim = lcs_similarity(&target, &source);
        assert!(
            sim >= 0.75,
            "a reuse scores at least 0.75 ({sim:.2}): {t:?}\n{target:?}\n{source:?}"
        );
        if t.edit == "verbatim" {
            assert_eq!(target, source, "a verbatim reuse has the same words: {t:?}");
        } else {
            assert_eq!(t.edit, "light", "edit is verbatim or light");
        }
    }
    // Sources are lineage roots: never themselves a reuse.
    let targets: BTreeSet<(&str, u32, u32)> = corpus
        .truth
        .iter()
        .map(|t| (t.target_doc.as_str(), t.target_paragraph, t.target_sentence))
        .collect();
    for t in &corpus.truth {
        let source = (t.source_doc.as_str(), t.source_paragraph, t.source_sentence);
        assert!(
            !targets.contains(&source),
            "the source is the first occurrence, not a copy: {t:?}"
        );
    }
}

#[test]
fn documents_are_shaped_like_the_samples() {
    let (dir, summary) = generated(300, 3);
    let corpus = load(dir.path(), 300);
    let mut sentences_total = 0usize;
    for (d, paragraphs) in corpus.docs.iter().enumerate() {
        assert!(
            (5..=25).contains(&paragraphs.len()),
            "{} has 5-25 body paragraphs",
            document_name(d)
        );
        for p in paragraphs {
            let text = p.join(" ");
            let first = text.chars().next().expect("non-empty");
            assert!(
                first.is_uppercase() || first == '“',
                "a body paragraph starts with a capital: {text}"
            );
            assert!(
                text.ends_with('.') && text.split_whitespace().count() >= 6,
                "a body paragraph is a sentence: {text}"
            );
            sentences_total += p.len();
            for s in p {
                let n = s.split_whitespace().count();
                assert!(
                    (15..=46).contains(&n),
                    "a sentence has 18-40 words, plus a speech tag or reporting verb: {s}"
                );
            }
        }
    }
    let share = summary.reuses as f64 / sentences_total as f64;
    assert!(
        (0.15..=0.40).contains(&share),
        "about a quarter of sentences are reused: {share:.3}"
    );
    let cross =
        corpus.truth.iter().filter(|t| t.cross_speaker).count() as f64 / sentences_total as f64;
    assert!(
        (0.005..=0.06).contains(&cross),
        "a few percent reuse another speaker: {cross:.3}"
    );
    let first = std::fs::read_to_string(dir.path().join("d00001.md")).expect("read");
    assert!(
        first.contains("2021"),
        "the oldest document is from December 2021"
    );
}

/// The body sentences that no ground-truth line names as a reuse.
fn independent(corpus: &Corpus) -> Vec<String> {
    let targets: BTreeSet<(usize, u32, u32)> = corpus
        .truth
        .iter()
        .map(|t| {
            (
                doc_index(&t.target_doc),
                t.target_paragraph,
                t.target_sentence,
            )
        })
        .collect();
    let mut out = Vec::new();
    for (d, paragraphs) in corpus.docs.iter().enumerate() {
        for (p, sentences) in paragraphs.iter().enumerate() {
            for (s, text) in sentences.iter().enumerate() {
                if !targets.contains(&(d, p as u32 + 1, s as u32 + 1)) {
                    out.push(text.clone());
                }
            }
        }
    }
    out
}

/// For each sentence of `sample` (indices into `pool`), its highest
/// similarity to another sentence of `pool` and which one, or 0 when none
/// reaches `floor`. Word-count overlap bounds the LCS, so only sentences
/// sharing enough words are aligned.
fn nearest(pool: &[Vec<String>], sample: &[usize], floor: f64) -> Vec<(f64, usize)> {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut postings: Vec<Vec<(u32, u8)>> = Vec::new();
    for (i, sentence) in pool.iter().enumerate() {
        let mut counts: HashMap<usize, u8> = HashMap::new();
        for w in sentence {
            let next = ids.len();
            let id = *ids.entry(w.as_str()).or_insert(next);
            *counts.entry(id).or_default() += 1;
        }
        postings.resize(ids.len(), Vec::new());
        for (id, c) in counts {
            postings[id].push((i as u32, c));
        }
    }
    let mut overlap = vec![0u16; pool.len()];
    sample
        .iter()
        .map(|&q| {
            let mut counts: HashMap<usize, u8> = HashMap::new();
            for w in &pool[q] {
                *counts.entry(ids[w.as_str()]).or_default() += 1;
            }
            let mut touched = Vec::new();
            for (id, qc) in counts {
                for &(j, c) in &postings[id] {
                    if overlap[j as usize] == 0 {
                        touched.push(j as usize);
                    }
                    overlap[j as usize] += u16::from(qc.min(c));
                }
            }
            let mut best = (0.0, q);
            for j in touched {
                let bound = 2.0 * f64::from(overlap[j]) / (pool[q].len() + pool[j].len()) as f64;
                overlap[j] = 0;
                if j != q && bound >= floor.max(best.0) {
                    let sim = lcs_similarity(&pool[q], &pool[j]);
                    if sim >= floor && sim > best.0 {
                        best = (sim, j);
                    }
                }
            }
            best
        })
        .collect()
}

#[test]
fn independent_sentences_have_no_near_twin() {
    let (dir, _) = generated(1500, 13);
    let texts = independent(&load(dir.path(), 1500));
    let pool: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    assert!(pool.len() > 25_000, "enough sentences: {}", pool.len());
    let sample: Vec<usize> = (0..300).map(|i| i * pool.len() / 300).collect();
    let found = nearest(&pool, &sample, 0.6);
    let twins: Vec<String> = found
        .iter()
        .zip(&sample)
        .filter(|(f, _)| f.0 >= 0.6)
        .map(|((sim, j), &q)| format!("{sim:.3}\n  {}\n  {}", texts[q], texts[*j]))
        .collect();
    assert!(
        twins.len() * 100 <= sample.len(),
        "at most 1% of independent sentences have a neighbour at 0.6 or more: {} of {}\n{}",
        twins.len(),
        sample.len(),
        twins.join("\n")
    );
}

/// Diagnostics for tuning the grammar: `PLENARY_NN_DOCS=10000 cargo test -p
/// plenary-bench --release nearest_neighbour_stats -- --ignored --nocapture`.
#[test]
#[ignore]
fn nearest_neighbour_stats() {
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (docs, n) = (
        env("PLENARY_NN_DOCS", 10_000),
        env("PLENARY_NN_SAMPLE", 2000),
    );
    let started = std::time::Instant::now();
    let (dir, summary) = generated(docs, 1);
    println!(
        "generated {docs} docs in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let corpus = load(dir.path(), docs);
    let texts = independent(&corpus);
    let pool: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    let sentences: usize = corpus.docs.iter().flatten().map(Vec::len).sum();
    let mut rng = Rng::new(5);
    let sample: Vec<usize> = (0..n).map(|_| rng.below(pool.len())).collect();
    let mut found: Vec<(f64, usize, usize)> = nearest(&pool, &sample, 0.4)
        .into_iter()
        .zip(&sample)
        .map(|((sim, j), &q)| (sim, q, j))
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    let share = |t: f64| found.iter().filter(|f| f.0 >= t).count() as f64 / n as f64;
    let lens: Vec<usize> = sample.iter().map(|&q| pool[q].len()).collect();
    println!(
        "sentences={sentences} reuses={} independent={} mean words={:.1}",
        summary.reuses,
        pool.len(),
        lens.iter().sum::<usize>() as f64 / n as f64
    );
    let mut hist = [0usize; 10];
    for l in &lens {
        hist[(l / 5).min(9)] += 1;
    }
    println!("length by 5s: {hist:?}");
    for &q in sample.iter().take(env("PLENARY_NN_EXAMPLES", 0)) {
        println!("  ex: {}", texts[q]);
    }
    println!(
        "nearest >=0.5: {:.4} >=0.6: {:.4} >=0.7: {:.4} >=0.8: {:.4}",
        share(0.5),
        share(0.6),
        share(0.7),
        share(0.8)
    );
    for (sim, q, j) in found.iter().take(env("PLENARY_NN_SHOW", 25)) {
        println!("  {sim:.3}\n   {}\n   {}", texts[*q], texts[*j]);
    }
}

#[test]
fn the_importer_sees_the_same_paragraphs_and_sentences() {
    let (dir, _) = generated(150, 3);
    let corpus = load(dir.path(), 150);
    for (i, mine) in corpus.docs.iter().enumerate() {
        let text = std::fs::read_to_string(dir.path().join(document_name(i))).expect("read");
        let layout = plenary_core::text::layout::detect(&text);
        let passages = plenary_core::text::passages(&text, layout);
        let bodies: Vec<Vec<&str>> = passages
            .iter()
            .filter(|p| p.role.is_substantive())
            .map(|p| p.sentences.iter().map(|r| &p.text[r.clone()]).collect())
            .collect();
        assert_eq!(
            bodies,
            *mine,
            "{}: the importer's body paragraphs and sentences are the truth's",
            document_name(i)
        );
    }
}
