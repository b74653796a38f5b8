//! The heuristics that fill in the metadata front matter left open. Each heuristic reads only the places a convention puts the
//! fact (the header "Statement by …", the dateline, the letterhead), and when
//! it is unsure the field stays empty: nothing is guessed silently. The rules
//! are documented in `docs/METADATA.md`.

use super::header::Header;
use super::{forums, kinds, speakers, titles};
use crate::model::{Field, Kind, Language, Metadata, PassageRole};
use crate::text::{dates, PassageDraft};
use chrono::NaiveDate;

const TITLES: &[&str] = &[
    "His Excellency ",
    "Her Excellency ",
    "H.E. ",
    "H. E. ",
    "Ambassador ",
    "Amb. ",
    "Minister ",
    "Mr. ",
    "Ms. ",
    "Mrs. ",
    "Dr. ",
    "Professor ",
    "Prof. ",
];
const EVENT_WORDS: &[&str] = &[
    "Roundtable",
    "Round Table",
    "Conference",
    "Summit",
    "Workshop",
    "Symposium",
    "Seminar",
    "Dialogue",
    "Briefing",
    "Meeting",
];

/// Metadata the heuristics filled in, and the fields among them inferred
/// from context rather than read from an explicit header or dateline.
pub struct Inferred {
    pub metadata: Metadata,
    pub inferred: Vec<Field>,
}

/// Infers metadata from a document's passages.
pub fn infer(passages: &[PassageDraft]) -> Inferred {
    let front: Vec<&PassageDraft> = passages
        .iter()
        .take_while(|p| !matches!(p.role, PassageRole::Body | PassageRole::Attribution))
        .collect();
    let header = front
        .iter()
        .filter(|p| p.role == PassageRole::Heading)
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let opening: String = passages
        .iter()
        .filter(|p| matches!(p.role, PassageRole::Body | PassageRole::Attribution))
        .take(3)
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let dateline = front
        .iter()
        .find(|p| p.role == PassageRole::Dateline)
        .map(|p| p.text.as_str());
    let all_text: String = passages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");

    let lines = Header::read(passages);
    let kind = kinds::kind(&lines);
    // Who spoke: the header names them; a press release names them in its opening.
    let introduction = if kind.is_some_and(|k| k.value == Kind::PressRelease) {
        &opening
    } else {
        &header
    };
    let (person, function) = person_and_function(introduction);
    let speaker = speakers::speaker(&lines);
    let (date, date_line) = header_date(&lines).unzip();
    let language = detect_language(&all_text);
    let headings = front
        .iter()
        .filter(|p| p.role == PassageRole::Heading)
        .map(|p| p.text.as_str());
    let is_news = kind.is_some_and(|k| k.value == Kind::PressRelease);
    let lead = lines.first_body.as_deref().filter(|_| is_news);
    let forum = forums::forum(&lines, lead, date);
    let inferred = [
        (Field::Kind, kind.is_some_and(|k| k.inferred)),
        (Field::Speaker, speaker.is_some_and(|s| s.inferred)),
        (Field::Forum, forum.as_ref().is_some_and(|f| f.inferred)),
    ]
    .into_iter()
    .filter_map(|(field, inferred)| inferred.then_some(field))
    .collect();
    let metadata = Metadata {
        // A heading passage is whole where a header line may be one line of
        // it (a title wrapped with hard line breaks).
        title: titles::title(headings.chain(titles::header_candidates(&lines)), language),
        forum: forum.map(|f| f.value),
        session: forums::session(&format!("{header} {}", lines.text())),
        event: infer_event(&format!("{header} {introduction}")),
        place: date_line.or(dateline).and_then(place_of),
        date,
        language,
        kind: kind.map(|k| k.value),
        speaker: speaker.map(|s| s.value.to_owned()),
        person,
        function,
        agenda_item: None,
        tags: Vec::new(),
    };
    Inferred { metadata, inferred }
}

/// The date the header states: a short line that is a dateline first
/// ("09 Sep 2019" before "9 TO 13 SEPTEMBER 2019, NEW YORK"), then any
/// header line, then a dateline that opens the running text ("27 July
/// 2022, New York – Canada welcomes …"). A date that cannot be a
/// statement's (before 1945, or more than two years ahead) is not taken.
fn header_date(header: &Header) -> Option<(NaiveDate, &str)> {
    fn dated(line: &str) -> Option<(NaiveDate, &str)> {
        dates::find_dateline(line)
            .filter(|d| dates::is_plausible(*d))
            .map(|d| (d, line))
    }
    let short = header
        .lines
        .iter()
        .filter(|l| l.chars().count() <= 60)
        .find_map(|l| dated(l));
    let opening = header.first_body.as_deref().and_then(|line| {
        dates::opening_dateline(line)
            .filter(|d| dates::is_plausible(*d))
            .map(|d| (d, line))
    });
    short
        .or_else(|| header.lines.iter().find_map(|l| dated(l)))
        .or(opening)
}

