//! Where each paragraph of a draft came from, as it reads now. Paragraphs
//! are the blank-line separated blocks of the Markdown body. Each is
//! summed up as a whole: scored again against every insertion recorded for
//! the draft (an inserted wording the paragraph still resembles, a score
//! of at least `RESEMBLES` taken over the run of the paragraph's sentences
//! that best matches it, is a source, shown with its score now, so a
//! paragraph edited after an insertion shows its lower current score),
//! plus the library's best earlier match when it reaches the reuse
//! threshold, for language typed rather than inserted. Then each of its
//! sentences is marked (`sentences`): a paragraph with a reused sentence
//! and a new one says so, whatever its score as a whole.
//!
//! An insertion is first compared by the words it shares with the
//! paragraph, an upper bound of its score, so most pairs cost a hash
//! look-up per word; a long draft stays quick.

use super::sentences::{source_key, SentenceMarker};
use crate::agreed::{self, AgreedLibrary};
use crate::model::{
    Draft, DraftSource, Filter, Insertion, ParagraphProvenance, ParagraphSource, Result,
    SentenceMark,
};
use crate::reuse::similarity::{shown_score, similarity, token_ids, TokenId};
use crate::reuse::{self, FindOptions, ReuseIndex, ReuseMatch, MAX_QUERY_BYTES, REUSE_THRESHOLD};
use crate::store::Store;
use crate::text::paragraphs::{offset_in, paragraphs};
use crate::text::roles;
use crate::text::sentences::split_sentences;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// A paragraph that scores at least this against an inserted wording still
/// comes from it.
pub const RESEMBLES: f64 = 50.0;

/// Paragraphs shorter than this many words are not matched against the
/// library (as the reuse index leaves out sentences that short).
const MIN_LIBRARY_WORDS: usize = 5;

/// An inserted wording, ready to be compared.
struct Inserted<'a> {
    insertion: &'a Insertion,
    tokens: Vec<TokenId>,
    words: FxHashSet<TokenId>,
}

/// A paragraph's sentences as byte ranges with their words.
pub(super) type Sentences = [(Range<usize>, Vec<TokenId>)];

/// A text's sentences as byte ranges with their words.
pub(super) fn sentences_of(text: &str) -> Vec<(Range<usize>, Vec<TokenId>)> {
    split_sentences(text)
        .into_iter()
        .map(|range| (range.clone(), token_ids(&text[range])))
        .collect()
}

/// The best score of a wording (its `tokens`, and the set of its `words`)
/// against a run of consecutive sentences of a paragraph, with the run's
/// byte range, or `None` when it cannot reach `RESEMBLES`. Runs stop
/// growing past twice the wording's length.
pub(super) fn best_run(
    sentences: &Sentences,
    tokens: &[TokenId],
    words: &FxHashSet<TokenId>,
) -> Option<(f64, Range<usize>)> {
    let n = tokens.len();
    let shared = sentences
        .iter()
        .flat_map(|(_, sentence)| sentence)
        .filter(|t| words.contains(t))
        .count()
        .min(n);
    // The score is 2·LCS / (run + n), and LCS ≤ shared ≤ run.
    let bound = 200.0 * shared as f64 / (shared + n) as f64;
    if shared == 0 || bound < RESEMBLES {
        return None;
    }
    let mut best: Option<(f64, Range<usize>)> = None;
    let mut run: Vec<TokenId> = Vec::new();
    for (first, (start, _)) in sentences.iter().enumerate() {
        run.clear();
        for (range, sentence) in &sentences[first..] {
            if !run.is_empty() && run.len() + sentence.len() > 2 * n {
                break;
            }
            run.extend_from_slice(sentence);
            let score = similarity(&run, tokens);
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, start.start..range.end));
            }
        }
    }
    best
}

/// Each paragraph of the draft with its sources, best first, and its
/// sentences marked (agreed language from `agreed`).
pub fn paragraph_provenance(
    store: &Store,
    index: &ReuseIndex,
    agreed: &AgreedLibrary,
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
    let mut marker = SentenceMarker::new(
        store,
        index,
        &draft.insertions,
        agreed::check_text(store, agreed, &draft.body)?,
        draft.delivered_document,
    );
    let mut library: FxHashMap<&str, Option<ReuseMatch>> = FxHashMap::default();
    let mut out = Vec::new();
    for (at, text) in paragraphs(&draft.body).into_iter().enumerate() {
        let sentences = sentences_of(text);
        let mut sources: Vec<ParagraphSource> = Vec::new();
        for candidate in &inserted {
            let Some((raw, run)) = best_run(&sentences, &candidate.tokens, &candidate.words) else {
                continue;
            };
            let score = shown_score(raw, &candidate.insertion.text, &text[run]);
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
        let words: usize = sentences.iter().map(|(_, tokens)| tokens.len()).sum();
        if words >= MIN_LIBRARY_WORDS && text.len() <= MAX_QUERY_BYTES {
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
        let sentences = marker.paragraph(text, offset_in(&draft.body, text))?;
        out.push(ParagraphProvenance {
            index: at,
            text: text.to_owned(),
            formula: roles::is_formula(text),
            sources,
            new_sentences: sentences
                .iter()
                .filter(|s| s.mark == SentenceMark::New)
                .count(),
            sentences,
        });
    }
    Ok(out)
}
