//! Stored reuse links: computing them when a document is imported (against
//! everything already in the library, whichever is older), and reading a
//! document's reuse map back: for each passage, its earlier sources and the
//! later passages that reused it, with spans, scores and word diffs.

use super::index::{ReuseIndex, SentenceEntry};
use super::matcher::{match_runs, QuerySentence};
use super::similarity::{word_diff, DiffOp};
use super::{round_score, Provenance, Span, REUSE_THRESHOLD};
use crate::error::Result;
use crate::store::Library;
use crate::text::tokens::tokenize;
use rusqlite::{params, Connection};
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

/// A link about to be stored: (source passage, target passage, score,
/// source span, target span).
pub(crate) type LinkRow = (i64, i64, f64, (u32, u32), (u32, u32));

/// Matches a new document's sentences against the index: the links to
/// store with it.
pub(crate) fn links_for(index: &ReuseIndex, new: &[SentenceEntry]) -> Vec<LinkRow> {
    let passages: Vec<&[SentenceEntry]> =
        new.chunk_by(|a, b| a.passage_id == b.passage_id).collect();
    link_rows(index, &passages)
}

/// Stores links inside the caller's transaction.
pub(crate) fn store_links(conn: &Connection, rows: &[LinkRow]) -> Result<usize> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO reuse_links (source_passage_id, target_passage_id, score, source_start, source_end, target_start, target_end) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut stored = 0;
    for &(source, target, score, source_span, target_span) in rows {
        stored += insert.execute(params![
            source,
            target,
            score,
            source_span.0,
            source_span.1,
            target_span.0,
            target_span.1
        ])?;
    }
    Ok(stored)
}

/// The links of some passages of one document.
fn link_rows(index: &ReuseIndex, passages: &[&[SentenceEntry]]) -> Vec<LinkRow> {
    let mut rows = Vec::new();
    for passage in passages {
        let query: Vec<QuerySentence> = passage
            .iter()
            .map(|e| QuerySentence {
                tokens: (&e.tokens[..]).into(),
                start: e.start as usize,
                end: e.end as usize,
            })
            .collect();
        let this = &passage[0];
        for run in match_runs(index, &query, REUSE_THRESHOLD, |e| {
            e.document_id != this.document_id
        }) {
            let first = &index.entries[run.entries[0] as usize];
            let last = &index.entries[*run.entries.last().unwrap_or(&run.entries[0]) as usize];
            let other_span = (first.start, last.end);
            let this_span = (passage[run.first_query].start, passage[run.last_query].end);
            rows.push(if first.is_before(this) {
                (
                    first.passage_id,
                    this.passage_id,
                    round_score(run.score),
                    other_span,
                    this_span,
                )
            } else {
                (
                    this.passage_id,
                    first.passage_id,
                    round_score(run.score),
                    this_span,
                    other_span,
                )
            });
        }
    }
    rows
}

/// A stored link as read from one of its passages.
struct LinkEnds {
    link_id: i64,
    score: f64,
    passage_id: i64,
    ordinal: i64,
    text: String,
    span: Span,
    other_id: i64,
    other_span: Span,
}

/// A stored byte offset.
pub(crate) fn offset(row: &rusqlite::Row, column: usize) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(column)?.max(0) as usize)
}

impl Library {
    /// The reuse map of a document.
    pub fn reuse_map(&self, document_id: i64) -> Result<ReuseMap> {
        self.document_exists(document_id)?;
        let mut by_passage: BTreeMap<i64, PassageReuse> = BTreeMap::new();
        for (this_column, other_column, earlier) in
            [("target", "source", true), ("source", "target", false)]
        {
            let sql = format!(
                "SELECT l.id, l.score, l.{this_column}_passage_id, p.ordinal, p.text, l.{this_column}_start, l.{this_column}_end, \
                 l.{other_column}_passage_id, l.{other_column}_start, l.{other_column}_end \
                 FROM reuse_links l JOIN passages p ON p.id = l.{this_column}_passage_id \
                 JOIN passages o ON o.id = l.{other_column}_passage_id JOIN documents od ON od.id = o.document_id \
                 WHERE p.document_id = ?1 AND od.deleted_at IS NULL ORDER BY p.ordinal, l.score DESC"
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows: Vec<LinkEnds> = stmt
                .query_map([document_id], |r| {
                    Ok(LinkEnds {
                        link_id: r.get(0)?,
                        score: r.get(1)?,
                        passage_id: r.get(2)?,
                        ordinal: r.get(3)?,
                        text: r.get(4)?,
                        span: Span {
                            start: offset(r, 5)?,
                            end: offset(r, 6)?,
                        },
                        other_id: r.get(7)?,
                        other_span: Span {
                            start: offset(r, 8)?,
                            end: offset(r, 9)?,
                        },
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            for LinkEnds {
                link_id,
                score,
                passage_id,
                ordinal,
                text,
                span,
                other_id,
                other_span,
            } in rows
            {
                let (other, other_text) = self.provenance(other_id)?;
                let other_text = other_text
                    .get(other_span.start..other_span.end)
                    .unwrap_or("")
                    .to_owned();
                let this_text = text.get(span.start..span.end).unwrap_or("");
                let (before, after) = if earlier {
                    (other_text.as_str(), this_text)
                } else {
                    (this_text, other_text.as_str())
                };
                let link = ReuseLink {
                    link_id,
                    score,
                    span,
                    other,
                    other_span,
                    diff: word_diff(before, &tokenize(before), after, &tokenize(after)),
                    other_text,
                };
                let entry = by_passage.entry(ordinal).or_insert_with(|| PassageReuse {
                    passage_id,
                    ordinal,
                    sources: Vec::new(),
                    reused_later_in: Vec::new(),
                });
                if earlier {
                    entry.sources.push(link);
                } else {
                    entry.reused_later_in.push(link);
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
}
