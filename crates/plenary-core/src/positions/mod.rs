//! A delegation's positions as its words show them. The timeline
//! (`position_timeline`) answers "what did we say on X, and how did it
//! change?": for a topic or phrase (up to `PHRASE_WORDS` words, found by
//! full-text search) or a passage (longer, found by the reuse engine),
//! one version per statement of the speaker, oldest first, each with its
//! date and occasion and the word diff from the version before. A version
//! is the sentence of the statement that carries most of the query's
//! words, or the matched span for a passage. `who_else_says` lists the
//! other speakers who use the same or near wording.

mod others;

pub use others::who_else_says;

use crate::model::{Concept, DocumentSummary, Error, Filter, Provenance, Result, Term};
use crate::reuse::similarity::{token_ids, word_diff};
use crate::reuse::{self, DiffOp, FindOptions, ReuseIndex};
use crate::search::{self, AcrossLanguages, SearchOptions, SearchResults};
use crate::store::Store;
use crate::termbase::TermIndex;
use crate::text::sentences::split_sentences;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// Queries of at most this many words are searched for as words; longer
/// ones are matched as passages.
pub const PHRASE_WORDS: usize = 8;
/// Statements read for one timeline.
const MAX_VERSIONS: usize = 100;

/// One version of a position: what the speaker said in one statement.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PositionVersion {
    pub source: Provenance,
    /// Where it was said: the event or session, and the forum.
    pub occasion: Option<String>,
    pub text: String,
    /// For a passage query, its similarity to this version, 0 to 100.
    pub score: Option<f64>,
    /// From the version before to this one; empty for the first, and for
    /// one in another language than the version before.
    pub diff: Vec<DiffOp>,
    /// In all languages, the term of the concept this version has (in
    /// its own language, perhaps not the query's).
    pub wording: Option<Term>,
}

/// A speaker's versions of a position, oldest first (undated last).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PositionTimeline {
    pub query: String,
    pub speaker: Option<String>,
    pub versions: Vec<PositionVersion>,
    /// In all languages, the concept followed.
    pub across_languages: Option<AcrossLanguages>,
}

/// The timeline of `query` in the statements of `speaker` (every speaker
/// when `None`); with `across`, the concept `query` is a term of and that
/// term, in every language the concept has terms in.
pub fn position_timeline(
    store: &Store,
    index: &ReuseIndex,
    query: &str,
    speaker: Option<&str>,
    across: Option<(&Concept, &Term)>,
) -> Result<PositionTimeline> {
    let query = query.trim();
    let words = token_ids(query);
    if words.is_empty() {
        return Err(Error::InvalidQuery(
            "give a topic, a phrase or a passage to follow".to_owned(),
        ));
    }
    let filter = Filter {
        speaker: speaker.map(str::to_owned),
        ..Filter::default()
    };
    let options = SearchOptions {
        limit: MAX_VERSIONS,
        ..SearchOptions::default()
    };
    let found = match (across, words.len() <= PHRASE_WORDS) {
        (Some((concept, term)), _) => {
            let found = search::search_concept(store, concept, term, &filter, options)?;
            let check = TermIndex::new(vec![concept.clone()]);
            phrase_versions(store, found, |s| check.find(s, None).len())?
        }
        (None, true) => {
            let found = search::search(store, query, &filter, options)?;
            let wanted: FxHashSet<u32> = words.iter().copied().collect();
            phrase_versions(store, found, |s| {
                let held: FxHashSet<u32> = token_ids(s).into_iter().collect();
                wanted.intersection(&held).count()
            })?
        }
        (None, false) => passage_versions(store, index, query, &filter)?,
    };
    let ids: Vec<i64> = found.iter().map(|v| v.source.document_id).collect();
    let summaries: FxHashMap<i64, DocumentSummary> = store
        .summaries(&ids)?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut versions: Vec<PositionVersion> = found
        .into_iter()
        .map(|mut v| {
            v.occasion = summaries.get(&v.source.document_id).and_then(occasion);
            v
        })
        .collect();
    versions.sort_by(|a, b| match (&a.source.date, &b.source.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.source.document_id.cmp(&b.source.document_id),
    });
    for i in 1..versions.len() {
        // Wordings in two languages have no word diff worth showing.
        let language = |v: &PositionVersion| v.wording.as_ref().map(|w| w.language);
        if language(&versions[i - 1]) == language(&versions[i]) {
            versions[i].diff = word_diff(&versions[i - 1].text, &versions[i].text);
        }
    }
    Ok(PositionTimeline {
        query: query.to_owned(),
        speaker: speaker.map(str::to_owned),
        versions,
        across_languages: across.map(|(concept, term)| AcrossLanguages {
            concept: concept.clone(),
            query_term: term.clone(),
        }),
    })
}

/// Where a statement was made: "first substantive session, OEWG 2021-2025".
fn occasion(summary: &DocumentSummary) -> Option<String> {
    let m = &summary.metadata;
    let parts: Vec<&str> = [
        m.event.as_deref().or(m.session.as_deref()),
        m.forum.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|p| !p.trim().is_empty())
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A version per document a phrase search found: its best passage's
/// sentence that `score` rates highest (the phrase's words it holds, or
/// the concept's terms), the earliest of equals.
fn phrase_versions(
    store: &Store,
    found: SearchResults,
    score: impl Fn(&str) -> usize,
) -> Result<Vec<PositionVersion>> {
    let mut out = Vec::new();
    for group in found.groups {
        let best = group
            .hits
            .iter()
            .find(|h| h.role.is_substantive())
            .or(group.hits.first());
        let Some(hit) = best else { continue };
        let (source, text) = store.provenance(hit.passage_id)?;
        let sentence = split_sentences(&text)
            .into_iter()
            .map(|range| &text[range])
            .max_by_key(|s| (score(s), std::cmp::Reverse(s.as_ptr())))
            .unwrap_or(&text)
            .trim()
            .to_owned();
        out.push(PositionVersion {
            source,
            occasion: None,
            text: sentence,
            score: None,
            diff: Vec::new(),
            wording: hit.wording.clone(),
        });
    }
    Ok(out)
}

/// A version per document with a passage matching the query: its best
/// matching span.
fn passage_versions(
    store: &Store,
    index: &ReuseIndex,
    query: &str,
    filter: &Filter,
) -> Result<Vec<PositionVersion>> {
    let options = FindOptions {
        k: MAX_VERSIONS,
        ..FindOptions::default()
    };
    let mut seen = FxHashSet::default();
    Ok(reuse::find_reuse(store, index, query, filter, options)?
        .into_iter()
        .filter(|m| seen.insert(m.source.document_id))
        .map(|m| PositionVersion {
            source: m.source,
            occasion: None,
            text: m.source_text,
            score: Some(m.score),
            diff: Vec::new(),
            wording: None,
        })
        .collect())
}
