//! Agreed language: text all States already accepted by consensus. A
//! document of the library is marked as an agreed text with the symbol it
//! is cited by (A/77/275); its paragraph numbers are read as the document
//! gives them ("15." or "15)" opening a passage). A draft (or any text) is
//! then checked against every agreed text (`check`): each span is agreed
//! language (an exact quote of at least `MIN_QUOTE_WORDS` words), altered
//! agreed language (a sentence that follows an agreed one closely but
//! changes words in it, with the word diff), or new wording. A stored
//! document is checked passage by passage (`check_passages`) for the
//! reader.
//!
//! The agreed texts are matched with the reuse engine, on an index of
//! their own sentences only (`AgreedLibrary`): the library's index keeps
//! only the most recent sentences under a common shingle, and agreed
//! language is precisely what every later statement repeats.

mod check;

pub use check::{check_passages, check_text, AgreedSource, CheckedSpan, PassageCheck, SpanKind};

use crate::model::{AgreedText, Error, Result};
use crate::reuse::{self, similarity::PlacedToken, ReuseIndex};
use crate::store::Store;
use rustc_hash::FxHashMap;

/// The shortest exact quote that counts as agreed language, in words.
pub const MIN_QUOTE_WORDS: usize = 8;
/// The longest symbol accepted, in characters.
const MAX_SYMBOL_CHARS: usize = 80;

/// Marks document `document_id` as an agreed text cited as `symbol` (or
/// gives it a new symbol).
pub fn mark(store: &mut Store, document_id: i64, symbol: &str) -> Result<AgreedText> {
    let symbol = symbol.trim();
    if symbol.is_empty() {
        return Err(Error::field(
            "symbol",
            "give the document symbol the text is cited by, for example A/77/275",
        ));
    }
    if symbol.chars().count() > MAX_SYMBOL_CHARS || symbol.chars().any(char::is_control) {
        return Err(Error::field(
            "symbol",
            format!("a document symbol is one line of at most {MAX_SYMBOL_CHARS} characters"),
        ));
    }
    store.mark_agreed(document_id, symbol)
}

/// The number a passage opens with, as the document gives it: "15" for a
/// passage opening "15. " or "15) ".
pub fn paragraph_number(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let mut rest = text[digits..].chars();
    match (rest.next(), rest.next()) {
        (Some('.' | ')'), Some(c)) if c.is_whitespace() => Some(&text[..digits]),
        _ => None,
    }
}

/// How an agreed paragraph is cited: "A/77/275 ¶ 15", or the symbol alone
/// for a paragraph without a number.
pub fn citation(symbol: &str, number: Option<&str>) -> String {
    match number {
        Some(n) => format!("{symbol} ¶ {n}"),
        None => symbol.to_owned(),
    }
}

/// One substantive paragraph of an agreed text.
struct AgreedParagraph {
    document_id: i64,
    passage_id: i64,
    symbol: String,
    number: Option<String>,
    text: String,
    tokens: Vec<PlacedToken>,
}

/// The agreed texts, ready to check a draft against: the reuse index of
/// their sentences, and their paragraphs' words with every run of
/// `MIN_QUOTE_WORDS` of them hashed, for exact quotes.
pub struct AgreedLibrary {
    index: ReuseIndex,
    paragraphs: Vec<AgreedParagraph>,
    by_passage: FxHashMap<i64, usize>,
    /// Hash of a run of `MIN_QUOTE_WORDS` tokens → (paragraph, first token).
    runs: FxHashMap<u64, Vec<(u32, u32)>>,
}

impl AgreedLibrary {
    /// Reads every agreed text of the library.
    pub fn load(store: &Store) -> Result<Self> {
        let texts = store.agreed_texts()?;
        let ids: Vec<i64> = texts.iter().map(|t| t.document_id).collect();
        let mut paragraphs = Vec::new();
        for text in &texts {
            for passage in store.document(text.document_id)?.passages {
                if !passage.role.is_substantive() {
                    continue;
                }
                let number = paragraph_number(&passage.text)
                    .or_else(|| paragraph_number(&passage.markdown))
                    .map(str::to_owned);
                paragraphs.push(AgreedParagraph {
                    document_id: text.document_id,
                    passage_id: passage.id,
                    symbol: text.symbol.clone(),
                    number,
                    tokens: reuse::similarity::placed_tokens(&passage.text),
                    text: passage.text,
                });
            }
        }
        let mut runs: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
        for (p, paragraph) in paragraphs.iter().enumerate() {
            let ids: Vec<u32> = paragraph.tokens.iter().map(|(_, id)| *id).collect();
            for (at, window) in ids.windows(MIN_QUOTE_WORDS).enumerate() {
                runs.entry(run_hash(window))
                    .or_default()
                    .push((p as u32, at as u32));
            }
        }
        Ok(AgreedLibrary {
            index: reuse::build_index_of(store, &ids)?,
            by_passage: paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| (p.passage_id, i))
                .collect(),
            paragraphs,
            runs,
        })
    }

    /// True when no text is marked agreed.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }
}

/// The hash a run of token ids is looked up under.
fn run_hash(window: &[u32]) -> u64 {
    window.iter().fold(0x9E37_79B9_7F4A_7C15, |h, &t| {
        (h ^ u64::from(t)).wrapping_mul(0xFF51_AFD7_ED55_8CCD)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_numbers_as_documents_give_them() {
        assert_eq!(paragraph_number("15. States should"), Some("15"));
        assert_eq!(paragraph_number("  7) The Group"), Some("7"));
        assert_eq!(
            paragraph_number("2021. A year"),
            None,
            "a year, not a number"
        );
        assert_eq!(paragraph_number("15.States"), None);
        assert_eq!(paragraph_number("1.5 million"), None);
        assert_eq!(paragraph_number("States should"), None);
        assert_eq!(citation("A/77/275", Some("15")), "A/77/275 ¶ 15");
        assert_eq!(citation("A/77/275", None), "A/77/275");
    }
}
