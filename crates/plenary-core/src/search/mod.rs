//! Full-text search over passages: SQLite FTS5 with BM25 ranking (the word
//! index for languages written with spaces, the trigram index for Chinese),
//! filtered by document metadata, grouped by document, with highlighted
//! snippets. Non-substantive passages (letterhead, salutations, closings)
//! still match but rank below substantive ones.

mod concordance;
pub mod query;

pub use concordance::ConcordanceLine;
pub use query::Query;

use crate::error::{Error, Result};
use crate::store::{DocumentSummary, Filter, Library};
use crate::text::PassageRole;
use rusqlite::OptionalExtension;
use serde::Serialize;

/// BM25 is multiplied by this for non-substantive passages (BM25 scores are
/// negative in SQLite, so a smaller factor ranks the passage lower).
const BOILERPLATE_WEIGHT: f64 = 0.3;
/// Queries matching more passages than this rank the most recently
/// imported ones, so that a one-common-word query still answers at once.
const RANKED_AT_MOST: usize = 1000;
const HIT: char = '\u{2}';
const END_HIT: char = '\u{3}';

/// A run of snippet text; `hit` marks the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PassageHit {
    pub passage_id: i64,
    pub ordinal: i64,
    pub role: PassageRole,
    /// Higher is better.
    pub score: f64,
    pub snippet: Vec<Segment>,
}

/// The hits of one document, best first.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentHits {
    pub document: DocumentSummary,
    pub hits: Vec<PassageHit>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SearchResults {
    pub query: String,
    pub groups: Vec<DocumentHits>,
    /// Passages matched, counting at most `limit`.
    pub passages_matched: usize,
    /// True when more passages matched than are listed.
    pub truncated: bool,
    /// True when the query matched so many passages that only the most
    /// recently imported `RANKED_AT_MOST` of them were ranked.
    pub broad: bool,
}

/// Search options beyond the query and filters.
#[derive(Debug, Clone, Copy)]
pub struct SearchOptions {
    /// How many passages are ranked before grouping.
    pub limit: usize,
    /// How many words of context a snippet shows.
    pub snippet_words: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 50,
            snippet_words: 24,
        }
    }
}

struct RankedPassage {
    passage_id: i64,
    document_id: i64,
    ordinal: i64,
    role: PassageRole,
    score: f64,
    snippet: Vec<Segment>,
}

impl Library {
    /// Searches passages; see `query` for the query language.
    ///
    /// FTS5 ranks by BM25 itself (`ORDER BY rank`), so snippets are made
    /// only for the passages returned; the role weighting then reorders
    /// those, so boilerplate sinks below substantive text.
    pub fn search(
        &self,
        input: &str,
        filter: &Filter,
        options: SearchOptions,
    ) -> Result<SearchResults> {
        let query = Query::parse(input)?;
        let (filter_sql, mut values) = filter.where_clause()?;
        let index = if query.cjk {
            "passages_trigram"
        } else {
            "passages_fts"
        };
        let short_cjk = query.cjk && !query.fits_trigram_index();
        if short_cjk && !query.is_conjunction() {
            return Err(Error::InvalidQuery(
                "Chinese words shorter than three characters can be searched only together, without OR or NOT".to_owned(),
            ));
        }
        let mut boundary: i64 = 0;
        let sql = if short_cjk {
            let conditions: String = query
                .terms()
                .iter()
                .map(|t| {
                    values.push(t.to_string());
                    format!(" AND instr(p.text, ?{}) > 0", values.len())
                })
                .collect();
            format!(
                "SELECT p.id, p.document_id, p.ordinal, p.role, 1.0, p.text FROM passages p JOIN documents d ON d.id = p.document_id \
                 WHERE p.has_cjk AND d.deleted_at IS NULL {conditions} {filter_sql} ORDER BY d.date DESC LIMIT {}",
                options.limit + 1
            )
        } else {
            // The word index has a facets column: filters become part of the
            // match. The trigram index holds few passages; the join filters it.
            let expression = if query.cjk {
                query.to_fts()
            } else {
                match self.selective_facets(filter, &filter_sql, &values)? {
                    Some(facets) => format!("text : ({}) AND {facets}", query.to_fts()),
                    None => format!("text : ({})", query.to_fts()),
                }
            };
            values.push(expression);
            let at = values.len();
            // A query matching more than RANKED_AT_MOST passages ranks the
            // most recently imported of them: find the rowid where they start.
            boundary = self
                .conn
                .prepare_cached(&format!(
                    "SELECT rowid FROM {index} WHERE {index} MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET {RANKED_AT_MOST}"
                ))?
                .query_row([&values[at - 1]], |r| r.get(0))
                .optional()
                .map_err(fts_error)?
                .unwrap_or(0);
            format!(
                "SELECT p.id, p.document_id, p.ordinal, p.role, -{index}.rank, \
                   snippet({index}, 0, char(2), char(3), '…', {words}) \
                 FROM {index} JOIN passages p ON p.id = {index}.rowid JOIN documents d ON d.id = p.document_id \
                 WHERE {index} MATCH ?{at} AND {index}.rowid > {boundary} AND d.deleted_at IS NULL {filter_sql} \
                 ORDER BY {index}.rank LIMIT {limit}",
                words = options.snippet_words.clamp(4, 64),
                limit = options.limit + 1
            )
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let terms = query.terms();
        let mut ranked: Vec<RankedPassage> = stmt
            .query_map(rusqlite::params_from_iter(&values), |r| {
                let role = PassageRole::parse(&r.get::<_, String>(3)?).unwrap_or(PassageRole::Body);
                let weight = if role.is_substantive() {
                    1.0
                } else {
                    BOILERPLATE_WEIGHT
                };
                let text: String = r.get(5)?;
                Ok(RankedPassage {
                    passage_id: r.get(0)?,
                    document_id: r.get(1)?,
                    ordinal: r.get(2)?,
                    role,
                    score: r.get::<_, f64>(4)? * weight,
                    snippet: if short_cjk {
                        mark_terms(&text, &terms)
                    } else {
                        segments(&text)
                    },
                })
            })
            .map_err(fts_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(fts_error)?;
        let truncated = ranked.len() > options.limit;
        ranked.truncate(options.limit);
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        let passages_matched = ranked.len();
        Ok(SearchResults {
            query: input.to_owned(),
            groups: self.group_hits(ranked)?,
            passages_matched,
            truncated: truncated || boundary > 0,
            broad: boundary > 0,
        })
    }

    /// The filter as facet words for the FTS query, when it is selective.
    /// A filter that most documents pass (every statement, say) would make
    /// FTS5 read a facet's doclist as long as the library; it is then left
    /// to the SQL condition on the ranked rows, which nearly all pass.
    fn selective_facets(
        &self,
        filter: &Filter,
        filter_sql: &str,
        values: &[String],
    ) -> Result<Option<String>> {
        if filter.is_empty() {
            return Ok(None);
        }
        let (passing, total, last): (i64, i64, Option<String>) = self.conn.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM documents d WHERE d.deleted_at IS NULL {filter_sql}), \
                 (SELECT count(*) FROM documents), (SELECT max(date) FROM documents)"
            ),
            rusqlite::params_from_iter(values),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if passing * 4 > total {
            return Ok(None);
        }
        filter.facet_expression(last.and_then(|d| d.parse().ok()))
    }

