//! The full-text indexes over passages: the FTS5 word index (with the facet
//! words of each passage's document) and the trigram index for Chinese and
//! Japanese. Adding a batch of passages to them, ranking the passages a
//! query matches, and reading the passages a concordance scans.

use super::{filter, passages, Store};
use crate::model::{Error, Filter, PassageRole, Provenance, Result};
use rusqlite::{Connection, OptionalExtension};

/// Which full-text index a query reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullTextIndex {
    /// Words, for languages written with spaces.
    Words,
    /// Character trigrams, for Chinese and Japanese.
    Trigrams,
}

impl FullTextIndex {
    fn table(self) -> &'static str {
        match self {
            FullTextIndex::Words => "passages_fts",
            FullTextIndex::Trigrams => "passages_trigram",
        }
    }
}

/// How the passages to return are found.
pub enum PassageMatcher<'a> {
    /// An FTS5 expression over an index.
    FullText {
        index: FullTextIndex,
        expression: &'a str,
    },
    /// Chinese or Japanese passages holding every one of these strings
    /// (words too short for the trigram index).
    Substrings(&'a [&'a str]),
}

/// A passage a query matched, with its BM25 score (higher is better; 1 for
/// a substring match) and its snippet, hits marked with \u{2} … \u{3}, or
/// its whole text for a substring match.
pub struct RankedRow {
    pub passage_id: i64,
    pub document_id: i64,
    pub ordinal: i64,
    pub role: PassageRole,
    pub score: f64,
    pub text: String,
}

/// How many documents a filter lets through, of how many, and the last
/// date in the library.
pub struct FilterReach {
    pub passing: i64,
    pub total: i64,
    pub last_date: Option<chrono::NaiveDate>,
}

/// Adds the passages written since `after_id` (the largest passage id
/// before the batch) to the word index, and those in Chinese or Japanese to
/// the trigram index: one statement per index for a whole batch, because
/// FTS5 writes out its pending terms at every statement savepoint, and a
/// row-by-row trigger made one index segment per passage.
pub(super) fn index_passages_after(conn: &Connection, after_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO passages_fts (rowid, text, facets) SELECT id, text, facets FROM passages WHERE id > ?1",
    )?
    .execute([after_id])?;
    conn.prepare_cached(
        "INSERT INTO passages_trigram (rowid, text) SELECT id, text FROM passages WHERE id > ?1 AND has_cjk",
    )?
    .execute([after_id])?;
    Ok(())
}

/// FTS5 reports an expression it cannot read as SQLite's generic error
/// code; any other code is the library failing.
fn query_error(e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::Unknown) => {
            Error::InvalidQuery(format!("the search index could not read this query ({e})"))
        }
        _ => Error::Database(e),
    }
}

/// The filter as facet words for an FTS5 expression over the word index,
/// months up to `last_month` for an open date range; `None` when it filters
/// nothing.
pub fn facet_expression(
    filter: &Filter,
    last_month: Option<chrono::NaiveDate>,
) -> Result<Option<String>> {
    filter::facet_expression(filter, last_month)
}

impl Store {
    /// The largest passage id in the library, 0 when there is none.
    pub fn last_passage_id(&self) -> Result<i64> {
        passages::last_passage_id(&self.conn)
    }

    /// For an FTS5 expression matching more than `at_most` passages, the
    /// rowid after which the `at_most` most recently imported of them
    /// start; 0 otherwise.
    pub fn broad_boundary(
        &self,
        index: FullTextIndex,
        expression: &str,
        at_most: usize,
    ) -> Result<i64> {
        let table = index.table();
        self.conn
            .prepare_cached(&format!(
                "SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET {at_most}"
            ))?
            .query_row([expression], |r| r.get("rowid"))
            .optional()
            .map_err(query_error)
            .map(Option::unwrap_or_default)
    }

