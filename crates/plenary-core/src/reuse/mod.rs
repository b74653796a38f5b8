//! Reuse: where the delegation said the same thing before. Given a sentence
//! or paragraph, `find_reuse` returns the best earlier passages with the
//! matching span, a similarity percentage (the formula is in `similarity`),
//! a word diff and the source's provenance. At import every substantive
//! sentence is matched against the library and the spans scoring at least
//! `REUSE_THRESHOLD` are stored as links, earlier passage to later, so a
//! document's reuse map is a read; when a document's date changes its links
//! are derived again (`relink_document`). Boilerplate roles are never
//! indexed, so they are never reported as reuse.

mod continuations;
mod index;
mod links;
mod matcher;
mod matches;
mod pending;
mod phrases;
pub mod similarity;
mod words;

pub use index::ReuseIndex;
pub use links::{reuse_map, PassageReuse, ReuseLink, ReuseMap};
pub use matches::{ReuseMatch, REUSE_THRESHOLD};
pub use phrases::{phrases, Phrase, PhraseOptions};
pub use similarity::{DiffKind, DiffOp};

use crate::model::{Error, Filter, Result, Span};
use crate::store::{BodySentence, NewLink, Store};
use crate::text::{roles, PassageDraft};
use index::{IndexBuilder, NewSentence, SentenceEntry};
use rustc_hash::FxHashSet;

#[derive(Debug, Clone, Copy)]
pub struct FindOptions {
    /// How many passages to return.
    pub k: usize,
    /// Matches scoring below this are not returned.
    pub min_score: f64,
    /// A document to leave out (the one the query comes from).
    pub exclude_document: Option<i64>,
}

impl Default for FindOptions {
    fn default() -> Self {
        FindOptions {
            k: 5,
            min_score: 50.0,
            exclude_document: None,
        }
    }
}

/// The longest query `find_reuse` reads, in bytes (about 15,000 words).
pub const MAX_QUERY_BYTES: usize = 100_000;

/// The reuse index of every substantive sentence in the library.
pub fn build_index(store: &Store) -> Result<ReuseIndex> {
    let mut builder = IndexBuilder::default();
    for_each_sentence(store, None, |sentence| builder.add(&sentence))?;
    Ok(builder.finish())
}

/// The reuse index of the substantive sentences of `documents` only: a
/// small index over a few documents (the agreed texts), matched with the
/// same engine as the library's.
pub fn build_index_of(store: &Store, documents: &[i64]) -> Result<ReuseIndex> {
    let mut builder = IndexBuilder::default();
    for &document in documents {
        for_each_sentence(store, Some(document), |sentence| builder.add(&sentence))?;
    }
    Ok(builder.finish())
}

/// Visits the index entries of the library's (or one document's)
/// substantive sentences, tokenising each passage once.
fn for_each_sentence(
    store: &Store,
    document: Option<i64>,
    mut visit: impl FnMut(NewSentence),
) -> Result<()> {
    let mut current: Option<(i64, Vec<similarity::PlacedToken>)> = None;
    store.body_sentences(document, |s| {
        if current.as_ref().is_none_or(|(id, _)| *id != s.passage_id) {
            current = Some((s.passage_id, similarity::placed_tokens(s.passage_text)));
        }
        let tokens = current
            .as_ref()
            .map(|(_, t)| t.as_slice())
            .unwrap_or_default();
        visit(sentence_entry(s, tokens));
    })
}

/// The earlier passages that best match `text`, best first.
pub fn find_reuse(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    filter: &Filter,
    options: FindOptions,
) -> Result<Vec<ReuseMatch>> {
    check_query(text)?;
    matches_among(
        store,
        index,
        text,
        &allowed_documents(store, filter)?,
        options,
    )
}

/// Refuses an empty text, or one too long to match at once.
fn check_query(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::InvalidQuery(
            "the text to match is empty: type or paste a sentence".to_owned(),
        ));
    }
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::InvalidQuery(format!(
            "the text is {} KB; reuse matches at most {} KB at a time",
            text.len() / 1024,
            MAX_QUERY_BYTES / 1024
        )));
    }
    Ok(())
}

/// `find_reuse` among the `allowed` documents (all when `None`).
fn matches_among(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    allowed: &Option<FxHashSet<i64>>,
    options: FindOptions,
) -> Result<Vec<ReuseMatch>> {
    let query = matcher::query_sentences(text);
    let runs = matcher::match_runs(index, &query, options.min_score, |e| {
        Some(e.document_id) != options.exclude_document
            && allowed.as_ref().is_none_or(|a| a.contains(&e.document_id))
    });
    let mut seen = FxHashSet::default();
    let mut matches = Vec::new();
    for run in runs
        .into_iter()
        .filter(|r| seen.insert(r.passage_id))
        .take(options.k)
    {
        let first = &index.entries[run.entries[0] as usize];
        let last = &index.entries[*run.entries.last().unwrap_or(&run.entries[0]) as usize];
        let (source, passage_text) = store.provenance(run.passage_id)?;
        let source_span = Span {
            start: first.start as usize,
            end: last.end as usize,
        };
        let query_span = Span {
            start: query[run.first_query].start,
            end: query[run.last_query].end,
        };
        let source_text = passage_text
            .get(source_span.start..source_span.end)
            .unwrap_or("")
            .to_owned();
        let query_text = &text[query_span.start..query_span.end];
        matches.push(ReuseMatch {
            diff: similarity::word_diff(&source_text, query_text),
            source,
            score: similarity::shown_score(run.score, &source_text, query_text),
            source_span,
            source_text,
            query_span,
            continues: false,
        });
    }
    Ok(matches)
}

