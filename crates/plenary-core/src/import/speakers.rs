//! Who a text speaks for, read from its header: "on behalf of" a group
//! or the State delivering a joint statement (`behalf`),
//! "<function> of <State>", a State's adjective beside "delegation" or
//! "mission" ("the representative of the Russian delegation", "Head of
//! Chinese Delegation"), a letterhead, or a State that is the subject of a
//! headline ("Argentina participó…", "أكدت دولة قطر"). UN offices (the
//! President of the General Assembly, the Secretary-General, the OEWG's
//! Chair, UNODA) are not States: a text that names one before any State
//! gets no speaker.

use super::behalf::{on_behalf_of, Behalf};
use super::header::{Header, Reading};
use crate::text::dates;
use crate::text::fold::folded;
use crate::text::states;

/// Offices of the UN that speak, in the six languages.
const OFFICES: &[&str] = &[
    "president of the general assembly",
    "secretary-general",
    "secretary general",
    "oewg chair",
    "chair of the oewg",
    "chair of the open-ended working group",
    "unoda",
    "office for disarmament affairs",
    "high representative for disarmament",
    "président de l'assemblée générale",
    "secrétaire général",
    "presidente de la asamblea general",
    "secretario general",
    "председатель генеральной ассамблеи",
    "генеральный секретарь",
    "генсек",
    "رئيس الجمعية العامة",
    "الأمين العام",
    "امين عام",
    "أمين عام",
    "联大主席",
    "秘书长",
];

/// Words that, beside a State's adjective, make it the speaker.
const DELEGATION_WORDS: &[&str] = &[
    "to the united nations",
    "auprès des nations unies",
    "ante las naciones unidas",
    "при оон",
    "常驻联合国",
    "لدى الأمم المتحدة",
    "delegation",
    "mission",
    "government",
    "délégation",
    "gouvernement",
    "delegación",
    "gobierno",
    "misión",
    "делегац",
    "представительств",
    "правительств",
    "代表团",
    "常驻",
    "政府",
    "وفد",
    "الوفد",
    "بعثة",
    "حكومة",
];

/// The canonical name of the State or group the header speaks for; one
/// found only as the subject of the opening is inferred.
pub fn speaker(header: &Header) -> Option<Reading<&'static str>> {
    // A dateline's place ("Singapore, 13 May 2023") is where, not who.
    let text = header
        .lines
        .iter()
        .filter(|l| !(l.chars().count() <= 60 && dates::find_dateline(l).is_some()))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let opening = header.first_body.as_deref().unwrap_or("");
    match on_behalf_of(&text).or_else(|| on_behalf_of(opening)) {
        Some(Behalf::Of(speaker)) => return Some(Reading::stated(speaker)),
        // A list of States ending "… and my own country": the one
        // delivering is not named, and no other one on the list is it.
        Some(Behalf::Unnamed) => return None,
        None => {}
    }
    let lower = folded(&text);
    if JOINT.iter().any(|j| lower.contains(j)) {
        return None;
    }
    let office = OFFICES.iter().filter_map(|o| lower.find(o)).min();
    let named = states::all_named(&text)
        .into_iter()
        .find(|&(_, end, _)| !names_an_organisation(text.get(end..).unwrap_or("")))
        .map(|(at, _, state)| (at, state));
    let adjective = delegation_adjective(&text);
    let state = [named, adjective].into_iter().flatten().min();
    match (state, office) {
        (Some((at, _)), Some(office_at)) if office_at < at => None,
        (Some((_, state)), _) => Some(Reading::stated(state)),
        (None, Some(_)) => None,
        (None, None) => subject_of(opening)
            .or_else(|| self_reference(&header.body))
            .map(Reading::inferred),
    }
}

/// A joint statement speaks for several States: no one speaker.
const JOINT: &[&str] = &[
    "joint statement",
    "déclaration conjointe",
    "declaración conjunta",
    "совместное заявление",
    "联合声明",
    "بيان مشترك",
];

/// Words that end an organisation's name: "(the Kenya) ICT Action Network".
const ORGANISATIONS: &[&str] = &[
    "Network",
    "Institute",
    "Foundation",
    "Centre",
    "Center",
    "University",
    "Society",
    "Association",
    "Alliance",
    "Coalition",
    "Initiative",
];

/// Whether the words after a State's name continue an organisation's name:
/// up to four capitalised words, the last one naming an organisation.
fn names_an_organisation(after: &str) -> bool {
    after
        .split_whitespace()
        .take(4)
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .any(|w| ORGANISATIONS.contains(&w.trim_end_matches([',', '.', ')'])))
}