    /// Up to `limit` passages of live documents that the filter lets
    /// through and the matcher matches, above passage id `after`: by BM25
    /// rank for a full-text match (snippets of `snippet_words`), most
    /// recent document first for a substring match.
    pub fn ranked_passages(
        &self,
        matcher: &PassageMatcher,
        filter: &Filter,
        after: i64,
        limit: usize,
        snippet_words: usize,
    ) -> Result<Vec<RankedRow>> {
        let (filter_sql, mut values) = filter::where_clause(filter)?;
        let sql = match matcher {
            PassageMatcher::Substrings(terms) => {
                let conditions: String = terms
                    .iter()
                    .map(|t| {
                        values.push(t.to_string());
                        format!(" AND instr(p.text, ?{}) > 0", values.len())
                    })
                    .collect();
                format!(
                    "SELECT p.id, p.document_id, p.ordinal, p.role, 1.0 AS score, p.text \
                     FROM passages p JOIN documents d ON d.id = p.document_id \
                     WHERE p.has_cjk AND d.deleted_at IS NULL {conditions} {filter_sql} \
                     ORDER BY d.date DESC LIMIT {limit}"
                )
            }
            PassageMatcher::FullText { index, expression } => {
                values.push(expression.to_string());
                let at = values.len();
                let table = index.table();
                format!(
                    "SELECT p.id, p.document_id, p.ordinal, p.role, -{table}.rank AS score, \
                       snippet({table}, 0, char(2), char(3), '…', {words}) AS text \
                     FROM {table} JOIN passages p ON p.id = {table}.rowid JOIN documents d ON d.id = p.document_id \
                     WHERE {table} MATCH ?{at} AND {table}.rowid > {after} AND d.deleted_at IS NULL {filter_sql} \
                     ORDER BY {table}.rank LIMIT {limit}",
                    words = snippet_words.clamp(4, 64),
                )
            }
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&values), |r| {
                Ok(RankedRow {
                    passage_id: r.get("id")?,
                    document_id: r.get("document_id")?,
                    ordinal: r.get("ordinal")?,
                    role: PassageRole::parse(&r.get::<_, String>("role")?)
                        .unwrap_or(PassageRole::Body),
                    score: r.get("score")?,
                    text: r.get("text")?,
                })
            })
            .map_err(query_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(query_error)?;
        Ok(rows)
    }

    /// How many live documents `filter` lets through, of all documents.
    pub fn filter_reach(&self, filter: &Filter) -> Result<FilterReach> {
        let (filter_sql, values) = filter::where_clause(filter)?;
        Ok(self.conn.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM documents d WHERE d.deleted_at IS NULL {filter_sql}) AS passing, \
                 (SELECT count(*) FROM documents) AS total, (SELECT max(date) FROM documents) AS last"
            ),
            rusqlite::params_from_iter(values),
            |r| {
                let last: Option<String> = r.get("last")?;
                Ok(FilterReach {
                    passing: r.get("passing")?,
                    total: r.get("total")?,
                    last_date: last.and_then(|d| d.parse().ok()),
                })
            },
        )?)
    }

    /// Up to `limit` passages the matcher matches in the documents the
    /// filter lets through, oldest document first (undated ones last).
    pub fn concordance_rows(
        &self,
        matcher: &PassageMatcher,
        filter: &Filter,
        limit: usize,
    ) -> Result<Vec<(Provenance, String)>> {
        let (filter_sql, mut values) = filter::where_clause(filter)?;
        let condition = match matcher {
            PassageMatcher::Substrings(terms) => {
                let conditions: Vec<String> = terms
                    .iter()
                    .map(|t| {
                        values.push(t.to_string());
                        format!("instr(p.text, ?{}) > 0", values.len())
                    })
                    .collect();
                format!("p.has_cjk AND {}", conditions.join(" AND "))
            }
            PassageMatcher::FullText { index, expression } => {
                values.push(expression.to_string());
                let table = index.table();
                format!(
                    "p.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?{})",
                    values.len()
                )
            }
        };
        let sql = format!(
            "SELECT d.id AS document_id, d.title, d.speaker, d.date, d.kind, p.id AS passage_id, p.ordinal, p.text \
             FROM passages p JOIN documents d ON d.id = p.document_id \
             WHERE {condition} AND d.deleted_at IS NULL {filter_sql} \
             ORDER BY d.date IS NULL, d.date, d.id, p.ordinal LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&values), |r| {
                Ok((passages::provenance_from_row(r)?, r.get("text")?))
            })
            .map_err(query_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(query_error)?;
        Ok(rows)
    }
}
