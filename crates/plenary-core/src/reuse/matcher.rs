//! Matching a text's sentences against the index, and joining matched
//! sentences into spans. A span is a run of consecutive query sentences
//! that match consecutive sentences of one earlier passage; its score is the
//! similarity of the two runs' words. So a 2021 sentence quoted inside a 2024
//! paragraph matches as that one sentence, and a paragraph reused whole
//! matches as one span covering it.

use super::index::{shingles, ReuseIndex, SentenceEntry, MIN_SENTENCE_TOKENS};
use super::similarity::{placed_tokens, similarity, TokenId};
use crate::text::sentences::split_sentences;
use rustc_hash::FxHashMap;

/// Candidates scored exactly per query sentence.
const CANDIDATES_PER_SENTENCE: usize = 16;
/// Sentences longer than this are matched in pieces of `PIECE_TOKENS`.
const LONG_SENTENCE_TOKENS: usize = 120;
const PIECE_TOKENS: usize = 60;

/// A sentence (or piece of a long one) of the text being matched.
#[derive(Debug, Clone)]
pub struct QuerySentence<'a> {
    pub tokens: std::borrow::Cow<'a, [TokenId]>,
    /// Byte range in the text it came from.
    pub start: usize,
    pub end: usize,
}

/// A run of matched sentences against one passage.
#[derive(Debug, Clone)]
pub struct Run {
    pub passage_id: i64,
    /// Indices into the query sentences, first and last.
    pub first_query: usize,
    pub last_query: usize,
    /// The matched index entries, in order.
    pub entries: Vec<u32>,
    pub score: f64,
}

/// Splits a text into sentences with their tokens, cutting very long
/// sentences into pieces so that matching time stays bounded.
pub fn query_sentences(text: &str) -> Vec<QuerySentence<'static>> {
    let mut out = Vec::new();
    for range in split_sentences(text) {
        let tokens = placed_tokens(&text[range.clone()]);
        let ids = |tokens: &[(std::ops::Range<usize>, TokenId)]| -> Vec<TokenId> {
            tokens.iter().map(|(_, id)| *id).collect()
        };
        if tokens.len() <= LONG_SENTENCE_TOKENS {
            out.push(QuerySentence {
                tokens: ids(&tokens).into(),
                start: range.start,
                end: range.end,
            });
            continue;
        }
        for piece in tokens.chunks(PIECE_TOKENS) {
            out.push(QuerySentence {
                tokens: ids(piece).into(),
                start: range.start + piece[0].0.start,
                end: range.start + piece[piece.len() - 1].0.end,
            });
        }
    }
    out
}

/// Finds, for each passage the query meets, its runs of matched sentences
/// scoring at least `min_score`.
pub fn match_runs(
    index: &ReuseIndex,
    query: &[QuerySentence],
    min_score: f64,
    accept: impl Fn(&SentenceEntry) -> bool,
) -> Vec<Run> {
    // Best match of each query sentence in each passage.
    let mut per_passage: FxHashMap<i64, Vec<(usize, u32, f64)>> = FxHashMap::default();
    for (qi, sentence) in query.iter().enumerate() {
        if sentence.tokens.len() < MIN_SENTENCE_TOKENS {
            continue;
        }
        let mut best: FxHashMap<i64, (u32, f64)> = FxHashMap::default();
        let positions = index.positions(&sentence.tokens);
        for e in index.candidates(
            &shingles(&sentence.tokens),
            CANDIDATES_PER_SENTENCE,
            &accept,
        ) {
            let entry = &index.entries[e as usize];
            let score = index.similarity(&positions, e);
            if score >= min_score && best.get(&entry.passage_id).is_none_or(|b| score > b.1) {
                best.insert(entry.passage_id, (e, score));
            }
        }
        for (passage, (e, score)) in best {
            per_passage.entry(passage).or_default().push((qi, e, score));
        }
    }
    let mut runs = Vec::new();
    for (passage_id, mut matches) in per_passage {
        matches.sort_by_key(|m| m.0);
        let mut current: Option<Run> = None;
        for (qi, e, score) in matches {
            let ordinal = index.entries[e as usize].ordinal;
            let extends = current.as_ref().is_some_and(|r| {
                let last = &index.entries[*r.entries.last().unwrap_or(&e) as usize];
                r.last_query + 1 == qi && last.ordinal + 1 == ordinal
            });
            if extends {
                if let Some(r) = current.as_mut() {
                    r.last_query = qi;
                    r.entries.push(e);
                }
            } else {
                runs.extend(current.take());
                current = Some(Run {
                    passage_id,
                    first_query: qi,
                    last_query: qi,
                    entries: vec![e],
                    score,
                });
            }
        }
        runs.extend(current);
    }
    // A run of one sentence keeps that sentence's score; a longer one is
    // scored on all its words.
    let mut words = Vec::new();
    for run in runs.iter_mut().filter(|r| r.entries.len() > 1) {
        let query_tokens: Vec<TokenId> = query[run.first_query..=run.last_query]
            .iter()
            .flat_map(|s| s.tokens.iter().copied())
            .collect();
        let mut source_tokens: Vec<TokenId> = Vec::new();
        for e in &run.entries {
            source_tokens.extend_from_slice(index.tokens(*e, &mut words));
        }
        run.score = similarity(&query_tokens, &source_tokens);
    }
    runs.retain(|r| r.score >= min_score);
    runs.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.passage_id.cmp(&b.passage_id))
    });
    runs
}
