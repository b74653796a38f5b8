//! Word tokens for matching language: lower-cased, with punctuation, quotes
//! (straight or curly), hyphens and whitespace dropped, so that none of them
//! can make two wordings look different. Numbers stay tokens, so a changed
//! number, name or date does count. Each Chinese or Japanese character is a
//! token of its own, since those scripts do not put spaces between words.

use std::ops::Range;

/// One token: its normalised form and where it stands in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub norm: String,
    pub span: Range<usize>,
}

/// True for characters of scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // Extensions B and later
}

/// True when `text` holds any character of a script written without spaces.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// Splits `text` into normalised word tokens with their byte spans.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |norm, span| {
        tokens.push(Token {
            norm: norm.to_owned(),
            span,
        })
    });
    tokens
}

/// The tokens `tokenize` finds, in order, each given to `visit` as its
/// normalised form (in a buffer reused from one token to the next, so no
/// string is built per token) and its byte span.
pub fn for_each_token(text: &str, mut visit: impl FnMut(&str, Range<usize>)) {
    let mut norm = String::new();
    for_each_word(text, |span| {
        if normalise_word(&text[span.clone()], &mut norm) {
            visit(&norm, span);
        }
    });
}

/// Visits the byte span of each word of `text` before it is normalised: a
/// run of letters and digits (with the apostrophes and combining marks
/// inside it), or one Chinese or Japanese character.
fn for_each_word(text: &str, mut visit: impl FnMut(Range<usize>)) {
    let mut word_start: Option<usize> = None;
    for (pos, c) in text.char_indices() {
        // ASCII, most of any text, first: no CJK, and only the straight
        // apostrophe joins.
        let in_word = match c.is_ascii() {
            true => c.is_ascii_alphanumeric() || c == '\'' && word_start.is_some(),
            false if is_cjk(c) => {
                if let Some(start) = word_start.take() {
                    visit(start..pos);
                }
                visit(pos..pos + c.len_utf8());
                continue;
            }
            false => c.is_alphanumeric() || is_word_joiner(c) && word_start.is_some(),
        };
        if in_word {
            word_start.get_or_insert(pos);
        } else if let Some(start) = word_start.take() {
            visit(start..pos);
        }
    }
    if let Some(start) = word_start {
        visit(start..text.len());
    }
}

/// Normalises a word onto `norm` (cleared first), less a word joiner at its
/// end ("States'"), which is punctuation; false when nothing is left.
fn normalise_word(word: &str, norm: &mut String) -> bool {
    norm.clear();
    normalise_into(word, norm);
    while norm.ends_with(['\'', '’']) {
        norm.pop();
    }
    !norm.is_empty()
}

/// Apostrophes inside a word ("OEWG's", "l'ordre") and Arabic/Indic
/// combining marks keep the word together.
fn is_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '’') || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x0900..=0x097F)
}

/// Lower-cases a word, folds the curly apostrophe to a straight one, and
/// strips Latin diacritics the way the search index does, onto `norm`.
fn normalise_into(word: &str, norm: &mut String) {
    // Most words are ASCII, where only the case changes: lower-cased in
    // place, as the general way below would, without a char at a time.
    if word.is_ascii() {
        let from = norm.len();
        norm.push_str(word);
        norm[from..].make_ascii_lowercase();
        return;
    }
    norm.extend(
        word.chars()
            .flat_map(char::to_lowercase)
            .filter(|c| !matches!(*c as u32, 0x0300..=0x036F | 0x064B..=0x065F))
            .map(|c| match c {
                '’' => '\'',
                other => fold_latin(other),
            }),
    );
}

fn fold_latin(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The number of words in `text`, counting each CJK character as one.
pub fn word_count(text: &str) -> usize {
    let (mut words, mut norm) = (0, String::new());
    for_each_word(text, |span| {
        // An ASCII word begins with a letter or a digit, which normalising
        // keeps; only another word may normalise to nothing.
        let word = &text[span];
        if word.is_ascii() || normalise_word(word, &mut norm) {
            words += 1;
        }
    });
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn case_quotes_and_hyphens_do_not_matter() {
        assert_eq!(
            norms("“Cyber-attacks,” he said."),
            norms("\"cyber attacks\" He  SAID")
        );
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        assert_eq!(
            norms("the OEWG’s work, States'"),
            ["the", "oewg's", "work", "states"]
        );
    }

    #[test]
    fn ascii_words_are_normalised_as_any_other() {
        assert_eq!(
            norms("OEWG ICTs Cyber-Security 2025"),
            ["oewg", "icts", "cyber", "security", "2025"]
        );
        assert_eq!(norms("ÉTATS États etats"), ["etats", "etats", "etats"]);
        assert_eq!(norms("БЕЗОПАСНОСТЬ"), ["безопасность"]);
    }

    #[test]
    fn word_count_counts_the_tokens() {
        for text in [
            "the OEWG’s work, States' 'quoted' words",
            "\u{64b}\u{64c} ابنٌ and a word of marks alone",
            "网络安全 and l'ordre du jour, 2025",
            "Sécurité numérique ÉTATS",
            "''' ’’ -- ",
        ] {
            assert_eq!(word_count(text), tokenize(text).len(), "{text}");
        }
    }

    #[test]
    fn numbers_are_tokens_and_cjk_characters_split() {
        assert_eq!(norms("Resolution 75/240"), ["resolution", "75", "240"]);
        assert_eq!(norms("网络安全"), ["网", "络", "安", "全"]);
        assert_eq!(norms("Sécurité numérique"), ["securite", "numerique"]);
    }
}
