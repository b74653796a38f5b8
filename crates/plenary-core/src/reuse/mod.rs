//! Reuse: where the delegation said the same thing before. Given a sentence
//! or paragraph, `find_reuse` returns the best earlier passages with the
//! matching span, a similarity percentage (the formula is in `similarity`),
//! a word diff and the source's provenance. At import every substantive
//! sentence is matched against the library and the spans scoring at least
//! `REUSE_THRESHOLD` are stored as links, in both directions of time, so a
//! document's reuse map is a read. Boilerplate roles are never indexed, so
//! they are never reported as reuse.

mod index;
mod links;
mod matcher;
mod phrases;
pub mod similarity;

pub use index::ReuseIndex;
use links::links_for;
pub(crate) use links::{store_links, LinkRow};
pub use links::{PassageReuse, ReuseLink, ReuseMap};
pub use phrases::{Phrase, PhraseOptions};
pub use similarity::{DiffKind, DiffOp};

use crate::error::{Error, Result};
use crate::store::{Filter, Library};
use crate::text::tokens::tokenize;
use index::SentenceEntry;
use rusqlite::params;
use rustc_hash::FxHashSet;
use serde::Serialize;

/// Spans scoring at least this are stored as reuse links.
pub const REUSE_THRESHOLD: f64 = 60.0;

/// Where a passage comes from.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Provenance {
    pub document_id: i64,
    pub title: Option<String>,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub kind: Option<String>,
    pub passage_id: i64,
    /// The paragraph number in its document.
    pub ordinal: i64,
}

/// A byte range inside a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// An earlier passage that matches (part of) the query.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ReuseMatch {
    pub source: Provenance,
    /// 0 to 100; 100 is the same wording.
    pub score: f64,
    /// The matching span of the source passage, and its text.
    pub source_span: Span,
    pub source_text: String,
    /// The span of the query that matches it.
    pub query_span: Span,
    /// From the source's wording to the query's.
    pub diff: Vec<DiffOp>,
}

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
const MAX_QUERY_BYTES: usize = 100_000;

impl Library {
    /// The reuse index, built from the library on first use.
    pub(crate) fn reuse_index(&self) -> Result<&ReuseIndex> {
        if let Some(index) = self.reuse.get() {
            return Ok(index);
        }
        let index = self.build_reuse_index()?;
        Ok(self.reuse.get_or_init(|| index))
    }

    fn build_reuse_index(&self) -> Result<ReuseIndex> {
        let mut index = ReuseIndex::default();
        let mut stmt = self.conn.prepare(
            "SELECT s.passage_id, p.document_id, d.date, s.ordinal, s.start, s.end, p.text \
             FROM sentences s JOIN passages p ON p.id = s.passage_id JOIN documents d ON d.id = p.document_id \
             WHERE p.role = 'body' AND d.deleted_at IS NULL ORDER BY s.passage_id, s.ordinal",
        )?;
        let mut rows = stmt.query([])?;
        // The passage's tokens, made once for all of its sentences.
        let mut current: Option<(i64, Vec<crate::text::tokens::Token>)> = None;
        while let Some(r) = rows.next()? {
            let passage_id: i64 = r.get(0)?;
            if current.as_ref().is_none_or(|(id, _)| *id != passage_id) {
                current = Some((passage_id, tokenize(&r.get::<_, String>(6)?)));
            }
            let tokens = current
                .as_ref()
                .map(|(_, t)| t.as_slice())
                .unwrap_or_default();
            let date: Option<String> = r.get(2)?;
            index.add(new_sentence_entry(
                passage_id,
                r.get(1)?,
                date.and_then(|d| d.parse().ok()),
                r.get::<_, i64>(3)? as u32,
                links::offset(r, 4)?..links::offset(r, 5)?,
                tokens,
            ));
        }
        Ok(index)
    }

    /// The earlier passages that best match `text`, best first.
    pub fn find_reuse(
        &self,
        text: &str,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
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
        let allowed = self.allowed_documents(filter)?;
        let index = self.reuse_index()?;
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
            let (source, passage_text) = self.provenance(run.passage_id)?;
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
                diff: similarity::word_diff(
                    &source_text,
                    &tokenize(&source_text),
                    query_text,
                    &tokenize(query_text),
                ),
                source,
                score: round_score(run.score),
                source_span,
                source_text,
                query_span,
            });
        }
        Ok(matches)
    }

    /// `find_reuse` for a stored passage, leaving out its own document.
    pub fn passage_reuse(
        &self,
        passage_id: i64,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
        let (provenance, text) = self.provenance(passage_id)?;
        let options = FindOptions {
            exclude_document: Some(provenance.document_id),
            ..options
        };
        self.find_reuse(&text, filter, options)
    }

    /// The documents a filter lets through, or `None` for no filter.
    fn allowed_documents(&self, filter: &Filter) -> Result<Option<FxHashSet<i64>>> {
        if *filter == Filter::default() {
            return Ok(None);
        }
        let (clause, values) = filter.where_clause()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT d.id FROM documents d WHERE d.deleted_at IS NULL {clause}"
        ))?;
        let ids = stmt
            .query_map(rusqlite::params_from_iter(values), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(ids))
    }

    /// A passage's provenance and its text.
    pub fn provenance(&self, passage_id: i64) -> Result<(Provenance, String)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.date, d.speaker, d.kind, p.ordinal, p.text FROM passages p \
             JOIN documents d ON d.id = p.document_id WHERE p.id = ?1",
        )?;
        stmt.query_row(params![passage_id], |r| {
            Ok((
                Provenance {
                    document_id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    speaker: r.get(3)?,
                    kind: r.get(4)?,
                    passage_id,
                    ordinal: r.get(5)?,
                },
                r.get(6)?,
            ))
        })
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotFound {
                what: "passage",
                id: passage_id,
            },
            other => other.into(),
        })
    }
}

/// Matches the substantive sentences of a document about to be written
/// (under the ids chosen for it) against the index, then adds them to it:
/// the links to store with the document.
pub(crate) fn link_new_document(
    index: &mut ReuseIndex,
    document_id: i64,
    first_passage_id: i64,
    doc: &crate::import::PreparedDocument,
) -> Vec<LinkRow> {
    let mut new_sentences = Vec::new();
    for (i, p) in doc
        .passages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role.is_substantive())
    {
        let tokens = tokenize(&p.text);
        for (j, s) in p.sentences.iter().enumerate() {
            new_sentences.push(new_sentence_entry(
                first_passage_id + i as i64,
                document_id,
                doc.metadata.date,
                j as u32 + 1,
                s.clone(),
                &tokens,
            ));
        }
    }
    let links = links_for(index, &new_sentences);
    for entry in new_sentences {
        index.add(entry);
    }
    links
}

/// The index entry of a sentence being imported.
fn new_sentence_entry(
    passage_id: i64,
    document_id: i64,
    date: Option<chrono::NaiveDate>,
    ordinal: u32,
    range: std::ops::Range<usize>,
    passage_tokens: &[crate::text::tokens::Token],
) -> SentenceEntry {
    use chrono::Datelike;
    let tokens: Vec<_> = passage_tokens
        .iter()
        .filter(|t| t.span.start >= range.start && t.span.end <= range.end)
        .map(|t| similarity::token_id(&t.norm))
        .collect();
    SentenceEntry {
        passage_id,
        document_id,
        date: date.map(|d| d.num_days_from_ce()),
        ordinal,
        start: range.start as u32,
        end: range.end as u32,
        tokens: tokens.into_boxed_slice(),
    }
}

/// Scores are shown with one decimal.
fn round_score(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}
