//! Page furniture: what a printed page carries besides the text, and the
//! layout leaves out. A line in the top or bottom zone of a page is
//! furniture when it is a page number ("- 3 -", "Page 3 of 7"), a UN
//! document symbol or job number ("A/AC.292/2024/1", "GE.24-12345 (E)"),
//! or a running header or footer repeated on most pages.

use super::lines::{Line, Page};
use std::collections::HashMap;

/// The share of a page's height, at its top and at its bottom, where
/// headers, footers and page numbers stand.
const FURNITURE_ZONE: f64 = 0.12;

/// Each page's lines without its running headers, footers and page numbers.
pub(super) fn without_furniture(pages: &[Page]) -> Vec<Vec<&Line>> {
    let in_zone = |page: &Page, line: &Line| {
        let zone = page.height * FURNITURE_ZONE;
        line.y < zone || line.y > page.height - zone
    };
    // How many pages carry each shape of line in their top or bottom zone.
    let mut repeated: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let mut shapes: Vec<String> = page
            .lines
            .iter()
            .filter(|l| in_zone(page, l))
            .map(|l| shape(&l.text))
            .collect();
        shapes.sort();
        shapes.dedup();
        for shape in shapes {
            *repeated.entry(shape).or_default() += 1;
        }
    }
    let running = |text: &str| {
        let count = repeated.get(&shape(text)).copied().unwrap_or(0);
        pages.len() >= 2 && count >= 2 && count * 2 >= pages.len()
    };
    pages
        .iter()
        .map(|page| {
            page.lines
                .iter()
                .filter(|l| {
                    !(in_zone(page, l)
                        && (is_page_number(&l.text)
                            || is_un_furniture(&l.text)
                            || running(&l.text)))
                })
                .collect()
        })
        .collect()
}

/// A line's text with its digits blurred, so "Page 2" and "Page 3" match.
fn shape(text: &str) -> String {
    let blurred: String = text
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    blurred
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// "3", "- 3 -", "Page 3", "Page 3 of 7", "3/7", "p. 3".
fn is_page_number(text: &str) -> bool {
    const WORDS: &[&str] = &["page", "p.", "pág.", "página", "страница", "стр."];
    let lower = text.to_lowercase();
    let mut rest = lower.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
    if let Some(word) = WORDS.iter().find(|w| rest.starts_with(**w)) {
        rest = rest[word.len()..].trim_start();
    }
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = rest
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [n] => digits(n),
        [n, m] => digits(n) && digits(m),
        [n, of, m] => digits(n) && matches!(*of, "of" | "de" | "sur" | "из") && digits(m),
        _ => false,
    }
}

/// A line made only of what UN documents print in a page's header or
/// footer: document symbols ("A/AC.292/2024/1", "A/C.1/79/L.13"), job
/// numbers ("GE.24-12345", "24-12345") with their language mark ("(E)"),
/// and page marks ("2/14"), as in "GE.25-02817 (E) 1/2".
fn is_un_furniture(text: &str) -> bool {
    let symbol = |t: &str| {
        t.len() <= 40
            && ["A/", "S/", "E/", "UNODA/", "CCW/"]
                .iter()
                .any(|p| t.starts_with(p))
            && t.contains(|c: char| c.is_ascii_digit())
            && t.chars().all(|c| {
                c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '.' | '-')
            })
    };
    let job = |t: &str| {
        let t = t.strip_prefix("GE.").unwrap_or(t);
        t.split_once('-').is_some_and(|(year, serial)| {
            year.len() == 2
                && (4..=6).contains(&serial.len())
                && year
                    .chars()
                    .chain(serial.chars())
                    .all(|c| c.is_ascii_digit())
        })
    };
    let language_mark = |t: &str| {
        t.len() == 3
            && t.starts_with('(')
            && t.ends_with(')')
            && t.as_bytes()[1].is_ascii_uppercase()
    };
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let marks = tokens.iter().filter(|t| symbol(t) || job(t)).count();
    marks > 0
        && tokens
            .iter()
            .all(|t| symbol(t) || job(t) || language_mark(t) || is_page_number(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_symbols_and_job_numbers_are_furniture() {
        for text in [
            "A/AC.292/2024/1",
            "A/C.1/79/L.13",
            "S/2024/123",
            "GE.24-12345 (E)",
            "24-12345 (F)",
            "GE.24-12345",
            "GE.25-02817 (E) 1/2",
            "2/14 A/AC.292/2025/L.1",
        ] {
            assert!(is_un_furniture(text), "{text}");
        }
        for text in [
            "A/RES is cited",
            "2024-2025",
            "The Group of 77",
            "24-hour point of contact",
            "A/75/816: the report said",
        ] {
            assert!(!is_un_furniture(text), "{text}");
        }
    }

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for text in [
            "3",
            "- 3 -",
            "Page 3",
            "Page 3 of 7",
            "3/7",
            "p. 3",
            "– 12 –",
        ] {
            assert!(is_page_number(text), "{text}");
        }
        for text in ["2030 Agenda", "Page three", "1. We thank", "12345"] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}
