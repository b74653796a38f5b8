//! Continuations: the earlier sentences that go on from the words of a
//! sentence still being typed. A drafter who has typed "Pakistan therefore
//! shares the view" wants the sentence that began that way, although six
//! words are far from the whole sentence by `similarity`. So candidates are
//! chosen and ranked by how well the typed words fit the stretch of each
//! sentence of their own length (its "fit", 100 when the sentence holds
//! them word for word), but each carries the score of the whole sentence
//! against the typed words, on the one scale every match uses, and is
//! marked as continuing them when the sentence holds more than they fit.
//! The candidates come from the index, by the sentence's opening words and
//! by its shingles.

use super::index::{opening, shingles, ReuseIndex};
use super::matches::ReuseMatch;
use super::similarity::{shown_score, similarity, token_ids, word_diff, Positions, TokenId};
use crate::model::{Result, Span};
use crate::store::Store;
use crate::text::sentences::split_sentences;
use rustc_hash::FxHashSet;

/// Fewer typed words than this are too few to suggest from.
pub const MIN_TYPED_WORDS: usize = 4;
/// Candidate sentences scored per query.
const CANDIDATES: usize = 48;

/// The earlier sentences that best continue the last sentence of `text`,
/// best fit first, at most `k`, fitting at least `min_score`, among the
/// documents `accept` lets through.
pub fn find_continuations(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    k: usize,
    min_score: f64,
    accept: impl Fn(i64) -> bool,
) -> Result<Vec<ReuseMatch>> {
    let Some(range) = split_sentences(text).pop() else {
        return Ok(Vec::new());
    };
    let typed_text = &text[range.clone()];
    let typed = token_ids(typed_text);
    if typed.len() < MIN_TYPED_WORDS {
        return Ok(Vec::new());
    }
    let mut hashes = shingles(&typed);
    hashes.extend(opening(&typed));
    let mut words = Vec::new();
    let mut scored: Vec<(u32, f64, f64)> = index
        .candidates(&hashes, CANDIDATES, |e| accept(e.document_id))
        .into_iter()
        .map(|e| {
            let sentence = index.tokens(e, &mut words);
            (
                e,
                best_stretch(&typed, sentence),
                similarity(&typed, sentence),
            )
        })
        .filter(|(_, fit, _)| *fit >= min_score)
        .collect();
    // Best first; among equals, the most recent.
    scored.sort_by(|a, b| {
        let (ea, eb) = (&index.entries[a.0 as usize], &index.entries[b.0 as usize]);
        b.1.total_cmp(&a.1).then(eb.date.cmp(&ea.date))
    });
    let mut seen = FxHashSet::default();
    let mut matches = Vec::new();
    for (e, fit, whole) in scored {
        let entry = &index.entries[e as usize];
        if !seen.insert(entry.passage_id) {
            continue;
        }
        let (source, passage_text) = store.provenance(entry.passage_id)?;
        let source_span = Span {
            start: entry.start as usize,
            end: entry.end as usize,
        };
        let source_text = passage_text
            .get(source_span.start..source_span.end)
            .unwrap_or("")
            .to_owned();
        let typed_text = typed_text.trim_end();
        matches.push(ReuseMatch {
            diff: word_diff(&source_text, typed_text),
            source,
            score: shown_score(whole, &source_text, typed_text),
            source_span,
            source_text,
            query_span: Span {
                start: range.start,
                end: range.end,
            },
            continues: fit > whole,
        });
        if matches.len() == k {
            break;
        }
    }
    Ok(matches)
}

/// The similarity of the typed words to the stretch of the sentence, of
/// the same length, that they fit best.
fn best_stretch(typed: &[TokenId], sentence: &[TokenId]) -> f64 {
    if sentence.len() <= typed.len() {
        return similarity(typed, sentence);
    }
    let shared: FxHashSet<TokenId> = typed.iter().copied().collect();
    let width = typed.len();
    let typed = Positions::new(typed);
    (0..=sentence.len() - width)
        // A stretch worth scoring starts with a typed word.
        .filter(|&at| at == 0 || shared.contains(&sentence[at]))
        .map(|at| typed.similarity(sentence[at..at + width].iter().copied()))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<TokenId> {
        token_ids(text)
    }

    #[test]
    fn the_opening_words_of_a_sentence_score_in_full() {
        let sentence =
            ids("Pakistan therefore shares the view that a legally binding instrument is needed.");
        assert_eq!(
            best_stretch(&ids("Pakistan therefore shares the view"), &sentence),
            100.0
        );
        assert_eq!(
            best_stretch(&ids("a legally binding instrument"), &sentence),
            100.0
        );
        let other = best_stretch(&ids("Chile rejects the view entirely"), &sentence);
        assert!(other < 50.0, "{other}");
    }
}
