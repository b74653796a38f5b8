//! Where each paragraph of a draft came from, as it reads now. Paragraphs
//! are the blank-line separated blocks of the Markdown body. Each is scored
//! again against every insertion recorded for the draft: an inserted
//! wording the paragraph still resembles (a score of at least
//! `RESEMBLES`, taken over the run of the paragraph's sentences that best
//! matches it) is a source, shown with its score now, so a paragraph
//! edited after an insertion shows its lower current score. The library's
//! best earlier match for the paragraph is added when it reaches the
//! reuse threshold, for language typed rather than inserted. A paragraph
//! with no source is new language.
//!
//! An insertion is first compared by the words it shares with the
//! paragraph, an upper bound of its score, so most pairs cost a hash
//! look-up per word; a long draft stays quick.

use crate::model::{
    Draft, DraftSource, Filter, Insertion, ParagraphProvenance, ParagraphSource, Result,
};
use crate::reuse::similarity::{similarity, token_ids, TokenId};
use crate::reuse::{self, FindOptions, ReuseIndex, ReuseMatch, REUSE_THRESHOLD};
use crate::store::Store;
use crate::text::roles;
use crate::text::sentences::split_sentences;
use rustc_hash::{FxHashMap, FxHashSet};

/// A paragraph that scores at least this against an inserted wording still
/// comes from it.
pub const RESEMBLES: f64 = 50.0;

/// Paragraphs shorter than this many words are not matched against the
/// library (as the reuse index leaves out sentences that short).
const MIN_LIBRARY_WORDS: usize = 5;

/// The blank-line separated blocks of a Markdown body, trimmed, in order.
pub fn paragraphs(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(body[s..end].trim());
            }
        } else {
            start.get_or_insert(offset);
            end = offset + line.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(body[s..end].trim());
    }
    out
}

/// An inserted wording, ready to be compared.
struct Inserted<'a> {
    insertion: &'a Insertion,
    tokens: Vec<TokenId>,
    words: FxHashSet<TokenId>,
}

/// Which source an insertion names, so that one source is listed once.
fn source_key(source: &DraftSource) -> (bool, i64) {
    match source {
        DraftSource::Passage { provenance } => (true, provenance.passage_id),
        DraftSource::TalkingPoint { id, .. } => (false, *id),
    }
}

/// The best score of `inserted` against a run of consecutive sentences of
/// a paragraph (given as their tokens), or 0 when it cannot reach
/// `RESEMBLES`. Runs stop growing past twice the inserted length.
fn best_run_score(sentences: &[Vec<TokenId>], inserted: &Inserted) -> f64 {
    let n = inserted.tokens.len();
    let shared = sentences
        .iter()
        .flatten()
        .filter(|t| inserted.words.contains(t))
        .count()
        .min(n);
    // The score is 2·LCS / (run + n), and LCS ≤ shared ≤ run.
    let bound = 200.0 * shared as f64 / (shared + n) as f64;
    if shared == 0 || bound < RESEMBLES {
        return 0.0;
    }
    let mut best: f64 = 0.0;
    let mut run: Vec<TokenId> = Vec::new();
    for first in 0..sentences.len() {
        run.clear();
        for sentence in &sentences[first..] {
            if !run.is_empty() && run.len() + sentence.len() > 2 * n {
                break;
            }
            run.extend_from_slice(sentence);
            best = best.max(similarity(&run, &inserted.tokens));
        }
    }
    best
}

/// Scores are shown with one decimal, as reuse shows them.
fn rounded(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

/// Each paragraph of the draft with its sources, best first.
pub fn paragraph_provenance(
    store: &Store,
    index: &ReuseIndex,
    draft: &Draft,
) -> Result<Vec<ParagraphProvenance>> {
    let inserted: Vec<Inserted> = draft
        .insertions
        .iter()
        .map(|insertion| {
            let tokens = token_ids(&insertion.text);
            Inserted {
                insertion,
                words: tokens.iter().copied().collect(),
                tokens,
            }
        })
        .filter(|i| !i.tokens.is_empty())
        .collect();
    let options = FindOptions {
        k: 1,
        min_score: REUSE_THRESHOLD,
        exclude_document: draft.delivered_document,
    };
    let mut library: FxHashMap<&str, Option<ReuseMatch>> = FxHashMap::default();
    let mut out = Vec::new();
    for (at, text) in paragraphs(&draft.body).into_iter().enumerate() {
        let sentences: Vec<Vec<TokenId>> = split_sentences(text)
            .into_iter()
            .map(|range| token_ids(&text[range]))
            .collect();
        let mut sources: Vec<ParagraphSource> = Vec::new();
        for candidate in &inserted {
            let score = rounded(best_run_score(&sentences, candidate));
            if score < RESEMBLES {
                continue;
            }
            let source = ParagraphSource {
                source: candidate.insertion.source.clone(),
                score,
                inserted_at: Some(candidate.insertion.inserted_at.clone()),
                inserted_score: candidate.insertion.score,
            };
            let key = source_key(&source.source);
            match sources.iter_mut().find(|s| source_key(&s.source) == key) {
                // The same source inserted again: its best score, latest time.
                Some(seen) if seen.score <= score => *seen = source,
                Some(_) => {}
                None => sources.push(source),
            }
        }
        let words: usize = sentences.iter().map(Vec::len).sum();
        if words >= MIN_LIBRARY_WORDS {
            if !library.contains_key(text) {
                let best = reuse::find_reuse(store, index, text, &Filter::default(), options)?
                    .into_iter()
                    .next();
                library.insert(text, best);
            }
            if let Some(Some(found)) = library.get(text) {
                let key = (true, found.source.passage_id);
                if !sources.iter().any(|s| source_key(&s.source) == key) {
                    sources.push(ParagraphSource {
                        source: DraftSource::Passage {
                            provenance: found.source.clone(),
                        },
                        score: found.score,
                        inserted_at: None,
                        inserted_score: None,
                    });
                }
            }
        }
        sources.sort_by(|a, b| b.score.total_cmp(&a.score));
        out.push(ParagraphProvenance {
            index: at,
            text: text.to_owned(),
            formula: roles::is_salutation(text) || roles::is_closing(text),
            sources,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_blank_line_blocks() {
        let body = "Mr. Chair,\n\n \nFirst line\nsecond line.\n\n\n\nI thank you.\n";
        assert_eq!(
            paragraphs(body),
            vec!["Mr. Chair,", "First line\nsecond line.", "I thank you."]
        );
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n \n\t\n").is_empty());
        assert_eq!(paragraphs("One."), vec!["One."]);
    }
}
