//! A text's title: its own heading, never a line a website put around it
//! ("An official website of the United States government", "Skip to main
//! content", a breadcrumb or a menu), a date line, or a line in another
//! script than the text's.

use super::header::{self, Header};
use super::{kinds, speakers};
use crate::model::Language;
use crate::text::dates;

/// Lines a website puts around a text, in lower case.
const NAVIGATION: &[&str] = &[
    "official website",
    "skip to",
    "main content",
    "main menu",
    "you might also like",
    "download as",
    "you are on page",
    "select target paragraph",
    "share this",
    "print this",
    "sign in",
    "log in",
    "cookie",
    "in progress at",
    "en cours au",
    "en curso en",
    "aller au contenu",
    "ir al contenido",
    "перейти к",
    "首页",
    "繁體版",
    "الرئيسية",
];

/// The first candidate that reads as the text's own heading.
pub fn title<'a>(
    candidates: impl IntoIterator<Item = &'a str>,
    language: Option<Language>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(str::trim)
        .find(|line| is_heading(line, language))
        .map(str::to_owned)
}

/// The header's lines, as candidates for the title.
pub fn header_candidates(header: &Header) -> impl Iterator<Item = &str> {
    header.lines.iter().map(String::as_str)
}

fn is_heading(line: &str, language: Option<Language>) -> bool {
    let lower = line.to_lowercase();
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let cjk = line
        .chars()
        .filter(|c| crate::text::tokens::is_cjk(*c))
        .count();
    let long_enough = words >= 4 || (cjk >= 8 && words <= 2);
    let navigation = NAVIGATION.iter().any(|n| lower.contains(n))
        || line.contains(" > ")
        || line.contains(" » ")
        || line.contains(" | ");
    let letterhead = words <= 8 && speakers::is_letterhead(line) && !kinds::names_a_statement(line);
    let date_line = words <= 8 && dates::find_dateline(line).is_some();
    long_enough
        && !navigation
        && !letterhead
        && !date_line
        && !header::is_salutation(line)
        && in_script_of(line, language)
}

/// Whether most of the line's letters are in the script of `language`.
fn in_script_of(line: &str, language: Option<Language>) -> bool {
    let Some(language) = language else {
        return true;
    };
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let fits = |c: &char| match language {
        Language::Ar => ('\u{0600}'..='\u{06FF}').contains(c),
        Language::Ru => ('\u{0400}'..='\u{04FF}').contains(c),
        Language::Zh => crate::text::tokens::is_cjk(*c),
        Language::En | Language::Fr | Language::Es => {
            c.is_ascii_alphabetic() || ('À'..='ÿ').contains(c)
        }
    };
    letters.iter().filter(|c| fits(c)).count() * 2 > letters.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_dates_and_other_scripts_are_no_title() {
        let lines = [
            "An official website of the United States government",
            "Skip to main content",
            "PERMANENT MISSION OF GHANA TO THE UNITED NATIONS",
            "Thank you very much, Mr Chairman.",
            "유엔 안보리 사이버안보 공개토의 발언문",
            "Home > Statements > Cyber",
            "25 May 2023, New York",
            "Statement by the Delegation of Ghana at the Open-ended Working Group",
        ];
        assert_eq!(
            title(lines, Some(Language::En)).as_deref(),
            Some("Statement by the Delegation of Ghana at the Open-ended Working Group")
        );
    }
}
