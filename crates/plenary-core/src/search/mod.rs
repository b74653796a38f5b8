//! Full-text search over passages: SQLite FTS5 with BM25 ranking (the word
//! index for languages written with spaces, the trigram index for Chinese),
//! filtered by document metadata, grouped by document, with highlighted
//! snippets. Non-substantive passages (letterhead, salutations, closings)
//! still match but rank below substantive ones.

mod concordance;
pub mod query;

pub use concordance::{concordance, ConcordanceLine};
pub use query::Query;

use crate::model::{DocumentSummary, Error, Filter, PassageRole, Result};
use crate::store::{self, FullTextIndex, PassageMatcher, RankedRow, Store};
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

/// Searches passages; see `query` for the query language.
///
/// FTS5 ranks by BM25 itself (`ORDER BY rank`), so snippets are made only
/// for the passages returned; the role weighting then reorders those, so
/// boilerplate sinks below substantive text.
pub fn search(
    store: &Store,
    input: &str,
    filter: &Filter,
    options: SearchOptions,
) -> Result<SearchResults> {
    let query = Query::parse(input)?;
    filter.check()?;
    let index = match query.cjk {
        true => FullTextIndex::Trigrams,
        false => FullTextIndex::Words,
    };
    let short_cjk = query.cjk && !query.fits_trigram_index();
    if short_cjk && !query.is_conjunction() {
        return Err(Error::InvalidQuery(
            "Chinese words shorter than three characters can be searched only together, without OR or NOT".to_owned(),
        ));
    }
    let terms = query.terms();
    let limit = options.limit + 1;
    let (rows, boundary) = if short_cjk {
        let matcher = PassageMatcher::Substrings(&terms);
        let rows = store.ranked_passages(&matcher, filter, 0, limit, options.snippet_words)?;
        (rows, 0)
    } else {
        // The word index has a facets column: filters become part of the
        // match. The trigram index holds few passages; the join filters it.
        let expression = match (query.cjk, selective_facets(store, filter)?) {
            (false, Some(facets)) => format!("text : ({}) AND {facets}", query.to_fts()),
            (false, None) => format!("text : ({})", query.to_fts()),
            (true, _) => query.to_fts(),
        };
        // A query matching more than RANKED_AT_MOST passages ranks the most
        // recently imported of them.
        let boundary = store.broad_boundary(index, &expression, RANKED_AT_MOST)?;
        let matcher = PassageMatcher::FullText {
            index,
            expression: &expression,
        };
        let rows =
            store.ranked_passages(&matcher, filter, boundary, limit, options.snippet_words)?;
        (rows, boundary)
    };
    let mut ranked: Vec<RankedRow> = rows
        .into_iter()
        .map(|mut row| {
            if !row.role.is_substantive() {
                row.score *= BOILERPLATE_WEIGHT;
            }
            row
        })
        .collect();
    let truncated = ranked.len() > options.limit;
    ranked.truncate(options.limit);
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
    let passages_matched = ranked.len();
    Ok(SearchResults {
        query: input.to_owned(),
        groups: group_hits(store, ranked, |text| match short_cjk {
            true => mark_terms(text, &terms),
            false => segments(text),
        })?,
        passages_matched,
        truncated: truncated || boundary > 0,
        broad: boundary > 0,
    })
}

/// The filter as facet words for the FTS query, when it is selective. A
/// filter that most documents pass (every statement, say) would make FTS5
/// read a facet's doclist as long as the library; it is then left to the
/// SQL condition on the ranked rows, which nearly all pass.
fn selective_facets(store: &Store, filter: &Filter) -> Result<Option<String>> {
    if filter.is_empty() {
        return Ok(None);
    }
    let reach = store.filter_reach(filter)?;
    if reach.passing * 4 > reach.total {
        return Ok(None);
    }
    store::facet_expression(filter, reach.last_date)
}

/// Groups ranked passages by document, in the order of each document's
/// best hit, making each snippet with `snippet`.
fn group_hits(
    store: &Store,
    ranked: Vec<RankedRow>,
    snippet: impl Fn(&str) -> Vec<Segment>,
) -> Result<Vec<DocumentHits>> {
    let mut order: Vec<i64> = Vec::new();
    for r in &ranked {
        if !order.contains(&r.document_id) {
            order.push(r.document_id);
        }
    }
    let mut groups: Vec<DocumentHits> = store
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
                snippet: snippet(&r.text),
            });
        }
    }
    Ok(groups)
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
