//! Word forms, for finding a term however the text inflects it. Each word
//! token of a text becomes a key that its inflected forms share: the
//! Snowball stem (English, French, Spanish, Russian, Arabic), after French
//! elision ("l'", "d'") is dropped, and in Arabic after light rules strip
//! the article and the prepositions and conjunctions written onto it
//! ("بالصك", "للصكوك", "والبنية"); a word with a one-letter preposition or
//! conjunction and no article ("بصك") has a second key without it, since
//! it may also be a word that begins with that letter. Russian nouns ending in a vowel and
//! "в" ("устав", "разрыв"), which the stemmer would cut as gerunds, are
//! stemmed as their genitive ("устава"), as their other cases are. An
//! acronym ("AI", "ИИ", "ICTs") is not stemmed: its key is marked as one,
//! so that "ИИ" is never the conjunction "и". Chinese is not stemmed: each
//! character is its own token, as `tokens` gives it. Also the prefix of a
//! word that its forms share in the full-text index, for searching with
//! FTS5.

use crate::model::Language;
use crate::text::tokens::for_each_token;
use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;

/// A word of a text and its key in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyedWord {
    pub key: String,
    /// In Arabic, the key of the word without a one-letter preposition or
    /// conjunction written onto it ("بصك" is "صك" with "ب"), when it has
    /// one and no article: the word may be either.
    pub alternative: Option<String>,
    /// Byte range in the text.
    pub span: Range<usize>,
    /// The word as the search index reads it (lower-cased, Latin
    /// diacritics folded, French elision dropped, the Arabic article and
    /// its prepositions left on).
    pub norm: String,
}

/// The Arabic article, alone or with a preposition or conjunction
/// written onto it, longest first; "لل" is "ل" with the article's alif
/// dropped, as Arabic writes it.
const ARABIC_ARTICLES: [&str; 8] = ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"];
/// What may stand before an Arabic word without the article.
pub const ARABIC_CLITICS: [&str; 8] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"];

/// The mark of an acronym's key.
const ACRONYM: char = '#';

/// French elided words written onto the next one.
const FRENCH_ELISIONS: [&str; 8] = ["l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'"];

fn stemmer(language: Language) -> Option<Stemmer> {
    let algorithm = match language {
        Language::En => Algorithm::English,
        Language::Fr => Algorithm::French,
        Language::Es => Algorithm::Spanish,
        Language::Ru => Algorithm::Russian,
        Language::Ar => Algorithm::Arabic,
        Language::Zh => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The words of `text` with their keys as `language` inflects them.
pub fn word_keys(language: Language, text: &str) -> Vec<KeyedWord> {
    let stemmer = stemmer(language);
    let mut out = Vec::new();
    for_each_token(text, |norm, span| {
        let norm = index_form(language, norm);
        let key = match (&stemmer, acronym(&text[span.clone()])) {
            (_, Some(letters)) => format!("{ACRONYM}{}", letters.to_lowercase()),
            (Some(stemmer), None) => stemmer.stem(&stem_input(language, &norm)).into_owned(),
            (None, None) => norm.clone(),
        };
        let alternative = match (&stemmer, language) {
            (Some(stemmer), Language::Ar) => {
                without_clitic(&norm).map(|rest| stemmer.stem(&arabic_base(rest)).into_owned())
            }
            _ => None,
        };
        out.push(KeyedWord {
            key,
            alternative,
            span,
            norm,
        });
    });
    out
}

/// The letters of an acronym: two to six capitals, perhaps with a plural
/// "s" ("ICTs").
fn acronym(word: &str) -> Option<&str> {
    let letters = word.strip_suffix('s').unwrap_or(word);
    let count = letters.chars().count();
    ((2..=6).contains(&count) && letters.chars().all(char::is_uppercase)).then_some(letters)
}

/// A token as the search index has it: French elision dropped, Russian
/// "ё" written "е", as most texts do.
fn index_form(language: Language, norm: &str) -> String {
    match language {
        Language::Fr => FRENCH_ELISIONS
            .iter()
            .find_map(|e| norm.strip_prefix(e).filter(|rest| !rest.is_empty()))
            .unwrap_or(norm)
            .to_owned(),
        Language::Ru => norm.replace('ё', "е"),
        _ => norm.to_owned(),
    }
}

/// What the stemmer is given: in Arabic, the word without its article
/// and what is written onto it, with the forms of alif made one.
fn stem_input(language: Language, norm: &str) -> String {
    match language {
        Language::Ar => arabic_base(norm),
        Language::Ru if ["ав", "ыв", "ив", "яв"].iter().any(|e| norm.ends_with(e)) => {
            format!("{norm}а")
        }
        _ => norm.to_owned(),
    }
}

/// An Arabic word without the article and the preposition or conjunction
/// before it, its alif forms (أ إ آ) written as plain alif and tatweel
/// dropped. A base shorter than two letters is not cut.
pub fn arabic_base(word: &str) -> String {
    let plain: String = word
        .chars()
        .filter(|c| *c != 'ـ')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            other => other,
        })
        .collect();
    ARABIC_ARTICLES
        .iter()
        .find_map(|a| {
            plain
                .strip_prefix(a)
                .filter(|rest| rest.chars().count() >= 2)
        })
        .unwrap_or(&plain)
        .to_owned()
}