/// The documents a filter lets through; `None` for all of them.
fn allowed_documents(store: &Store, filter: &Filter) -> Result<Option<FxHashSet<i64>>> {
    Ok(match filter.is_empty() {
        true => None,
        false => Some(store.document_ids(filter)?.into_iter().collect()),
    })
}

/// Suggestions for a drafter at work on `text` (the paragraph or sentence
/// under the cursor): the earlier passages that match it (`find_reuse`)
/// and the earlier sentences that go on from its last, unfinished
/// sentence (`continuations`), one per passage, best score first and, among
/// equal scores, a continuation before a match of the same wording (it
/// says more) and the most recent first. A salutation or a closing formula
/// ("Señor Presidente:", "I thank you, Mr. Chair.") gets none.
/// Every score is on one scale: a continuation carries the similarity of
/// the whole earlier sentence to the typed words, as `find_reuse` would
/// give it.
pub fn suggest(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    filter: &Filter,
    k: usize,
) -> Result<Vec<ReuseMatch>> {
    let options = FindOptions {
        k,
        ..FindOptions::default()
    };
    check_query(text)?;
    // A salutation or a closing is the form of every statement, not
    // language to look up.
    if roles::is_salutation(text) || roles::is_closing(text) {
        return Ok(Vec::new());
    }
    let allowed = allowed_documents(store, filter)?;
    let mut found = matches_among(store, index, text, &allowed, options)?;
    let accept = |document: i64| allowed.as_ref().is_none_or(|a| a.contains(&document));
    found.extend(continuations::find_continuations(
        store,
        index,
        text,
        k,
        options.min_score,
        accept,
    )?);
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.continues.cmp(&a.continues))
            .then_with(|| b.source.date.cmp(&a.source.date))
    });
    let mut seen = FxHashSet::default();
    found.retain(|m| seen.insert(m.source.passage_id));
    found.truncate(k);
    Ok(found)
}

/// `find_reuse` for a stored passage, leaving out its own document.
pub fn passage_reuse(
    store: &Store,
    index: &ReuseIndex,
    passage_id: i64,
    filter: &Filter,
    options: FindOptions,
) -> Result<Vec<ReuseMatch>> {
    let (provenance, text) = store.provenance(passage_id)?;
    let options = FindOptions {
        exclude_document: Some(provenance.document_id),
        ..options
    };
    find_reuse(store, index, &text, filter, options)
}

/// Derives again the links of a document whose date changed: its entries
/// in the index take the new date, and its sentences are matched anew, so
/// that each link runs from the earlier passage to the later one.
pub fn relink_document(
    store: &mut Store,
    index: &mut ReuseIndex,
    document_id: i64,
    date: Option<chrono::NaiveDate>,
) -> Result<()> {
    index.set_document_date(document_id, date.map(days));
    let mut entries = Vec::new();
    for_each_sentence(store, Some(document_id), |entry| entries.push(entry))?;
    let links = links::links_for(index, &entries);
    store.replace_links_of_document(document_id, &links)
}

/// Matches the substantive sentences of a document about to be written
/// (under the ids chosen for it) against the index, then adds them to it:
/// the links to store with the document.
pub fn link_new_document(
    index: &mut ReuseIndex,
    document_id: i64,
    first_passage_id: i64,
    date: Option<chrono::NaiveDate>,
    passages: &[PassageDraft],
) -> Vec<NewLink> {
    let mut new_sentences = Vec::new();
    for (i, p) in passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role.is_substantive())
    {
        let tokens = similarity::placed_tokens(&p.text);
        for (j, range) in p.sentences.iter().enumerate() {
            new_sentences.push(sentence_entry(
                &BodySentence {
                    passage_id: first_passage_id + i as i64,
                    document_id,
                    date,
                    ordinal: j as u32 + 1,
                    range: range.clone(),
                    passage_text: &p.text,
                },
                &tokens,
            ));
        }
    }
    let links = links::links_for(index, &new_sentences);
    for sentence in &new_sentences {
        index.add(sentence);
    }
    links
}

/// A date as the index keeps it: days since the common era.
fn days(date: chrono::NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&date)
}

/// The index entry of a sentence, from its passage's tokens.
fn sentence_entry(s: &BodySentence, passage_tokens: &[similarity::PlacedToken]) -> NewSentence {
    let first = passage_tokens.partition_point(|(span, _)| span.start < s.range.start);
    let tokens: Vec<_> = passage_tokens[first..]
        .iter()
        .take_while(|(span, _)| span.end <= s.range.end)
        .map(|(_, id)| *id)
        .collect();
    NewSentence {
        entry: SentenceEntry {
            passage_id: s.passage_id,
            document_id: s.document_id,
            date: s.date.map(days),
            ordinal: s.ordinal,
            start: s.range.start as u32,
            end: s.range.end as u32,
        },
        tokens,
    }
}
