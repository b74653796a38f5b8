//! The speakers a statement can be delivered for: the 193 UN Member States,
//! the two observer States and the groups of States that speak together.
//! The table is `import/states.tsv`, compiled into the binary: one line per
//! speaker with its canonical name (the UN's English short name, "Russian
//! Federation", "Republic of Korea"), the names it is written under in the
//! six UN languages, and its adjectives and demonyms ("Russian", "russe",
//! "российск*", "الروسي"). A name ending in `*` is a stem, for the
//! inflected languages. Whatever the language of the text, a speaker is
//! filed under its canonical name.

use std::sync::OnceLock;

/// A State or a group: its canonical name and the words that name it.
struct Speaker {
    canonical: &'static str,
    names: Vec<Name>,
    adjectives: Vec<Name>,
}

/// One way of writing a speaker, prepared for matching once.
struct Name {
    /// The name as the table writes it, without a stem's `*`.
    written: &'static str,
    /// The name to look for: in lower case, unless it is an acronym.
    needle: String,
    /// An acronym in capitals ("EU", "NAM") matches only in capitals.
    is_acronym: bool,
    /// A stem may be followed by more letters ("российск*").
    is_stem: bool,
}

impl Name {
    fn new(entry: &'static str) -> Name {
        let (written, is_stem) = match entry.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (entry, false),
        };
        let is_acronym = written.chars().count() <= 5
            && written.chars().any(char::is_alphabetic)
            && !written.chars().any(char::is_lowercase);
        let needle = if is_acronym {
            written.to_owned()
        } else {
            written.to_lowercase()
        };
        Name {
            written,
            needle,
            is_acronym,
            is_stem,
        }
    }
}

fn table() -> &'static [Speaker] {
    static TABLE: OnceLock<Vec<Speaker>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("states.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let canonical = columns.next()?;
                let _kind = columns.next()?;
                let list = |c: Option<&'static str>| -> Vec<Name> {
                    c.unwrap_or("")
                        .split('|')
                        .filter(|n| !n.is_empty())
                        .map(Name::new)
                        .collect()
                };
                let names = list(columns.next());
                let adjectives = list(columns.next());
                Some(Speaker {
                    canonical,
                    names,
                    adjectives,
                })
            })
            .collect()
    })
}

/// The canonical name of a State or group written as `name` in full, in
/// any of the six languages: "Russia" and "Российская Федерация" give
/// "Russian Federation".
pub fn canonical(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    table()
        .iter()
        .find(|s| {
            s.canonical.eq_ignore_ascii_case(name)
                || s.names
                    .iter()
                    .any(|n| n.written.to_lowercase() == name.to_lowercase())
        })
        .map(|s| s.canonical)
}

/// The State or group named first in `text`, with the byte offset of its
/// name: the earliest name, and the longest of those starting there
/// ("Democratic Republic of the Congo" before "Congo").
pub fn first_named(text: &str) -> Option<(usize, &'static str)> {
    first_of(text, |s| &s.names)
}

/// The State whose adjective or demonym comes first in `text`
/// ("the Russian delegation", "la delegación española").
pub fn first_adjective(text: &str) -> Option<(usize, &'static str)> {
    first_of(text, |s| &s.adjectives)
}

/// Every State or group named in `text`: the byte offsets where each name
/// starts and ends, with its canonical name, in order.
pub fn all_named(text: &str) -> Vec<(usize, usize, &'static str)> {
    let lower = text.to_lowercase();
    let mut found: Vec<(usize, usize, &'static str)> = table()
        .iter()
        .flat_map(|s| s.names.iter().map(move |w| (s.canonical, w)))
        .flat_map(|(canonical, name)| {
            let mut spans = Vec::new();
            let mut from = 0;
            while let Some(at) = lower
                .get(from..)
                .and_then(|rest| find_word(&text[from..], rest, name))
            {
                spans.push((from + at, from + at + name.needle.len(), canonical));
                from += at + name.needle.len();
            }
            spans
        })
        .collect();
    found.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for span in found {
        if kept.last().is_none_or(|last| span.0 >= last.1) {
            kept.push(span);
        }
    }
    kept
}

fn first_of(text: &str, words: impl Fn(&Speaker) -> &Vec<Name>) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    table()
        .iter()
        .flat_map(|s| words(s).iter().map(move |w| (s.canonical, w)))
        .filter_map(|(canonical, name)| {
            find_word(text, &lower, name)
                .map(|at| (at, std::cmp::Reverse(name.needle.len()), canonical))
        })
        .min()
        .map(|(at, _, canonical)| (at, canonical))
}

/// Where `name` first stands as a whole word in `text` (`lower` is `text`
/// in lower case).
fn find_word(text: &str, lower: &str, name: &Name) -> Option<usize> {
    let haystack = if name.is_acronym { text } else { lower };
    let needle = name.needle.as_str();
    let needs_boundary =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !crate::text::tokens::is_cjk(c));
    haystack.match_indices(needle).find_map(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        let bounded_before = !needs_boundary(needle.chars().next()) || !needs_boundary(before);
        let bounded_after =
            name.is_stem || !needs_boundary(after) || !needs_boundary(needle.chars().next_back());
        (bounded_before && bounded_after).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_six_languages_give_one_canonical_name() {
        assert_eq!(canonical("Russia"), Some("Russian Federation"));
        assert_eq!(
            canonical("Российская Федерация"),
            Some("Russian Federation")
        );
        assert_eq!(canonical("the Netherlands"), Some("Netherlands"));
        assert_eq!(canonical("欧盟"), Some("European Union"));
        assert_eq!(canonical("Acme Foundation"), None);
        assert_eq!(
            first_named("Постоянное представительство Российской Федерации при ООН").map(|f| f.1),
            Some("Russian Federation")
        );
        assert_eq!(
            first_named("the Democratic Republic of the Congo").map(|f| f.1),
            Some("Democratic Republic of the Congo")
        );
        assert_eq!(first_named("Nigeria").map(|f| f.1), Some("Nigeria"));
    }

    #[test]
    fn acronyms_only_in_capitals_and_whole_words_only() {
        assert_eq!(first_named("eu sou"), None);
        assert_eq!(first_named("Chadwick Hall"), None);
        assert_eq!(
            first_adjective("Head of Chinese Delegation").map(|f| f.1),
            Some("China")
        );
        assert_eq!(
            first_adjective("российской делегации").map(|f| f.1),
            Some("Russian Federation")
        );
    }
}
