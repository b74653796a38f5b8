//! Concordance (keyword in context): every occurrence of a phrase across the
//! library, one line each, with the words before and after it, in date order,
//! so a drafter sees how a formula was used over the years.

use crate::error::{Error, Result};
use crate::store::{Filter, Library};
use crate::text::tokens::{has_cjk, tokenize};
use serde::Serialize;

/// How many characters of context each side of the keyword shows.
const CONTEXT_CHARS: usize = 60;
/// At most this many passages are read for one concordance.
const MAX_PASSAGES: usize = 5000;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ConcordanceLine {
    pub document_id: i64,
    pub title: Option<String>,
    pub speaker: Option<String>,
    pub date: Option<String>,
    pub passage_id: i64,
    pub ordinal: i64,
    pub left: String,
    pub keyword: String,
    pub right: String,
}

impl Library {
    /// Every occurrence of `phrase`, oldest first (undated documents last).
    pub fn concordance(&self, phrase: &str, filter: &Filter) -> Result<Vec<ConcordanceLine>> {
        let wanted: Vec<String> = tokenize(phrase).into_iter().map(|t| t.norm).collect();
        if wanted.is_empty() {
            return Err(Error::InvalidQuery(
                "the phrase is empty: type the words to look for".to_owned(),
            ));
        }
        let (filter_sql, mut values) = filter.where_clause()?;
        let matcher = if has_cjk(phrase) {
            values.push(phrase.trim().to_owned());
            format!("p.has_cjk AND instr(p.text, ?{}) > 0", values.len())
        } else {
            values.push(format!("\"{}\"", wanted.join(" ").replace('"', "")));
            format!(
                "p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?{})",
                values.len()
            )
        };
        let sql = format!(
            "SELECT d.id, d.title, d.speaker, d.date, p.id, p.ordinal, p.text FROM passages p \
             JOIN documents d ON d.id = p.document_id WHERE {matcher} AND d.deleted_at IS NULL {filter_sql} \
             ORDER BY d.date IS NULL, d.date, d.id, p.ordinal LIMIT {MAX_PASSAGES}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&values))?;
        let mut lines = Vec::new();
        while let Some(r) = rows.next()? {
            let text: String = r.get(6)?;
            for (start, end) in occurrences(&text, &wanted) {
                lines.push(ConcordanceLine {
                    document_id: r.get(0)?,
                    title: r.get(1)?,
                    speaker: r.get(2)?,
                    date: r.get(3)?,
                    passage_id: r.get(4)?,
                    ordinal: r.get(5)?,
                    left: tail_chars(&text[..start], CONTEXT_CHARS),
                    keyword: text[start..end].to_owned(),
                    right: head_chars(&text[end..], CONTEXT_CHARS),
                });
            }
        }
        Ok(lines)
    }
}

/// Byte ranges where the token sequence `wanted` occurs in `text`.
fn occurrences(text: &str, wanted: &[String]) -> Vec<(usize, usize)> {
    let tokens = tokenize(text);
    tokens
        .windows(wanted.len())
        .filter(|w| w.iter().zip(wanted).all(|(t, n)| &t.norm == n))
        .map(|w| (w[0].span.start, w[w.len() - 1].span.end))
        .collect()
}

fn tail_chars(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

fn head_chars(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_ignore_case_and_hyphens() {
        let text = "Capacity-building matters. We support capacity building.";
        let wanted = vec!["capacity".to_owned(), "building".to_owned()];
        let found = occurrences(text, &wanted);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].0..found[0].1], "Capacity-building");
    }
}