/// An Arabic word without the one-letter preposition or conjunction
/// (و ف ب ل ك) it may begin with, when it has no article and at least two
/// letters are left.
fn without_clitic(word: &str) -> Option<&str> {
    if arabic_base(word).chars().count() < word.chars().count() {
        return None;
    }
    let rest = word.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
    (rest.chars().count() >= 2).then_some(rest)
}

/// The start of a word that its inflected forms share, as the search
/// index holds it: the common beginning of the word and its key, or the
/// whole word when that beginning is shorter than three letters (short
/// words are mostly the ones that do not inflect). True when it is to be
/// searched as a prefix, false when as the whole word.
pub fn shared_prefix(word: &KeyedWord, language: Language) -> (String, bool) {
    let base = match language {
        Language::Ar => arabic_base(&word.norm),
        _ => word.norm.clone(),
    };
    let key = word.key.trim_start_matches(ACRONYM);
    let common: String = base
        .chars()
        .zip(key.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    match common.chars().count() >= 3 {
        true => (common, true),
        false => (base, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(language: Language, text: &str) -> Vec<String> {
        word_keys(language, text)
            .into_iter()
            .map(|w| w.key)
            .collect()
    }

    #[test]
    fn inflected_forms_share_keys() {
        assert_eq!(
            keys(Language::Ru, "юридически обязывающего документа"),
            keys(Language::Ru, "юридически обязывающий документ")
        );
        assert_eq!(
            keys(Language::Es, "instrumentos jurídicamente vinculantes"),
            keys(Language::Es, "instrumento jurídicamente vinculante")
        );
        assert_eq!(
            keys(Language::Ar, "بالصك الملزم"),
            keys(Language::Ar, "صك ملزم")
        );
        assert_eq!(
            keys(Language::Fr, "l'instrument"),
            keys(Language::Fr, "instrument")
        );
        assert_eq!(keys(Language::En, "policies"), keys(Language::En, "policy"));
        assert_eq!(
            keys(Language::Ru, "устав разрыв"),
            keys(Language::Ru, "устава разрыва")
        );
    }

    #[test]
    fn acronyms_are_not_stemmed() {
        assert_ne!(keys(Language::Ru, "ИИ"), keys(Language::Ru, "и"));
        assert_eq!(keys(Language::En, "ICTs"), keys(Language::En, "ICT"));
        let word = &word_keys(Language::En, "ICTs")[0];
        assert_eq!(shared_prefix(word, Language::En), ("ict".to_owned(), true));
    }

    #[test]
    fn prefixes_are_what_the_forms_share() {
        let word = &word_keys(Language::En, "policies")[0];
        assert_eq!(
            shared_prefix(word, Language::En),
            ("polici".to_owned(), true)
        );
        let word = &word_keys(Language::Ar, "بالصكوك")[0];
        assert_eq!(shared_prefix(word, Language::Ar), ("صكو".to_owned(), true));
        let word = &word_keys(Language::Fr, "de")[0];
        assert_eq!(shared_prefix(word, Language::Fr), ("de".to_owned(), false));
    }
}
