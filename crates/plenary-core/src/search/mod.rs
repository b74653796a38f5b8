//! Full-text search over passages: SQLite FTS5 with BM25 ranking (the word
//! index for languages written with spaces, the trigram index for Chinese),
//! filtered by document metadata, grouped by document, with highlighted
//! snippets. Non-substantive passages (letterhead, salutations, closings)
//! still match but rank below substantive ones. A query that is a term of
//! the termbase can be searched in all languages (`search_concept`): the
//! concept's terms in each, in their inflected forms (`languages`), each
//! hit marked with the wording it has.

mod concordance;
mod languages;
pub mod query;

pub use concordance::{concordance, ConcordanceLine};
pub use languages::{concept_queries, ConceptQueries};
pub use query::Query;

use crate::model::{Concept, DocumentSummary, Error, Filter, PassageRole, Result, Term};
use crate::store::{self, FullTextIndex, PassageMatcher, RankedRow, Store};
use crate::termbase::TermIndex;
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
    /// In a search in all languages, the term of the concept the passage
    /// has (in its language, perhaps not the query's).
    pub wording: Option<Term>,
}

/// A search that follows a termbase concept into every language: the
/// concept, and the term the query was.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AcrossLanguages {
    pub concept: Concept,
    pub query_term: Term,
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
    /// For a search in all languages, the concept followed.
    pub across_languages: Option<AcrossLanguages>,
}

/// Search options beyond the query and filters.
#[derive(Debug, Clone, Copy)]
pub struct SearchOptions {
    /// How many passages are ranked before grouping.
    pub limit: usize,
    /// How many words of context a snippet shows.
    pub snippet_words: usize,
    /// Follow the query, a term of the termbase, into every language.
    pub all_languages: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 50,
            snippet_words: 24,
            all_languages: false,
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
    let rows = rows
        .into_iter()
        .map(|mut row| {
            if short_cjk {
                row.text = marked(&row.text, &terms);
            }
            (row, None)
        })
        .collect();
    results(store, input, rows, options.limit, boundary > 0)
}

/// The ranked rows (snippets marked), weighted by role, best first, at
/// most `limit`, grouped by document.
fn results(
    store: &Store,
    query: &str,
    rows: Vec<(RankedRow, Option<Term>)>,
    limit: usize,
    broad: bool,
) -> Result<SearchResults> {
    let mut ranked: Vec<(RankedRow, Option<Term>)> = rows
        .into_iter()
        .map(|(mut row, wording)| {
            if !row.role.is_substantive() {
                row.score *= BOILERPLATE_WEIGHT;
            }
            (row, wording)
        })
        .collect();
    let truncated = ranked.len() > limit;
    ranked.truncate(limit);
    ranked.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
    let passages_matched = ranked.len();
    Ok(SearchResults {
        query: query.to_owned(),
        groups: group_hits(store, ranked)?,
        passages_matched,
        truncated: truncated || broad,
        broad,
        across_languages: None,
    })
}

/// Searches the passages that have one of `concept`'s terms, in any
/// language and any inflected form; `query_term` is the term the query
/// was. Each hit carries the wording its passage has.
pub fn search_concept(
    store: &Store,
    concept: &Concept,
    query_term: &Term,
    filter: &Filter,
    options: SearchOptions,
) -> Result<SearchResults> {
    filter.check()?;
    let queries = concept_queries(concept);
    // Room for the passages the check below leaves out.
    let wide = options.limit * 3 + 1;
    let snippet = options.snippet_words;
    let mut rows = Vec::new();
    let mut broad = false;
    if let Some(words) = &queries.words {
        let expression = match selective_facets(store, filter)? {
            Some(facets) => format!("text : ({words}) AND {facets}"),
            None => format!("text : ({words})"),
        };
        let index = FullTextIndex::Words;
        let boundary = store.broad_boundary(index, &expression, RANKED_AT_MOST)?;
        let matcher = PassageMatcher::FullText {
            index,
            expression: &expression,
        };
        rows.extend(store.ranked_passages(&matcher, filter, boundary, wide, snippet)?);
        broad |= boundary > 0;
    }
    if let Some(trigrams) = &queries.trigrams {
        let index = FullTextIndex::Trigrams;
        let boundary = store.broad_boundary(index, trigrams, RANKED_AT_MOST)?;
        let matcher = PassageMatcher::FullText {
            index,
            expression: trigrams,
        };
        rows.extend(store.ranked_passages(&matcher, filter, boundary, wide, snippet)?);
        broad |= boundary > 0;
    }
    for term in &queries.short_chinese {
        let terms = [term.as_str()];
        let matcher = PassageMatcher::Substrings(&terms);
        let found = store.ranked_passages(&matcher, filter, 0, wide, snippet)?;
        rows.extend(found.into_iter().map(|mut row| {
            row.text = marked(&row.text, &terms);
            row
        }));
    }
    let check = TermIndex::new(vec![concept.clone()]);
    let mut seen = rustc_hash::FxHashSet::default();
    let mut held = Vec::new();
    for row in rows {
        if !seen.insert(row.passage_id) {
            continue;
        }
        let (_, text) = store.provenance(row.passage_id)?;
        if let Some(found) = check.find(&text, None).first() {
            let wording = concept.fields.terms.get(found.term).cloned();
            held.push((row, wording));
        }
    }
    let mut found = results(store, &query_term.text, held, options.limit, broad)?;
    found.across_languages = Some(AcrossLanguages {
        concept: concept.clone(),
        query_term: query_term.clone(),
    });
    Ok(found)
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
/// best hit, each with its snippet and wording.
fn group_hits(store: &Store, ranked: Vec<(RankedRow, Option<Term>)>) -> Result<Vec<DocumentHits>> {
    let mut order: Vec<i64> = Vec::new();
    for (r, _) in &ranked {
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
    for (r, wording) in ranked {
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
                snippet: segments(&r.text),
                wording,
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

/// Every occurrence of the terms in a (CJK) text marked as a hit, for the
/// substring search.
fn marked(text: &str, terms: &[&str]) -> String {
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
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_markers_become_segments() {
        let s = segments("a \u{2}legally binding\u{3} instrument");
        assert_eq!(s.len(), 3);
        assert!(s[1].hit && s[1].text == "legally binding");
        let m = segments(&marked("我们支持网络安全。", &["网络"]));
        assert_eq!(m.iter().filter(|s| s.hit).count(), 1);
    }
}
