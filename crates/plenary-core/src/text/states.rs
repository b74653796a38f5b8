//! The speakers a statement can be delivered for: the 193 UN Member States,
//! the two observer States and the groups of States that speak together.
//! The table is `text/states.tsv`, compiled into the binary: one line per
//! speaker with its canonical name (the UN's English short name, "Russian
//! Federation", "Republic of Korea"), the names it is written under in the
//! six UN languages, and its adjectives and demonyms ("Russian", "russe",
//! "российск*", "الروسي"). A name ending in `*` is a stem, for the
//! inflected languages. Whatever the language of the text, a speaker is
//! filed under its canonical name.

use crate::text::fold;
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// The table: each speaker's canonical name, and the words that name it.
struct Table {
    /// Every name (and canonical name) folded for matching, with its canonical
    /// speaker, for whole-name look-ups.
    written: std::collections::HashMap<String, &'static str>,
    /// The canonical names of the States (not the groups), in the table's
    /// order.
    states: Vec<&'static str>,
    names: Matcher,
    adjectives: Matcher,
}

/// One list of words (names or adjectives), prepared for finding them all in
/// one pass: acronyms in capitals ("EU", "NAM") are matched as written, the
/// rest in lower case.
struct Matcher {
    folded: AhoCorasick,
    folded_words: Vec<Word>,
    exact: AhoCorasick,
    exact_words: Vec<Word>,
}

/// A word of the table: the speaker it names, and whether it is a stem
/// ("российск*"), which may be followed by more letters.
#[derive(Clone, Copy)]
struct Word {
    canonical: &'static str,
    is_stem: bool,
}

impl Matcher {
    fn new(entries: &[(&'static str, &'static str)]) -> Matcher {
        let (mut folded, mut folded_words, mut exact, mut exact_words) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for &(canonical, entry) in entries {
            let (written, is_stem) = match entry.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (entry, false),
            };
            let word = Word { canonical, is_stem };
            let is_acronym = written.chars().count() <= 5
                && written.chars().any(char::is_alphabetic)
                && !written.chars().any(char::is_lowercase);
            if is_acronym {
                exact.push(written.to_owned());
                exact_words.push(word);
            } else {
                folded.push(fold::folded(written));
                folded_words.push(word);
            }
        }
        let build = |patterns: &[String]| {
            AhoCorasick::new(patterns).expect("the States table's words make an automaton")
        };
        Matcher {
            folded: build(&folded),
            folded_words,
            exact: build(&exact),
            exact_words,
        }
    }

    /// Every whole-word occurrence in `text` (`lower` is `text` in lower
    /// case): start, end and canonical name.
    fn find_all(&self, text: &str, lower: &str) -> Vec<(usize, usize, &'static str)> {
        let runs = [
            (&self.folded, &self.folded_words, lower),
            (&self.exact, &self.exact_words, text),
        ];
        runs.into_iter()
            .flat_map(|(automaton, words, haystack)| {
                automaton
                    .find_overlapping_iter(haystack)
                    .filter_map(move |m| {
                        let word = words[m.pattern().as_usize()];
                        is_whole_word(haystack, m.start(), m.end(), word.is_stem).then_some((
                            m.start(),
                            m.end(),
                            word.canonical,
                        ))
                    })
            })
            .collect()
    }
}

/// Whether `haystack[start..end]` stands as a whole word: letters or digits
/// do not run on either side, except after a stem and in scripts written
/// without spaces.
fn is_whole_word(haystack: &str, start: usize, end: usize, is_stem: bool) -> bool {
    let joins =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !crate::text::tokens::is_cjk(c));
    let word = &haystack[start..end];
    let before = haystack[..start].chars().next_back();
    let after = haystack[end..].chars().next();
    let bounded_before = !joins(word.chars().next()) || !joins(before);
    let bounded_after = is_stem || !joins(word.chars().next_back()) || !joins(after);
    bounded_before && bounded_after
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (mut names, mut adjectives, mut states) = (Vec::new(), Vec::new(), Vec::new());
        for line in include_str!("states.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut columns = line.split('\t');
            let Some(canonical) = columns.next() else {
                continue;
            };
            if columns.next() == Some("state") {
                states.push(canonical);
            }
            let list = |column: Option<&'static str>, into: &mut Vec<_>| {
                for word in column.unwrap_or("").split('|').filter(|w| !w.is_empty()) {
                    into.push((canonical, word));
                }
            };
            list(columns.next(), &mut names);
            list(columns.next(), &mut adjectives);
        }
        let mut written = std::collections::HashMap::new();
        for &(canonical, name) in &names {
            written.entry(fold::folded(canonical)).or_insert(canonical);
            written
                .entry(fold::folded(name.trim_end_matches('*')))
                .or_insert(canonical);
        }
        Table {
            names: Matcher::new(&names),
            adjectives: Matcher::new(&adjectives),
            written,
            states,
        }
    })
}

