//! Whether a statement's sentence reads as a commitment, and how surely:
//! pure text work over the cues of `cue_table` in the six UN languages. A
//! cue is a wording that states a position ("we support", "es
//! fundamental"), a pledge ("we will", "participaremos", "愿与") or a
//! request ("we call for", "solicitamos", "请秘书处"), with a strength from
//! 0 to 1. A first-person (or impersonal) cue counts as it is; a
//! third-person one ("supports", "participará") only after its subject:
//! the speaker, named in any of the six languages (the States table), or
//! "delegation", "government" and their equivalents; a reported one
//! ("instó a que") also when no other State is named before it. Spanish
//! and French futures are read from their endings ("presentaremos",
//! "nous présenterons", "Cuba participará"), never those of "be", "have",
//! "must" or "can".
//!
//! A sentence holding cues of several kinds reads as the first of pledge,
//! request and position (the labelling rules of the evaluation set, see
//! `crates/plenary-bench/data/commitments/README.md`). A pledge or request
//! with a deadline (a date or a month after "by", "antes de", "до" …) is an
//! action item. Greetings, thanks and procedural lines (congratulations,
//! assurances of support, alignment with a group's statement) are never
//! suggested, whatever cue they hold.

use super::cue_table::{
    Person, AUXILIARY_FUTURES, CUES, DEADLINES, IT_WILL_ENDINGS, OTHER_SUBJECTS, PROCEDURAL,
    SUBJECTS, WE_WILL_ENDINGS,
};
use crate::model::CommitmentKind::{self, ActionItem, Pledge, Request};
use crate::text::dates::find_month;
use crate::text::states;
use crate::text::tokens::is_cjk;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// How many words before a third-person cue its subject may stand
/// ("Pakistan therefore fully supports").
const SUBJECT_WORDS: usize = 4;

/// The weakest confidence suggested.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// The strength of a future read from a verb's ending.
const FUTURE_STRENGTH: f64 = 0.8;

/// Words right after a pledge cue that make it no pledge: "will need to",
/// "will have to".
const NOT_AN_ACT: &[&str] = &["need", "needs", "have to", "has to"];

/// What a sentence reads as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub kind: CommitmentKind,
    /// What the cue itself states: `kind`, or, for an action item, the
    /// pledge or request that its deadline made one.
    pub cue_kind: CommitmentKind,
    /// 0 to 1: the strength of the strongest cue of its kind, adjusted for
    /// a deadline and the sentence's length.
    pub confidence: f64,
}

static CUE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(CUES.iter().map(|(cue, ..)| *cue)).expect("the cues are a valid automaton")
});

static PROCEDURAL_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(PROCEDURAL).expect("the procedural wordings are a valid automaton")
});

/// True for a letter or digit of a script that separates words by spaces.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// True when the match `start..end` of `cue` in `lower` stands as whole
/// words. An Arabic cue may carry the conjunction "و" or "ف" before it.
fn whole_words(lower: &str, cue: &str, start: usize, end: usize) -> bool {
    let before = lower[..start].chars().next_back();
    let after = lower[end..].chars().next();
    let cue_first = cue.chars().next().unwrap_or(' ');
    let cue_last = cue.chars().next_back().unwrap_or(' ');
    let before_ok = !is_word_char(cue_first)
        || match before {
            None => true,
            Some('و' | 'ف') => lower[..start]
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|c| !is_word_char(c)),
            Some(c) => !is_word_char(c),
        };
    let after_ok = !is_word_char(cue_last) || after.is_none_or(|c| !is_word_char(c));
    before_ok && after_ok
}

/// True when `word` stands in `text` as whole words.
fn holds_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c))
                && text[at + word.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_word_char(c))
        })
}

/// Who speaks: as written, and its canonical name in the States table.
struct Speaker {
    written: Option<String>,
    canonical: Option<&'static str>,
}

