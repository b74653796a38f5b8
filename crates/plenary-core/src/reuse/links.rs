//! Stored reuse links: computing them when a document is imported (against
//! everything already in the library, whichever is older), and reading a
//! document's reuse map back: for each passage, its earlier sources and the
//! later passages that reused it, with spans, scores (shown as every score
//! is, `similarity::shown_score`) and word diffs.

use super::index::{NewSentence, ReuseIndex};
use super::matcher::{match_runs, QuerySentence};
use super::matches::{round_score, REUSE_THRESHOLD};
use super::similarity::{shown_score, word_diff, DiffOp};
use crate::model::{Provenance, Result, Span};
use crate::store::{LinkEnd, NewLink, Store};
use serde::Serialize;
use std::collections::BTreeMap;

/// One link seen from one of its two passages.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ReuseLink {
    pub link_id: i64,
    pub score: f64,
    /// The span in this passage.
    pub span: Span,
    /// The passage at the other end of the link.
    pub other: Provenance,
    pub other_span: Span,
    pub other_text: String,
    /// From the earlier wording to the later one.
    pub diff: Vec<DiffOp>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PassageReuse {
    pub passage_id: i64,
    pub ordinal: i64,
    /// Earlier passages this one repeats, best first.
    pub sources: Vec<ReuseLink>,
    /// Later passages that repeat this one, oldest first.
    pub reused_later_in: Vec<ReuseLink>,
}

/// The passages of a document that take part in reuse, in reading order.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ReuseMap {
    pub document_id: i64,
    pub passages: Vec<PassageReuse>,
}

/// Matches a new document's sentences against the index: the links to
/// store with it.
pub(super) fn links_for(index: &ReuseIndex, new: &[NewSentence]) -> Vec<NewLink> {
    let passages: Vec<&[NewSentence]> = new
        .chunk_by(|a, b| a.entry.passage_id == b.entry.passage_id)
        .collect();
    link_rows(index, &passages)
}

/// The links of some passages of one document.
fn link_rows(index: &ReuseIndex, passages: &[&[NewSentence]]) -> Vec<NewLink> {
    let mut rows = Vec::new();
    for passage in passages {
        let query: Vec<QuerySentence> = passage
            .iter()
            .map(|s| QuerySentence {
                tokens: (&s.tokens[..]).into(),
                start: s.entry.start as usize,
                end: s.entry.end as usize,
            })
            .collect();
        let this = &passage[0].entry;
        for run in match_runs(index, &query, REUSE_THRESHOLD, |e| {
            e.document_id != this.document_id
        }) {
            let first = &index.entries[run.entries[0] as usize];
            let last = &index.entries[*run.entries.last().unwrap_or(&run.entries[0]) as usize];
            let other_span = (first.start, last.end);
            let this_span = (
                passage[run.first_query].entry.start,
                passage[run.last_query].entry.end,
            );
            let score = round_score(run.score);
            rows.push(if first.is_before(this) {
                NewLink {
                    source_passage_id: first.passage_id,
                    target_passage_id: this.passage_id,
                    score,
                    source_span: other_span,
                    target_span: this_span,
                }
            } else {
                NewLink {
                    source_passage_id: this.passage_id,
                    target_passage_id: first.passage_id,
                    score,
                    source_span: this_span,
                    target_span: other_span,
                }
            });
        }
    }
    rows
}

/// The reuse map of a document.
pub fn reuse_map(store: &Store, document_id: i64) -> Result<ReuseMap> {
    store.document_exists(document_id)?;
    let mut by_passage: BTreeMap<i64, PassageReuse> = BTreeMap::new();
    for earlier in [true, false] {
        for LinkEnd {
            link_id,
            score,
            passage_id,
            ordinal,
            text,
            span,
            other_id,
            other_span,
        } in store.link_ends(document_id, earlier)?
        {
            let (other, other_text) = store.provenance(other_id)?;
            let other_text = other_text
                .get(other_span.start..other_span.end)
                .unwrap_or("")
                .to_owned();
            let this_text = text.get(span.start..span.end).unwrap_or("");
            let (before, after) = match earlier {
                true => (other_text.as_str(), this_text),
                false => (this_text, other_text.as_str()),
            };
            let link = ReuseLink {
                link_id,
                score: shown_score(score, before, after),
                span,
                other,
                other_span,
                diff: word_diff(before, after),
                other_text,
            };
            let entry = by_passage.entry(ordinal).or_insert_with(|| PassageReuse {
                passage_id,
                ordinal,
                sources: Vec::new(),
                reused_later_in: Vec::new(),
            });
            match earlier {
                true => entry.sources.push(link),
                false => entry.reused_later_in.push(link),
            }
        }
    }
    for p in by_passage.values_mut() {
        p.reused_later_in.sort_by(|a, b| {
            a.other
                .date
                .cmp(&b.other.date)
                .then(a.other.document_id.cmp(&b.other.document_id))
        });
    }
    Ok(ReuseMap {
        document_id,
        passages: by_passage.into_values().collect(),
    })
}
