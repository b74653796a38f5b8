//! The phrase bank: formulations of at least six words that recur, word for
//! word (ignoring case and punctuation), in at least two documents. A
//! phrase is a maximal run of words inside one sentence all of whose
//! six-word windows recur; it is listed with its count, first and last use,
//! and the speakers who used it. Only substantive passages are read, so
//! salutations and closings never become phrases.

use super::similarity::{token_id, TokenId};
use crate::model::{Filter, Result};
use crate::store::Store;
use crate::text::tokens::tokenize;
use rustc_hash::FxHashMap;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct PhraseOptions {
    pub filter: Filter,
    /// Shortest phrase, in words.
    pub min_words: usize,
    /// Fewest documents a phrase must occur in.
    pub min_documents: usize,
    pub limit: usize,
}

impl Default for PhraseOptions {
    fn default() -> Self {
        PhraseOptions {
            filter: Filter::default(),
            min_words: 6,
            min_documents: 2,
            limit: 100,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Phrase {
    /// The phrase as first written.
    pub text: String,
    pub words: usize,
    /// Documents it occurs in.
    pub documents: usize,
    /// Times it occurs.
    pub occurrences: usize,
    pub first_used: Option<String>,
    pub last_used: Option<String>,
    pub speakers: Vec<String>,
}

struct Sentence {
    document_id: i64,
    date: Option<String>,
    speaker: Option<String>,
    text: String,
    tokens: Vec<(TokenId, usize, usize)>,
}

struct Tally {
    phrase: Phrase,
    last_document: i64,
}

fn window_key(tokens: &[(TokenId, usize, usize)]) -> u64 {
    tokens.iter().fold(0x9E37_79B9_7F4A_7C15u64, |h, t| {
        (h ^ u64::from(t.0))
            .wrapping_mul(0x0100_0000_01b3)
            .rotate_left(17)
    })
}

/// The recurring formulations in the documents the filter lets through,
/// those in most documents first.
pub fn phrases(store: &Store, options: &PhraseOptions) -> Result<Vec<Phrase>> {
    let n = options.min_words.max(2);
    let sentences = phrase_sentences(store, &options.filter)?;
    // Pass 1: in how many documents each window of n words occurs.
    let mut window_documents: FxHashMap<u64, (u32, i64)> = FxHashMap::default();
    for s in &sentences {
        for w in s.tokens.windows(n) {
            let slot = window_documents.entry(window_key(w)).or_insert((0, -1));
            if slot.1 != s.document_id {
                *slot = (slot.0 + 1, s.document_id);
            }
        }
    }
    let recurs = |w: &[(TokenId, usize, usize)]| {
        window_documents
            .get(&window_key(w))
            .is_some_and(|c| c.0 as usize >= options.min_documents)
    };
    // Pass 2: maximal runs of recurring windows are the phrases.
    let mut tallies: FxHashMap<u64, Tally> = FxHashMap::default();
    for s in &sentences {
        let windows: Vec<bool> = s.tokens.windows(n).map(recurs).collect();
        let mut i = 0;
        while i < windows.len() {
            if !windows[i] {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < windows.len() && windows[j + 1] {
                j += 1;
            }
            let run = &s.tokens[i..j + n];
            let tally = tallies.entry(window_key(run)).or_insert_with(|| Tally {
                phrase: Phrase {
                    text: s.text[run[0].1..run[run.len() - 1].2].to_owned(),
                    words: run.len(),
                    documents: 0,
                    occurrences: 0,
                    first_used: None,
                    last_used: None,
                    speakers: Vec::new(),
                },
                last_document: -1,
            });
            let p = &mut tally.phrase;
            p.occurrences += 1;
            if tally.last_document != s.document_id {
                tally.last_document = s.document_id;
                p.documents += 1;
            }
            if let Some(date) = &s.date {
                if p.first_used.as_ref().is_none_or(|f| date < f) {
                    p.first_used = Some(date.clone());
                }
                if p.last_used.as_ref().is_none_or(|l| date > l) {
                    p.last_used = Some(date.clone());
                }
            }
            if let Some(speaker) = &s.speaker {
                if !p.speakers.contains(speaker) {
                    p.speakers.push(speaker.clone());
                }
            }
            i = j + 1;
        }
    }
    let mut phrases: Vec<Phrase> = tallies
        .into_values()
        .map(|t| t.phrase)
        .filter(|p| p.documents >= options.min_documents)
        .collect();
    for p in &mut phrases {
        p.speakers.sort();
    }
    phrases.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then(b.words.cmp(&a.words))
            .then(a.text.cmp(&b.text))
    });
    phrases.truncate(options.limit);
    Ok(phrases)
}

/// The substantive sentences of the filtered documents, in document order,
/// with their tokens.
fn phrase_sentences(store: &Store, filter: &Filter) -> Result<Vec<Sentence>> {
    Ok(store
        .phrase_sentences(filter)?
        .into_iter()
        .map(|s| Sentence {
            tokens: tokenize(&s.text)
                .into_iter()
                .map(|t| (token_id(&t.norm), t.span.start, t.span.end))
                .collect(),
            document_id: s.document_id,
            date: s.date,
            speaker: s.speaker,
            text: s.text,
        })
        .collect())
}
