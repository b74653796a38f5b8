//! Splitting a passage's plain text into sentences, as byte ranges. A
//! sentence ends at `.`, `!` or `?` (and their CJK and Arabic forms) followed
//! by a space and a capital, a digit or an opening quote, unless the word
//! before is a title or an abbreviation ("Mr.", "e.g.", a single initial).

use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "art", "para", "paras", "e.g", "i.e", "etc",
    "vs", "prof", "amb", "h.e", "u.s", "u.n", "u.k", "jr", "sr", "op", "cf", "mme", "m", "sra",
    "sr", "gen", "res", "doc", "approx",
];

/// The sentences of `text` as byte ranges, trimmed, covering all its words.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0usize;
    let mut at = 0usize;
    while let Some(found) = text[at..].find(['.', '!', '?', '。', '！', '？', '؟']) {
        let pos = at + found;
        let c = text[pos..].chars().next().unwrap_or('.');
        // Absorb closing quotes and brackets after the stop.
        let after = &text[pos + c.len_utf8()..];
        let closers = after
            .find(|q| !matches!(q, '"' | '”' | '’' | '\'' | ')' | '»' | '」'))
            .unwrap_or(after.len());
        let end = pos + c.len_utf8() + closers;
        let boundary = matches!(c, '。' | '！' | '？' | '؟')
            || followed_by_sentence_start(&text[end..])
                && !(c == '.' && is_abbreviation(&text[start..pos]));
        if boundary {
            push_trimmed(&mut sentences, text, start, end);
            start = end;
        }
        at = end;
    }
    push_trimmed(&mut sentences, text, start, text.len());
    sentences
}

/// Adds `text[start..end]` to `out` with the white space at its ends left
/// out, unless it is only white space.
pub fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

/// True when what follows a stop is whitespace and then the start of a sentence.
fn followed_by_sentence_start(rest: &str) -> bool {
    let mut iter = rest.chars();
    match iter.next() {
        None => true,
        Some(c) if c.is_whitespace() => {
            let next = iter.find(|c| !c.is_whitespace());
            next.is_none_or(|c| {
                c.is_uppercase()
                    || c.is_numeric()
                    || matches!(c, '"' | '“' | '‘' | '«' | '(' | '[' | '¿' | '¡')
                    || !c.is_alphabetic() && !c.is_ascii_punctuation()
                    || is_caseless_letter(c)
            })
        }
        Some(_) => false,
    }
}

/// Letters of scripts without case (Arabic, CJK) can start a sentence.
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_start_matches(['"', '“']);
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Thank you, Mr. Chair. We agree with Amb. J. Smith. Next?"),
            [
                "Thank you, Mr. Chair.",
                "We agree with Amb. J. Smith.",
                "Next?"
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“We are concerned. Another aspect is disinformation.” He said so."),
            [
                "“We are concerned.",
                "Another aspect is disinformation.”",
                "He said so."
            ]
        );
        assert_eq!(
            split("“It could be progress,” he said."),
            ["“It could be progress,” he said."]
        );
    }

    #[test]
    fn chinese_and_arabic_stops() {
        assert_eq!(split("我们支持。我们反对！"), ["我们支持。", "我们反对！"]);
        assert_eq!(split("هل نوافق؟ نعم."), ["هل نوافق؟", "نعم."]);
    }
}