impl Speaker {
    fn new(speaker: Option<&str>) -> Speaker {
        Speaker {
            written: speaker
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty()),
            canonical: speaker.and_then(states::canonical),
        }
    }

    /// True when `text` names the speaker, or holds a word such as
    /// "delegation" that does.
    fn named_in(&self, text: &str) -> bool {
        self.written.as_deref().is_some_and(|s| holds_word(text, s))
            || self.canonical.is_some_and(|c| {
                states::all_named(text).iter().any(|&(_, _, n)| n == c)
                    || states::first_adjective(text).is_some_and(|(_, n)| n == c)
            })
            || SUBJECTS.iter().any(|s| holds_word(text, s))
    }

    /// True when `text` names a State or group other than the speaker, or
    /// a body such as a report or the Chair.
    fn others_in(&self, text: &str) -> bool {
        states::all_named(text)
            .iter()
            .any(|&(_, _, n)| Some(n) != self.canonical)
            || OTHER_SUBJECTS.iter().any(|s| holds_word(text, s))
    }
}

/// The words around a third-person cue at `start..end` where its subject
/// may stand: the few right before it; for Arabic, which puts the subject
/// after its verb ("ويؤكد وفد بلادي") and lets a verb joined by "و" share
/// an earlier one's, anywhere before it and the few words after it.
fn subject_room(lower: &str, start: usize, end: usize) -> String {
    let arabic = lower[start..end]
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    match arabic {
        true => {
            let after: Vec<&str> = lower[end..]
                .split_whitespace()
                .take(SUBJECT_WORDS)
                .collect();
            format!("{} {}", &lower[..start], after.join(" "))
        }
        false => {
            let words: Vec<&str> = lower[..start].split_whitespace().collect();
            words[words.len().saturating_sub(SUBJECT_WORDS)..].join(" ")
        }
    }
}

/// Whether a cue of `person` at `start..end` counts for the speaker.
fn counts(person: Person, lower: &str, start: usize, end: usize, speaker: &Speaker) -> bool {
    match person {
        Person::First => true,
        Person::Third => speaker.named_in(&subject_room(lower, start, end)),
        Person::Reported => {
            let room = subject_room(lower, start, end);
            speaker.named_in(&room)
                || !(speaker.others_in(&lower[..start]) || speaker.others_in(&room))
        }
    }
}

/// True when a pledge cue ending at `end` goes on as "need to" or "have to".
fn states_no_act(lower: &str, end: usize) -> bool {
    let rest = lower[end..].trim_start();
    NOT_AN_ACT.iter().any(|w| rest.starts_with(w))
}

/// The futures read from verb endings: each word's span and whether it is
/// a first-person ("participaremos", "nous présenterons") or a third-person
/// one ("participará", "présentera").
fn futures(lower: &str) -> Vec<(usize, usize, Person)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (at, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push((from, &lower[from..at]));
                start = None;
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for (i, &(at, word)) in words.iter().enumerate() {
        if AUXILIARY_FUTURES.contains(&word) || word.chars().count() < 6 {
            continue;
        }
        let end = at + word.len();
        let after_nous = words[i.saturating_sub(2)..i]
            .iter()
            .any(|(_, w)| *w == "nous");
        let we_will = WE_WILL_ENDINGS
            .iter()
            .any(|e| word.ends_with(e) && (*e != "rons" || after_nous));
        if we_will {
            found.push((at, end, Person::First));
        } else if IT_WILL_ENDINGS.iter().any(|e| word.ends_with(e)) {
            found.push((at, end, Person::Third));
        }
    }
    found
}

/// True when a date or a month follows one of the deadline words.
fn has_deadline(lower: &str) -> bool {
    DEADLINES.iter().any(|word| {
        lower.match_indices(word).any(|(at, _)| {
            let after = &lower[at + word.len()..];
            let near: String = after.chars().take(40).collect();
            find_month(&near).is_some()
        })
    })
}

/// Where a kind stands in the order a sentence of several kinds is read:
/// pledge, then request, then position.
fn rank(kind: CommitmentKind) -> u8 {
    match kind {
        Pledge => 0,
        Request => 1,
        _ => 2,
    }
}