/// "Ambassador Munir Akram, Permanent Representative of Pakistan" gives the
/// person and the function (the State is read by `speakers`).
fn person_and_function(text: &str) -> (Option<String>, Option<String>) {
    let Some((title_at, title)) = TITLES
        .iter()
        .filter_map(|t| text.find(t).map(|i| (i, *t)))
        .min()
    else {
        return (None, None);
    };
    let after = &text[title_at + title.len()..];
    let mut name: Vec<&str> = Vec::new();
    for word in after.split_whitespace().take(5) {
        let is_name = word.starts_with(char::is_uppercase)
            || ["bin", "al", "de", "van", "von", "da"].contains(&word);
        if !is_name {
            break;
        }
        name.push(word.trim_end_matches(','));
        if word.ends_with(',') {
            break;
        }
    }
    let person = name.join(" ");
    let ends_at_comma = after
        .split_whitespace()
        .nth(name.len().saturating_sub(1))
        .is_some_and(|w| w.ends_with(','));
    if name.len() < 2 || !ends_at_comma {
        return (None, None);
    }
    let rest = after[after.find(',').map_or(after.len(), |i| i + 1)..].trim_start();
    let clause = rest.split([',', '.']).next().unwrap_or("");
    let function = clause.find(" of ").map_or(clause, |i| &clause[..i]).trim();
    let function = (!function.is_empty()
        && function.split_whitespace().count() <= 6
        && function.starts_with(char::is_uppercase))
    .then(|| function.to_owned());
    (Some(person), function)
}

/// "the Global Roundtable on ICT Security Capacity Building held at …" gives
/// "Global Roundtable on ICT Security Capacity Building".
fn infer_event(text: &str) -> Option<String> {
    let mut found: Vec<(usize, &str)> = EVENT_WORDS
        .iter()
        .flat_map(|w| text.match_indices(w).map(move |(i, _)| (i, *w)))
        .collect();
    found.sort();
    found
        .into_iter()
        .find_map(|(at, word)| event_at(text, at, word))
}

/// The event named around `word` at `at`, if it is introduced by "the".
fn event_at(text: &str, at: usize, word: &str) -> Option<String> {
    let mut before: Vec<&str> = Vec::new();
    let mut introduced = false;
    for w in text[..at].split_whitespace().rev() {
        if w.eq_ignore_ascii_case("the") {
            introduced = true;
            break;
        }
        if !starts_a_name(w) || w.ends_with([',', '.']) {
            break;
        }
        before.push(w);
    }
    if !introduced {
        return None;
    }
    let mut words: Vec<&str> = before.into_iter().rev().collect();
    words.push(word);
    let after = &text[at + word.len()..];
    if let Some(topic) = after.strip_prefix(" on ") {
        words.push("on");
        for w in topic.split_whitespace() {
            let clean = w.trim_end_matches([',', '.', ';']);
            if !(starts_a_name(clean) || ["and", "of", "for", "in"].contains(&clean)) {
                break;
            }
            words.push(clean);
            if clean.len() != w.len() {
                break;
            }
        }
    }
    while words
        .last()
        .is_some_and(|w| ["and", "of", "for", "in", "on"].contains(w))
    {
        words.pop();
    }
    (words.len() >= 3).then(|| words.join(" "))
}