    /// Groups ranked passages by document, in the order of each document's best hit.
    fn group_hits(&self, ranked: Vec<RankedPassage>) -> Result<Vec<DocumentHits>> {
        let mut order: Vec<i64> = Vec::new();
        for r in &ranked {
            if !order.contains(&r.document_id) {
                order.push(r.document_id);
            }
        }
        let mut groups: Vec<DocumentHits> = self
            .summaries(&order)?
            .into_iter()
            .map(|document| DocumentHits {
                document,
                hits: Vec::new(),
            })
            .collect();
        for r in ranked {
            let at = order
                .iter()
                .position(|id| *id == r.document_id)
                .unwrap_or(0);
            if let Some(group) = groups.get_mut(at) {
                group.hits.push(PassageHit {
                    passage_id: r.passage_id,
                    ordinal: r.ordinal,
                    role: r.role,
                    score: r.score,
                    snippet: r.snippet,
                });
            }
        }
        Ok(groups)
    }
}

/// FTS5 reports a query it cannot parse as a generic SQL error.
fn fts_error(e: rusqlite::Error) -> Error {
    let message = e.to_string();
    if message.contains("fts5") || message.contains("syntax error") {
        Error::InvalidQuery(format!(
            "the search index could not read this query ({message})"
        ))
    } else {
        Error::Database(e)
    }
}

/// Splits FTS5 snippet text with hit markers into segments.
fn segments(marked: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut hit = false;
    let mut current = String::new();
    for c in marked.chars() {
        if c == HIT || c == END_HIT {
            if !current.is_empty() {
                out.push(Segment {
                    text: std::mem::take(&mut current),
                    hit,
                });
            }
            hit = c == HIT;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(Segment { text: current, hit });
    }
    out
}

/// Marks every occurrence of the terms in a (CJK) text, for the substring search.
fn mark_terms(text: &str, terms: &[&str]) -> Vec<Segment> {
    let mut marked = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while !rest.is_empty() {
        let next = terms
            .iter()
            .filter_map(|t| rest.find(t).map(|i| (i, t.len())))
            .min();
        match next {
            Some((i, len)) if len > 0 => {
                marked.push_str(&rest[..i]);
                marked.push(HIT);
                marked.push_str(&rest[i..i + len]);
                marked.push(END_HIT);
                rest = &rest[i + len..];
            }
            _ => {
                marked.push_str(rest);
                rest = "";
            }
        }
    }
    segments(&marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_markers_become_segments() {
        let s = segments("a \u{2}legally binding\u{3} instrument");
        assert_eq!(s.len(), 3);
        assert!(s[1].hit && s[1].text == "legally binding");
        let m = mark_terms("我们支持网络安全。", &["网络"]);
        assert_eq!(m.iter().filter(|s| s.hit).count(), 1);
    }
}
