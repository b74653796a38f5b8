//! Concordance (keyword in context): every occurrence of a phrase across the
//! library, one line each, with the words before and after it, in date order,
//! so a drafter sees how a formula was used over the years.

use crate::model::{Error, Filter, Provenance, Result};
use crate::store::{FullTextIndex, PassageMatcher, Store};
use crate::text::tokens::{has_cjk, tokenize};
use serde::Serialize;

/// How many characters of context each side of the keyword shows.
const CONTEXT_CHARS: usize = 60;
/// At most this many passages are read for one concordance.
const MAX_PASSAGES: usize = 5000;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ConcordanceLine {
    /// The passage, and where it comes from.
    #[serde(flatten)]
    pub source: Provenance,
    pub left: String,
    pub keyword: String,
    pub right: String,
}

/// Every occurrence of `phrase`, oldest first (undated documents last).
pub fn concordance(store: &Store, phrase: &str, filter: &Filter) -> Result<Vec<ConcordanceLine>> {
    let wanted: Vec<String> = tokenize(phrase).into_iter().map(|t| t.norm).collect();
    if wanted.is_empty() {
        return Err(Error::InvalidQuery(
            "the phrase is empty: type the words to look for".to_owned(),
        ));
    }
    let cjk_phrase = [phrase.trim()];
    let fts_phrase = format!("\"{}\"", wanted.join(" ").replace('"', ""));
    let matcher = match has_cjk(phrase) {
        true => PassageMatcher::Substrings(&cjk_phrase),
        false => PassageMatcher::FullText {
            index: FullTextIndex::Words,
            expression: &fts_phrase,
        },
    };
    let mut lines = Vec::new();
    for (source, text) in store.concordance_rows(&matcher, filter, MAX_PASSAGES)? {
        for (start, end) in occurrences(&text, &wanted) {
            lines.push(ConcordanceLine {
                source: source.clone(),
                left: tail_chars(&text[..start], CONTEXT_CHARS),
                keyword: text[start..end].to_owned(),
                right: head_chars(&text[end..], CONTEXT_CHARS),
            });
        }
    }
    Ok(lines)
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