/// A word of a name: capitalised or a number, also in parentheses
/// ("(OEWG)"), so that an event is not cut at an acronym.
fn starts_a_name(word: &str) -> bool {
    word.trim_start_matches('(')
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// "New York, 13 December 2021" and "New York – May 11, 2024" give "New
/// York"; the place ends at a comma or a dash, so "DATE 2024-11-08" has
/// none.
fn place_of(dateline: &str) -> Option<String> {
    let cut =
        dateline.find(|c: char| c.is_ascii_digit() || matches!(c, ',' | '–' | '—' | '،' | '，'))?;
    let separated = dateline[..cut].trim_end().ends_with(['-', '–', '—'])
        || !dateline[cut..].starts_with(|c: char| c.is_ascii_digit());
    if !separated {
        return None;
    }
    let place = dateline[..cut]
        .trim()
        .trim_end_matches(['-', '–', '—', ','])
        .trim();
    let words = place.split_whitespace().count();
    let looks_like_month = dates::find_date(&format!("1 {place} 2000")).is_some();
    (words > 0 && words <= 4 && place.starts_with(char::is_uppercase) && !looks_like_month)
        .then(|| place.to_owned())
}

/// The language of a text by its script, and for Latin script by its most
/// common small words. `None` when there is too little text to tell.
pub fn detect_language(text: &str) -> Option<Language> {
    let (mut arabic, mut cjk, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii() {
            latin += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F => arabic += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ if crate::text::tokens::is_cjk(c) => cjk += 1,
            _ if c.is_ascii_alphabetic() || ('À'..='ÿ').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let total = arabic + cjk * 3 + cyrillic + latin;
    if total < 20 {
        return None;
    }
    Some(if arabic * 2 > total {
        Language::Ar
    } else if cjk * 3 * 2 > total {
        Language::Zh
    } else if cyrillic * 2 > total {
        Language::Ru
    } else {
        latin_language(text)?
    })
}

/// The most letters a word of `LATIN_WORDS` has.
const LATIN_WORD_LETTERS: usize = 4;

/// The most frequent short words of English, French and Spanish.
const LATIN_WORDS: [&[&str]; 3] = [
    &[
        "the", "and", "of", "to", "is", "that", "for", "we", "with", "this",
    ],
    &[
        "les", "des", "et", "est", "nous", "une", "dans", "du", "pour", "sur",
    ],
    &[
        "el", "los", "las", "y", "para", "por", "del", "con", "una", "es",
    ],
];

fn latin_language(text: &str) -> Option<Language> {
    let mut counts = [0usize; 3];
    // The listed words are lower-case ASCII without a "k" (a test says
    // so): a word with any
    // other letter cannot lower-case to one of them (the one letter beyond
    // ASCII that lower-cases into it is the Kelvin sign, to "k").
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .take(2000)
        .filter(|w| w.len() <= LATIN_WORD_LETTERS && w.is_ascii())
    {
        for (i, list) in LATIN_WORDS.iter().enumerate() {
            if list.iter().any(|l| l.eq_ignore_ascii_case(word)) {
                counts[i] += 1;
            }
        }
    }
    let (best, &count) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    let second = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (count >= 3 && count >= second * 2).then_some([Language::En, Language::Fr, Language::Es][best])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_function_and_state_from_a_header() {
        let (person, function) = person_and_function(
            "Statement by Ambassador Munir Akram, Permanent Representative of Pakistan, during the First Substantive Session",
        );
        assert_eq!(person.as_deref(), Some("Munir Akram"));
        assert_eq!(function.as_deref(), Some("Permanent Representative"));
    }

    #[test]
    fn events_and_places() {
        assert_eq!(
            infer_event("while making a statement during the Global Roundtable on ICT Security Capacity Building held at the UN").as_deref(),
            Some("Global Roundtable on ICT Security Capacity Building")
        );
        assert_eq!(
            infer_event("at the Open-ended Working Group (OEWG) Roundtable on Capacity Building held in Geneva").as_deref(),
            Some("Open-ended Working Group (OEWG) Roundtable on Capacity Building")
        );
        assert_eq!(
            place_of("New York – May 11, 2024").as_deref(),
            Some("New York")
        );
        assert_eq!(place_of("13 December 2021"), None);
    }

    #[test]
    fn languages_by_script_and_words() {
        assert_eq!(detect_language("Nous sommes heureux de vous voir et nous soutenons les efforts des États pour la paix."), Some(Language::Fr));
        assert_eq!(detect_language("El Grupo de Trabajo es importante para los Estados y para la paz y la seguridad del mundo."), Some(Language::Es));
        assert_eq!(detect_language("Short"), None);
    }

    #[test]
    fn the_language_words_are_lower_case_ascii_without_a_k() {
        for word in LATIN_WORDS.iter().flat_map(|l| l.iter()) {
            assert!(
                word.bytes().all(|b| b.is_ascii_lowercase() && b != b'k'),
                "{word}: a word with another letter could not be matched without lower-casing"
            );
            assert!(word.len() <= LATIN_WORD_LETTERS, "{word}");
        }
    }
}
