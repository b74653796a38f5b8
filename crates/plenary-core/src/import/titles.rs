//! A text's title: its own heading, never a line a website put around it
//! ("An official website of the United States government", "Skip to main
//! content", a breadcrumb or a menu), a date line, or a line in another
//! script than the text's.

use super::header::{self, Header};
use super::{kinds, speakers};
use crate::model::Language;
use crate::text::dates;
use crate::text::fold::folded;

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
    let headings: Vec<&str> = candidates
        .into_iter()
        .map(str::trim)
        .filter(|line| is_heading(line, language))
        .collect();
    // A line that says what the text is ("Statement by …") is its title,
    // wherever it stands among the header's lines.
    headings
        .iter()
        .find(|line| kinds::names_a_statement(line))
        .or(headings.first())
        .map(|line| (*line).to_owned())
}

/// Words of a postal address or a letterhead's contact line.
const ADDRESS: &[&str] = &[
    "street",
    "avenue",
    "road",
    "suite",
    "floor",
    "plaza",
    "tel",
    "tel.",
    "fax",
    "e-mail",
    "email",
    "p.o.",
    "rue",
    "calle",
    "avenida",
    "улица",
    "téléphone",
    "teléfono",
];

/// "8 EAST 65th STREET - NEW YORK, NY 10065 - (212) 879-8600"
fn is_address(line: &str) -> bool {
    let lower = folded(line);
    let words = lower.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'));
    let phone = line.contains('(') && line.chars().filter(char::is_ascii_digit).count() >= 10;
    phone || words.into_iter().any(|w| ADDRESS.contains(&w))
}

/// The header's lines, as candidates for the title.
pub fn header_candidates(header: &Header) -> impl Iterator<Item = &str> {
    header.lines.iter().map(String::as_str)
}

fn is_heading(line: &str, language: Option<Language>) -> bool {
    let lower = folded(line);
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
    // "Opening Statement on 13 December 2021" is a title with its date.
    let date_line =
        words <= 8 && dates::find_dateline(line).is_some() && !kinds::names_a_statement(line);
    long_enough
        && !navigation
        && !letterhead
        && !date_line
        && !header::is_salutation(line)
        && !is_address(line)
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

    #[test]
    fn an_address_line_is_no_title_and_a_statement_line_is() {
        let lines = [
            "PAKISTAN",
            "PERMANENT MISSION TO THE UNITED NATIONS",
            "8 EAST 65th STREET - NEW YORK, NY 10065 - (212) 879-8600",
            "Ministry of Foreign Affairs of the Republic of Chile, press and media office",
            "Statement by Ambassador Munir Akram, Permanent Representative of Pakistan 2021-2025",
        ];
        assert_eq!(
            title(lines, Some(Language::En)).as_deref(),
            Some("Statement by Ambassador Munir Akram, Permanent Representative of Pakistan 2021-2025")
        );
        assert!(is_address("Tel: +41 22 917 1234, Fax: +41 22 917 0000"));
        assert!(!is_address(
            "Open-ended working group 2021-2025, second substantive session"
        ));
    }
}