/// Verbs a delegation says of itself in the third person ("Germany
/// believes", "Cuba considera", "Россия поддерживает", "中方欢迎").
const STANCE_VERBS: &[&str] = &[
    "believes",
    "supports",
    "welcomes",
    "reaffirms",
    "considers",
    "stresses",
    "underlines",
    "emphasizes",
    "emphasises",
    "remains",
    "attaches",
    "aligns",
    "shares",
    "would",
    "strongly",
    "fully",
    "calls",
    "urges",
    "continues",
    "recognizes",
    "recognises",
    "submitted",
    "proposes",
    "soutient",
    "salue",
    "estime",
    "considère",
    "réaffirme",
    "souligne",
    "appelle",
    "reste",
    "partage",
    "apoya",
    "considera",
    "reafirma",
    "saluda",
    "subraya",
    "destaca",
    "estima",
    "reitera",
    "comparte",
    "считает",
    "поддерживает",
    "приветствует",
    "подчеркивает",
    "выступает",
    "призывает",
    "предлагает",
    "认为",
    "支持",
    "欢迎",
    "主张",
    "强调",
    "呼吁",
];

/// The one State or group the opening paragraphs speak of as the subject
/// of a stance ("Germany believes …"): none when two are.
fn self_reference(body: &[String]) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for line in body {
        // Folded, so that a verb in Traditional Chinese ("認為") is found.
        let line = folded(line);
        for (_, end, state) in states::all_named(&line) {
            let after = line.get(end..).unwrap_or("").trim_start();
            let next_word: String = after
                .chars()
                .take_while(|c| c.is_alphabetic() && !crate::text::tokens::is_cjk(*c))
                .collect();
            let stance = STANCE_VERBS.iter().any(|v| {
                next_word == *v
                    || (after.starts_with(v) && v.chars().all(crate::text::tokens::is_cjk))
            });
            if !stance {
                continue;
            }
            if found.is_some_and(|f| f != state) {
                return None;
            }
            found = Some(state);
        }
    }
    found
}

/// A State or group named as the subject of a headline or of the first
/// sentence: within its first three words, and not the first word of an
/// organisation's name ("The Kenya ICT Action Network").
pub fn subject_of(line: &str) -> Option<&'static str> {
    let (at, state) = states::first_named(line)?;
    let before = line.get(..at)?;
    let after = line
        .get(at..)?
        .split_whitespace()
        .nth(name_words(state, line, at));
    let all_capitals = !line.chars().any(char::is_lowercase);
    let names_an_organisation =
        !all_capitals && after.is_some_and(|w| w.starts_with(char::is_uppercase));
    (before.split_whitespace().count() < 3
        && line.split_whitespace().count() >= 4
        && !names_an_organisation)
        .then_some(state)
}

/// How many words the name of `state` takes at `at` in `line`.
fn name_words(state: &str, line: &str, at: usize) -> usize {
    let rest = line.get(at..).unwrap_or("");
    (1..=6)
        .find(|n| {
            let words: Vec<&str> = rest.split_whitespace().take(*n).collect();
            states::canonical(
                words
                    .join(" ")
                    .trim_end_matches([',', '.', ':', '’', '\'', 's'].as_ref()),
            ) == Some(state)
        })
        .unwrap_or(1)
}

/// Whether a line is a letterhead: it names a mission, delegation or
/// government ("Постоянное представительство Российской Федерации при ООН").
pub fn is_letterhead(line: &str) -> bool {
    let lower = folded(line);
    DELEGATION_WORDS.iter().any(|w| lower.contains(w))
}

/// A State's adjective beside a delegation word: "the Russian delegation",
/// "Head of Chinese Delegation", "la delegación española", "الوفد الروسي".
fn delegation_adjective(text: &str) -> Option<(usize, &'static str)> {
    let (at, state) = states::first_adjective(text)?;
    let lower = folded(text);
    let start = char_floor(&lower, at.saturating_sub(30));
    let end = char_floor(&lower, at + 60);
    let near = &lower[start..end];
    DELEGATION_WORDS
        .iter()
        .any(|w| near.contains(w))
        .then_some((at, state))
}

/// The char boundary at or before `at`.
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(lines: &[&str]) -> Header {
        Header {
            lines: lines.iter().map(|l| (*l).to_owned()).collect(),
            salutation: false,
            body: Vec::new(),
            first_body: None,
        }
    }

    fn speaker_name(header: &Header) -> Option<&'static str> {
        speaker(header).map(|r| r.value)
    }

    #[test]
    fn groups_offices_and_indirect_speakers() {
        assert_eq!(
            speaker_name(&header(&[
                "Statement on behalf of the European Union and its Member States"
            ])),
            Some("European Union")
        );
        assert_eq!(
            speaker_name(&header(&[
                "Statement by Mr. A. Ivanov, the representative of the Russian delegation"
            ])),
            Some("Russian Federation")
        );
        assert_eq!(
            speaker_name(&header(&[
                "Remarks by the President of the General Assembly",
                "Ambassador of Singapore"
            ])),
            None
        );
        assert_eq!(
            speaker_name(&header(&[
                "Singapore, 13 May 2023",
                "Statement by the Delegation of Japan"
            ])),
            Some("Japan")
        );
        assert_eq!(
            speaker_name(&header(&[
                "Statement by the Kenya ICT Action Network at the OEWG"
            ])),
            None
        );
        assert_eq!(
            speaker_name(&header(&["Joint statement by Estonia, Finland and Latvia"])),
            None
        );
        assert_eq!(
            speaker_name(&header(&["Intervención de la delegación de Cuba"])),
            Some("Cuba")
        );
    }
}
