//! Finding and parsing dates as statements write them, in the six UN
//! languages: "13 December 2021", "May 11, 2024", "2024-05-10",
//! "13 décembre 2021", "13 de diciembre de 2021", "13 декабря 2021 г.",
//! "13 ديسمبر 2021" and "2021年12月13日". Ambiguous numeric forms such as
//! "05/11/2024" are not guessed.

use chrono::NaiveDate;

/// Month names and their numbers.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("ابريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
];

const ABBREVIATED_MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Words that may stand between the parts of a date and are skipped.
const FILLERS: &[&str] = &[
    "de", "del", "of", "the", "le", "er", "st", "nd", "rd", "th", "г", "года", "год", "م",
];

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Number(u32, usize),
    Month(u32),
    Other,
}

/// The first date written in `text`, if any.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    find_cjk_date(text).or_else(|| {
        let parts = parts_of(text);
        (0..parts.len()).find_map(|i| date_at(&parts[i..]))
    })
}

/// Parses a whole field value as a date, for front matter and user edits.
/// Years are written with four digits: a signed or five-digit year
/// ("+12345-01-01") is no date.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.starts_with(['+', '-']) {
        return None;
    }
    find_date(value).filter(|d| (1000..=9999).contains(&chrono::Datelike::year(d)))
}

fn parts_of(text: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    for word in text
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase();
        let digits: String = lower.chars().map(arabic_digit).collect();
        if let Ok(n) = digits.parse::<u32>() {
            parts.push(Part::Number(n, digits.len()));
        } else if let Some(m) = month_number(&lower) {
            parts.push(Part::Month(m));
        } else if let Some(n) = ordinal_day(&lower) {
            parts.push(Part::Number(n, 2));
        } else if !FILLERS.contains(&lower.as_str()) {
            parts.push(Part::Other);
        }
    }
    parts
}

/// "13th", "1er", "2nd" as day numbers.
fn ordinal_day(word: &str) -> Option<u32> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &word[digits.len()..];
    (!digits.is_empty() && ["st", "nd", "rd", "th", "er", "e", "o"].contains(&suffix))
        .then(|| digits.parse().ok())
        .flatten()
}

fn arabic_digit(c: char) -> char {
    match c {
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
        _ => c,
    }
}

fn month_number(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .chain(ABBREVIATED_MONTHS)
        .find(|(name, _)| *name == word)
        .map(|&(_, m)| m)
}

fn date_at(parts: &[Part]) -> Option<NaiveDate> {
    use Part::*;
    match parts {
        [Number(y, 4), Number(m, _), Number(d, _), ..] => {
            NaiveDate::from_ymd_opt(*y as i32, *m, *d)
        }
        [Number(d, dl), Month(m), Number(y, 4), ..] if *dl <= 2 => {
            NaiveDate::from_ymd_opt(*y as i32, *m, *d)
        }
        [Month(m), Number(d, dl), Number(y, 4), ..] if *dl <= 2 => {
            NaiveDate::from_ymd_opt(*y as i32, *m, *d)
        }
        _ => None,
    }
}

/// "2021年12月13日"
fn find_cjk_date(text: &str) -> Option<NaiveDate> {
    let year_at = text.find('年')?;
    let year: String = text[..year_at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let year: i32 = year.chars().rev().collect::<String>().parse().ok()?;
    let rest = &text[year_at + '年'.len_utf8()..];
    let (month, rest) = rest.split_once('月')?;
    let (day, _) = rest.split_once('日')?;
    NaiveDate::from_ymd_opt(year, month.trim().parse().ok()?, day.trim().parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_formats_statements_use() {
        assert_eq!(find_date("New York, 13 December 2021"), d(2021, 12, 13));
        assert_eq!(find_date("New York – May 11, 2024"), d(2024, 5, 11));
        assert_eq!(find_date("2024-05-10"), d(2024, 5, 10));
        assert_eq!(find_date("Geneva, 1st March 2026"), d(2026, 3, 1));
        assert_eq!(find_date("Dec. 13, 2021"), d(2021, 12, 13));
    }

    #[test]
    fn the_six_languages() {
        assert_eq!(find_date("New York, le 13 décembre 2021"), d(2021, 12, 13));
        assert_eq!(
            find_date("Nueva York, 13 de diciembre de 2021"),
            d(2021, 12, 13)
        );
        assert_eq!(find_date("Нью-Йорк, 13 декабря 2021 г."), d(2021, 12, 13));
        assert_eq!(find_date("نيويورك، 13 ديسمبر 2021"), d(2021, 12, 13));
        assert_eq!(find_date("نيويورك، ١٣ ديسمبر ٢٠٢١"), d(2021, 12, 13));
        assert_eq!(find_date("纽约，2021年12月13日"), d(2021, 12, 13));
    }

    #[test]
    fn impossible_or_ambiguous_dates_are_not_guessed() {
        assert_eq!(find_date("31 February 2024"), None);
        assert_eq!(find_date("05/11/2024"), None);
        assert_eq!(find_date("may we all agree in 2024"), None);
        assert_eq!(parse_date("not a date"), None);
    }
}
