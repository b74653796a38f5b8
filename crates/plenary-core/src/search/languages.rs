//! A termbase concept as full-text queries in every language it has
//! terms in, for search and timelines "in all languages". Each term's
//! words become what their inflected forms share in the index
//! (`text::stems::shared_prefix`): "instrumentos jurídicamente
//! vinculantes" is found by `"instrument"* + "jurid"* + "vincul"*`, a
//! phrase of prefixes. In Arabic, where the index keeps the article and
//! the prepositions written onto a word, each word is any of its forms
//! with them (`"صك"` OR `"الصك"*` OR `"بالصك"*` …), and the words are
//! required together rather than as a phrase. Chinese terms are searched
//! in the trigram index as they are written, and those shorter than three
//! characters, which it cannot hold, as substrings. What these queries
//! find is then checked against the concept's terms (`termbase`), so a
//! passage that only has the words apart is left out.

use crate::model::{Concept, Language};
use crate::text::stems::{shared_prefix, word_keys, ARABIC_CLITICS};

/// The Arabic article and what may be written onto it, as the index
/// holds a word's beginning.
const ARABIC_ARTICLE_FORMS: [&str; 8] = ["ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل"];

/// A concept's terms as full-text queries.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ConceptQueries {
    /// For the word index, when the concept has terms in a language
    /// written with spaces.
    pub words: Option<String>,
    /// For the trigram index: Chinese terms of three characters or more.
    pub trigrams: Option<String>,
    /// Chinese terms too short for the trigram index.
    pub short_chinese: Vec<String>,
}

fn quoted(text: &str, prefix: bool) -> String {
    let star = if prefix { "*" } else { "" };
    format!("\"{}\"{star}", text.replace('"', "\"\""))
}

/// One term of a language written with spaces as an FTS5 expression.
fn term_query(language: Language, text: &str) -> Option<String> {
    let words = word_keys(language, text);
    if words.is_empty() {
        return None;
    }
    let parts: Vec<String> = words
        .iter()
        .map(|word| {
            let (start, prefix) = shared_prefix(word, language);
            match language {
                Language::Ar => {
                    let mut forms = vec![quoted(&start, prefix)];
                    forms.extend(
                        ARABIC_ARTICLE_FORMS
                            .iter()
                            .chain(ARABIC_CLITICS.iter())
                            .map(|before| quoted(&format!("{before}{start}"), true)),
                    );
                    format!("({})", forms.join(" OR "))
                }
                _ => quoted(&start, prefix),
            }
        })
        .collect();
    Some(match language {
        Language::Ar => format!("({})", parts.join(" AND ")),
        _ => parts.join(" + "),
    })
}

/// The queries that find `concept`'s terms in every language.
pub fn concept_queries(concept: &Concept) -> ConceptQueries {
    let mut words = Vec::new();
    let mut trigrams = Vec::new();
    let mut short_chinese = Vec::new();
    for term in &concept.fields.terms {
        match term.language {
            Language::Zh if term.text.chars().count() >= 3 => {
                trigrams.push(quoted(&term.text, false))
            }
            Language::Zh => short_chinese.push(term.text.clone()),
            language => words.extend(term_query(language, &term.text)),
        }
    }
    words.dedup();
    let joined = |parts: Vec<String>| (!parts.is_empty()).then(|| parts.join(" OR "));
    ConceptQueries {
        words: joined(words),
        trigrams: joined(trigrams),
        short_chinese,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_the_prefixes_their_forms_share() {
        assert_eq!(
            term_query(Language::Es, "instrumento jurídicamente vinculante").as_deref(),
            Some("\"instrument\"* + \"jurid\"* + \"vincul\"*")
        );
        assert_eq!(
            term_query(Language::En, "point of contact").as_deref(),
            Some("\"point\"* + \"of\" + \"contact\"*")
        );
        let arabic = term_query(Language::Ar, "صك ملزم").unwrap_or_default();
        assert!(
            arabic.contains("\"بالصك\"*") && arabic.contains(" AND "),
            "{arabic}"
        );
    }
}