/// The canonical name of a State or group written as `name` in full, in
/// any of the six languages: "Russia" and "Российская Федерация" give
/// "Russian Federation".
pub fn canonical(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let name = fold::folded(name.strip_prefix("the ").unwrap_or(name));
    table().written.get(&name).copied()
}

/// The canonical names of the States (the Member States and the two
/// observer States, not the groups), alphabetically.
pub fn state_names() -> Vec<&'static str> {
    let mut names = table().states.clone();
    names.sort_unstable();
    names
}

/// The canonical name of the State (not a group) written as `name` in
/// full, in any of the six languages: "Russia" gives "Russian Federation".
pub fn canonical_state(name: &str) -> Option<&'static str> {
    canonical(name).filter(|c| table().states.contains(c))
}

/// The State a person would read from an organisation's name: the first
/// State it names ("Permanent Mission of Chile to the United Nations
/// Office at Geneva" is Chile's; "Embassy of Brazil in Chile", Brazil's),
/// by a name, never an adjective ("Indian Ocean Commission" names no State).
pub fn state_of_organisation(organisation: &str) -> Option<&'static str> {
    let states = &table().states;
    all_named(organisation)
        .into_iter()
        .map(|(_, _, canonical)| canonical)
        .find(|canonical| states.contains(canonical))
}

/// The State or group named first in `text`, with the byte offset of its
/// name: the earliest name, and the longest of those starting there
/// ("Democratic Republic of the Congo" before "Congo").
pub fn first_named(text: &str) -> Option<(usize, &'static str)> {
    first_of(text, &table().names)
}

/// The State whose adjective or demonym comes first in `text`
/// ("the Russian delegation", "la delegación española").
pub fn first_adjective(text: &str) -> Option<(usize, &'static str)> {
    first_of(text, &table().adjectives)
}

/// Every State or group named in `text`: the byte offsets where each name
/// starts and ends, with its canonical name, in order; of names that
/// overlap, the one starting first and then the longest.
pub fn all_named(text: &str) -> Vec<(usize, usize, &'static str)> {
    let mut found = table().names.find_all(text, &fold::folded(text));
    found.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for span in found {
        if kept.last().is_none_or(|last| span.0 >= last.1) {
            kept.push(span);
        }
    }
    kept
}

fn first_of(text: &str, matcher: &Matcher) -> Option<(usize, &'static str)> {
    matcher
        .find_all(text, &fold::folded(text))
        .into_iter()
        .min_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)))
        .map(|(at, _, canonical)| (at, canonical))
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
    fn a_state_is_read_from_an_organisation_by_its_name_only() {
        assert_eq!(
            state_of_organisation(
                "Permanent Mission of Chile to the United Nations Office at Geneva"
            ),
            Some("Chile")
        );
        assert_eq!(
            state_of_organisation("Misión Permanente de Cuba ante las Naciones Unidas"),
            Some("Cuba")
        );
        assert_eq!(
            state_of_organisation("Постоянное представительство Российской Федерации при ООН"),
            Some("Russian Federation")
        );
        assert_eq!(
            state_of_organisation("Embassy of Brazil in Chile"),
            Some("Brazil")
        );
        assert_eq!(state_of_organisation("Indian Ocean Commission"), None);
        assert_eq!(
            state_of_organisation("European Union Delegation to the UN"),
            None
        );
        assert_eq!(canonical_state("Russia"), Some("Russian Federation"));
        assert_eq!(canonical_state("European Union"), None);
        assert_eq!(canonical_state("Kuba"), None);
        assert_eq!(state_names().len(), 195);
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
