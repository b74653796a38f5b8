//! Finding and parsing dates as statements write them, in the six UN
//! languages: "13 December 2021", "May 11, 2024", "2024-05-10",
//! "13 décembre 2021", "13 de diciembre de 2021", "13 декабря 2021 г.",
//! "13 ديسمبر 2021", "13 كانون الأول 2021" and "2021年12月13日". A numeric
//! date with dots ("26.08.2020") is day first; one with slashes is read
//! only when the day cannot be the month ("25/11/2024"): "05/11/2024" is
//! not guessed. A year in a Japanese era or the Minguo calendar
//! ("令和3年3月8日", "中華民國110年3月8日") is read as its year of the common
//! era; a year of fewer than four digits with no era is no year.
//!
//! A date a text's metadata takes must be plausible (`is_plausible`): from
//! 1945, when the UN was founded, to two years from today.

mod cjk;

use chrono::{Datelike, NaiveDate};
use cjk::find_cjk_date;

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
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
];

/// Words that, just before a date ending its line, make it the line's own
/// date rather than one it refers to: "Opening Statement on 13 December
/// 2021", "ON AUG 11, 2022".
const ON: &[&str] = &["on", "el", "в", "في"];

/// Words before a date that make it a date the text refers to, not its own:
/// "before 2 March 2020", "from 7 to 11 July 2025", "9 TO 13 SEPTEMBER".
const REFERENCE_WORDS: &[&str] = &[
    "before",
    "after",
    "since",
    "on",
    "at",
    "in",
    "el",
    "в",
    "في",
    "from",
    "until",
    "till",
    "to",
    "through",
    "between",
    "and",
    "avant",
    "après",
    "depuis",
    "du",
    "au",
    "jusqu",
    "entre",
    "et",
    "antes",
    "después",
    "desde",
    "hasta",
    "al",
    "y",
    "до",
    "после",
    "с",
    "по",
    "от",
    "и",
    "قبل",
    "بعد",
    "منذ",
    "من",
    "إلى",
    "الى",
    "حتى",
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

/// The date a dateline or a header states: the first date in `text` that
/// is neither part of a range ("9 TO 13 SEPTEMBER 2019", "30-31 March
/// 2026") nor a date the text refers to ("received before 2 March 2020").
/// Also reads numeric dates with dots or unambiguous slashes.
pub fn find_dateline(text: &str) -> Option<NaiveDate> {
    if let Some(date) = find_cjk_date(text) {
        return Some(date);
    }
    let words = words_of(text);
    let parts: Vec<Part> = words.iter().map(|(p, _)| p.clone()).collect();
    let own = (0..parts.len()).find_map(|i| {
        let before = i.checked_sub(1).map(|b| words[b].1.as_str());
        // A date said to be "on" ends the line when its year is the last part.
        let ends_line = before.is_some_and(|w| ON.contains(&w)) && i + 3 == parts.len();
        let referred = i > 0
            && (matches!(parts[i - 1], Part::Number(..))
                || before.is_some_and(|w| REFERENCE_WORDS.contains(&w)));
        date_at(&parts[i..]).filter(|_| !referred || ends_line)
    });
    own.or_else(|| text.split_whitespace().find_map(numeric_date))
}

/// The date a line of running text opens with, as a dateline set at the
/// head of its first paragraph writes it: "27 July 2022, New York – Canada
/// welcomes …", "May 11, 2024 – The delegation …". The date must come
/// first, and a dash or a colon must close the dateline within its first
/// eight words; a sentence that begins with a date ("1 May 2024 marked …")
/// has none.
pub fn opening_dateline(line: &str) -> Option<NaiveDate> {
    let end = line.find(['–', '—', ':']).or_else(|| line.find(" - "))?;
    let dateline = &line[..end];
    if dateline.split_whitespace().count() > 8 {
        return None;
    }
    date_at(&parts_of(dateline))
}

/// Whether a date can be a statement's: from 1945 to two years from today.
pub fn is_plausible(date: NaiveDate) -> bool {
    let latest = chrono::Utc::now().date_naive().year() + 2;
    (1945..=latest).contains(&date.year())
}

/// "26.08.2020" (day first), "25/11/2024" (day first, since 25 is no month),
/// "11/25/2024" (month first, for the same reason).
fn numeric_date(word: &str) -> Option<NaiveDate> {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    let separator = if word.contains('.') { '.' } else { '/' };
    let numbers: Vec<&str> = word.split(separator).collect();
    let [a, b, y] = numbers[..] else {
        return None;
    };
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let year: i32 = y.parse().ok().filter(|_| y.len() == 4)?;
    let (day, month) = match separator {
        '.' => (a, b),
        _ if a > 12 => (a, b),
        _ if b > 12 => (b, a),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
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
    words_of(text).into_iter().map(|(part, _)| part).collect()
}

/// The parts of a date in `text`, each with the word it was read from.
/// Two-word Arabic month names ("كانون الأول") are joined first.
fn words_of(text: &str) -> Vec<(Part, String)> {
    let mut parts = Vec::new();
    let joined = ["كانون", "تشرين"].iter().fold(text.to_owned(), |t, w| {
        t.replace(&format!("{w} "), &format!("{w}_"))
    });
    for word in joined
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase().replace('_', " ");
        let part;
        let digits: String = lower.chars().map(arabic_digit).collect();
        if let Ok(n) = digits.parse::<u32>() {
            part = Part::Number(n, digits.len());
        } else if let Some(m) = month_number(&lower) {
            part = Part::Month(m);
        } else if let Some(n) = ordinal_day(&lower) {
            part = Part::Number(n, 2);
        } else if !FILLERS.contains(&lower.as_str()) {
            part = Part::Other;
        } else {
            continue;
        }
        parts.push((part, lower));
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

/// The first month written with its year in `text` ("marzo de 2027",
/// "March 2027", "2027年3月"), as (year, month), or the month of the first
/// full date.
pub fn find_month(text: &str) -> Option<(i32, u32)> {
    if let Some(date) = find_date(text) {
        return Some((date.year(), date.month()));
    }
    if let Some((year, rest)) = text.split_once('年') {
        let year: String = year
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let month: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if rest[month.len()..].starts_with('月') {
            let year = year.chars().rev().collect::<String>().parse().ok()?;
            return Some((year, month.parse().ok()?));
        }
    }
    parts_of(text).windows(2).find_map(|pair| match pair {
        [Part::Month(m), Part::Number(y, 4)] => Some((*y as i32, *m)),
        _ => None,
    })
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
    fn datelines_in_every_order() {
        assert_eq!(find_dateline("25 May 2023, New York –"), d(2023, 5, 25));
        assert_eq!(find_dateline("New York, 07/11/2019 - 00:41"), None);
        assert_eq!(
            find_dateline("New York, 25/11/2019 - 00:41"),
            d(2019, 11, 25)
        );
        assert_eq!(find_dateline("26.08.2020 - Speech"), d(2020, 8, 26));
        assert_eq!(find_dateline("2021/3/12"), d(2021, 3, 12));
        assert_eq!(find_dateline("9th March 2023."), d(2023, 3, 9));
        assert_eq!(
            find_dateline("Москва, 13 декабря 2021 года"),
            d(2021, 12, 13)
        );
        assert_eq!(find_dateline("بيروت، 13 كانون الأول 2021"), d(2021, 12, 13));
        assert_eq!(
            find_dateline("تاريخ النشر: 21st, June 2024 GMT"),
            d(2024, 6, 21)
        );
        assert_eq!(
            find_dateline("AT THE WORKING GROUP, 9 TO 13 SEPTEMBER 2019"),
            None
        );
        assert_eq!(find_dateline("sessions from 30-31 March 2026"), None);
        assert_eq!(
            find_dateline(
                "submissions received before 2 March 2020 COMMENTS FROM A STATE April 6, 2020"
            ),
            d(2020, 4, 6)
        );
    }

    #[test]
    fn a_date_said_to_be_on_is_the_line_s_own_only_at_its_end() {
        assert_eq!(find_dateline("ON AUG 11, 2022"), d(2022, 8, 11));
        assert_eq!(
            find_dateline("Opening Statement on 13 December 2021"),
            d(2021, 12, 13)
        );
        assert_eq!(
            find_dateline("Declaración el 13 de diciembre de 2021"),
            d(2021, 12, 13)
        );
        assert_eq!(
            find_dateline("the resolution adopted on 13 December 2021 by the Assembly"),
            None
        );
        assert_eq!(find_dateline("from 9 to 13 December 2021"), None);
    }

    #[test]
    fn a_dateline_opening_running_text() {
        assert_eq!(
            opening_dateline("27 July 2022, New York – Canada welcomes the report."),
            d(2022, 7, 27)
        );
        assert_eq!(
            opening_dateline("May 11, 2024 - The delegation of Chile said"),
            d(2024, 5, 11)
        );
        assert_eq!(
            opening_dateline("1 May 2024 marked the tenth anniversary of the report."),
            None
        );
        assert_eq!(
            opening_dateline("Canada recalls that on 27 July 2022 – as all know – the Group met"),
            None
        );
    }

    #[test]
    fn a_plausible_date_is_from_1945_to_two_years_ahead() {
        let today = chrono::Utc::now().date_naive();
        assert!(is_plausible(today));
        assert!(is_plausible(NaiveDate::from_ymd_opt(1945, 1, 1).unwrap()));
        assert!(!is_plausible(
            NaiveDate::from_ymd_opt(1944, 12, 31).unwrap()
        ));
        let ahead = NaiveDate::from_ymd_opt(today.year() + 2, 12, 31).unwrap();
        assert!(is_plausible(ahead));
        assert!(!is_plausible(
            NaiveDate::from_ymd_opt(today.year() + 3, 1, 1).unwrap()
        ));
    }

    #[test]
    fn impossible_or_ambiguous_dates_are_not_guessed() {
        assert_eq!(find_date("31 February 2024"), None);
        assert_eq!(find_date("05/11/2024"), None);
        assert_eq!(find_date("may we all agree in 2024"), None);
        assert_eq!(parse_date("not a date"), None);
    }
}
