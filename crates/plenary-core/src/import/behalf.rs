//! Who a text delivered "on behalf of" others speaks for, in the six
//! languages: the group named after the phrase ("on behalf of the European
//! Union and its Member States", "au nom du Groupe des États d'Afrique"),
//! or, for a joint statement whose list closes with the State delivering it
//! ("on behalf of Australia, Japan and my own country, Canada"), that State.

use crate::text::fold::folded;
use crate::text::states;

/// "On behalf of" in the six languages.
const ON_BEHALF: &[&str] = &[
    "on behalf of",
    "au nom de",
    "au nom du",
    "au nom des",
    "en nombre de",
    "en nombre del",
    "от имени",
    "باسم",
    "نيابة عن",
    "代表",
];

/// Whom a text delivered "on behalf of" others speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behalf {
    /// The group named ("on behalf of the European Union"), or the State
    /// delivering a joint statement ("… and my own country, Canada").
    Of(&'static str),
    /// A joint statement whose delivering State is not named ("on behalf
    /// of Australia, Japan and my own country").
    Unnamed,
}

/// "My own country" closing a list of those a statement speaks for, in the
/// six languages (lower case).
const OWN_COUNTRY: &[&str] = &[
    "my own country",
    "my country",
    "mon propre pays",
    "mon pays",
    "mi propio país",
    "mi país",
    "моей собственной страны",
    "моей страны",
    "своей страны",
    "بلدي",
];

/// The words that join the last item of a list, in the six languages.
const LIST_ENDS: &[&str] = &["and", "y", "et", "и", "также", "و"];

/// How far after "on behalf of" a list of States is read for "my own
/// country", in characters.
const LIST_CHARS: usize = 600;

/// "on behalf of the European Union and its Member States", "au nom du
/// Groupe des États d'Afrique", "от имени Движения неприсоединения"; and a
/// joint statement, "on behalf of Australia, Japan and my own country,
/// Canada", is spoken by the State delivering it.
pub fn on_behalf_of(text: &str) -> Option<Behalf> {
    let lower = folded(text);
    ON_BEHALF.iter().find_map(|phrase| {
        lower.match_indices(phrase).find_map(|(at, _)| {
            let after = text.get(at + phrase.len()..)?;
            if let Some(own) = delivering_state(after) {
                return Some(own);
            }
            let near: String = after.chars().take(80).collect();
            let (offset, speaker) = states::first_named(&near)?;
            // "代表" is also "representative": only a group directly after it.
            let close = if *phrase == "代表" {
                offset == 0
            } else {
                offset <= 45
            };
            close.then_some(Behalf::Of(speaker))
        })
    })
}

/// The State after "my own country" in the sentence that follows "on
/// behalf of" (`list`): "…, New Zealand and my own country, Canada." gives
/// Canada; "my own country" with no State after it gives `Unnamed`.
fn delivering_state(list: &str) -> Option<Behalf> {
    let sentence: String = list
        .chars()
        .take(LIST_CHARS)
        .collect::<String>()
        .split(". ")
        .next()
        .unwrap_or("")
        .to_owned();
    let lower = folded(&sentence);
    let (at, phrase) = OWN_COUNTRY
        .iter()
        .filter_map(|p| lower.find(p).map(|at| (at, *p)))
        .min()?;
    // Only as the last of a list: "… and my own country", "y de mi propio
    // país", "وبلدي"; not "the Group, of which my country is a member".
    let before = &lower[..at];
    let closes_a_list = before.ends_with('و')
        || before
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| LIST_ENDS.contains(&w));
    if !closes_a_list {
        return None;
    }
    let rest = sentence
        .get(at + phrase.len()..)
        .unwrap_or("")
        .trim_start_matches([' ', ',', ':', '–', '—', '-']);
    // An article may stand before the name: "la France", "the Netherlands".
    let named = states::first_named(rest).filter(|&(offset, _)| offset <= 4);
    Some(named.map_or(Behalf::Unnamed, |(_, state)| Behalf::Of(state)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn my_own_country_closes_a_list_but_not_a_group() {
        assert_eq!(
            on_behalf_of("on behalf of Australia, Japan and my own country, Canada."),
            Some(Behalf::Of("Canada"))
        );
        assert_eq!(
            on_behalf_of("باسم الأردن ومصر وبلدي المملكة العربية السعودية"),
            Some(Behalf::Of("Saudi Arabia"))
        );
        assert_eq!(
            on_behalf_of("от имени Беларуси, Китая и моей страны – Российской Федерации"),
            Some(Behalf::Of("Russian Federation"))
        );
        assert_eq!(
            on_behalf_of("on behalf of Australia, Japan and my own country."),
            Some(Behalf::Unnamed)
        );
        assert_eq!(
            on_behalf_of("on behalf of the African Group, of which my country is a member."),
            Some(Behalf::Of("African Group"))
        );
    }
}