/// What `sentence` of a statement by `speaker` reads as, if it reads as a
/// commitment at least `MIN_CONFIDENCE` surely.
pub fn read_sentence(sentence: &str, speaker: Option<&str>) -> Option<Reading> {
    let lower = sentence.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    let cjk = lower.chars().filter(|c| is_cjk(*c)).count();
    if (words < 5 && cjk < 8) || lower.ends_with('?') || lower.ends_with('？') {
        return None;
    }
    if PROCEDURAL_FINDER.find(&lower).is_some() {
        return None;
    }
    let speaker = Speaker::new(speaker);
    let from_table = CUE_FINDER.find_overlapping_iter(&lower).filter_map(|m| {
        let (cue, kind, strength, person) = CUES[m.pattern().as_usize()];
        let fine = whole_words(&lower, cue, m.start(), m.end())
            && !(kind == Pledge && states_no_act(&lower, m.end()))
            && counts(person, &lower, m.start(), m.end(), &speaker);
        fine.then_some((kind, strength))
    });
    let from_endings = futures(&lower)
        .into_iter()
        .filter(|&(start, end, person)| {
            !states_no_act(&lower, end) && counts(person, &lower, start, end, &speaker)
        })
        .map(|_| (Pledge, FUTURE_STRENGTH));
    let (cue_kind, strength) = from_table
        .chain(from_endings)
        .min_by(|a, b| rank(a.0).cmp(&rank(b.0)).then(b.1.total_cmp(&a.1)))?;
    let (kind, mut confidence) = match cue_kind {
        Pledge | Request if has_deadline(&lower) => (ActionItem, strength + 0.05),
        _ => (cue_kind, strength),
    };
    if words > 90 {
        confidence -= 0.1;
    }
    (confidence >= MIN_CONFIDENCE).then_some(Reading {
        kind,
        cue_kind,
        confidence: confidence.min(0.99),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(sentence: &str, speaker: &str) -> Option<CommitmentKind> {
        read_sentence(sentence, Some(speaker)).map(|r| r.kind)
    }

    #[test]
    fn the_wordings_the_desk_missed_are_read() {
        assert_eq!(
            kind(
                "Cuba participará en el taller regional de fomento de la confianza antes de marzo de 2027.",
                "Cuba"
            ),
            Some(ActionItem)
        );
        assert_eq!(
            kind(
                "Solicitamos a la Secretaría que presente un informe sobre el directorio.",
                "Cuba"
            ),
            Some(Request)
        );
        assert_eq!(
            kind(
                "Por tanto, abogamos por la continuidad de las labores en este marco.",
                "Cuba"
            ),
            Some(Request)
        );
        assert_eq!(
            kind(
                "Reiteramos la necesidad de elaborar normas jurídicamente vinculantes.",
                "Cuba"
            ),
            Some(Request)
        );
    }

    #[test]
    fn futures_are_read_from_their_endings_but_not_those_of_be_or_can() {
        assert_eq!(
            kind(
                "Presentaremos un documento de trabajo sobre el tema.",
                "Mexico"
            ),
            Some(Pledge)
        );
        assert_eq!(
            kind(
                "Nous présenterons un document de travail sur ce sujet.",
                "France"
            ),
            Some(Pledge)
        );
        assert_eq!(
            kind(
                "El mecanismo será un espacio de diálogo para todos.",
                "Cuba"
            ),
            None
        );
        // A third-person future of someone else is no pledge of the speaker.
        assert_eq!(
            kind(
                "Colombia presentará un documento de trabajo sobre el tema.",
                "Cuba"
            ),
            None
        );
    }

    #[test]
    fn a_third_person_cue_counts_after_the_speaker_named_in_its_own_language() {
        assert_eq!(
            kind(
                "Россия внесет в первый комитет проект резолюции.",
                "Russian Federation"
            ),
            Some(Pledge)
        );
        assert_eq!(
            kind(
                "Германия внесет в первый комитет проект резолюции.",
                "Russian Federation"
            ),
            None
        );
        assert_eq!(
            kind(
                "ASEAN will need to address cybersecurity challenges together.",
                "ASEAN"
            ),
            None
        );
    }

    #[test]
    fn a_month_with_its_year_is_a_deadline() {
        assert!(has_deadline(
            "we will report back by march 2027 at the latest"
        ));
        assert!(!has_deadline(
            "we will report back in due course to the group"
        ));
    }
}
