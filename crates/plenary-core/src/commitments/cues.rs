//! Whether a statement's sentence reads as a commitment, and how surely:
//! pure text work over a table of cues in the six UN languages. A cue is a
//! wording that states a position ("we support", "it is essential to"), a
//! pledge ("we will", "we stand ready to"), or a request ("we call for",
//! "we urge", "we propose"), with a strength from 0 to 1. A cue in the
//! first person (or impersonal) counts as it is; one in the third person
//! ("supports", "calls for") counts only after its subject: the speaker's
//! name or "delegation", "country", "government" and their equivalents. A
//! pledge or request with a deadline (a date after "by", "before", "no
//! later than" …) is an action item. Greetings, thanks and procedural lines
//! (congratulations, assurances of support, alignment with a group's
//! statement) are never suggested, whatever cue they hold.

use crate::model::CommitmentKind::{self, ActionItem, Pledge, Position, Request};
use crate::text::dates::find_date;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Whose wording a cue is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Person {
    /// "we support", "il est essentiel": counts wherever it stands.
    First,
    /// "supports": counts only right after the speaker or a word such as
    /// "delegation" that names it.
    Third,
}

use Person::{First, Third};

/// The cues, lowercase, with what they state and how strongly.
const CUES: &[(&str, CommitmentKind, f64, Person)] = &[
    // English.
    ("we support", Position, 0.8, First),
    ("we strongly support", Position, 0.85, First),
    ("we fully support", Position, 0.85, First),
    ("we reiterate our support", Position, 0.8, First),
    ("we believe", Position, 0.7, First),
    ("we are convinced", Position, 0.65, First),
    ("we consider that", Position, 0.65, First),
    ("we are of the view", Position, 0.7, First),
    ("we share the view", Position, 0.7, First),
    ("we reaffirm", Position, 0.7, First),
    ("we oppose", Position, 0.8, First),
    ("we reject", Position, 0.8, First),
    ("we favour", Position, 0.75, First),
    ("we favor", Position, 0.75, First),
    ("we advocate", Position, 0.75, First),
    ("it is essential", Position, 0.75, First),
    ("it is imperative", Position, 0.75, First),
    ("it is critical to", Position, 0.65, First),
    ("it is important to", Position, 0.6, First),
    ("we call for", Request, 0.85, First),
    ("we call on", Request, 0.85, First),
    ("we call upon", Request, 0.85, First),
    ("we urge", Request, 0.85, First),
    ("we propose", Request, 0.85, First),
    ("we request", Request, 0.75, First),
    ("we recommend", Request, 0.75, First),
    ("we encourage", Request, 0.6, First),
    ("we will", Pledge, 0.85, First),
    ("we shall", Pledge, 0.85, First),
    ("we stand ready", Pledge, 0.9, First),
    ("we are ready to", Pledge, 0.85, First),
    ("we are prepared to", Pledge, 0.85, First),
    ("we are committed", Pledge, 0.9, First),
    ("we remain committed", Pledge, 0.9, First),
    ("we commit", Pledge, 0.9, First),
    ("we pledge", Pledge, 0.9, First),
    ("we intend to", Pledge, 0.75, First),
    ("supports", Position, 0.85, Third),
    ("believes", Position, 0.75, Third),
    ("shares the view", Position, 0.8, Third),
    ("reaffirms", Position, 0.75, Third),
    ("opposes", Position, 0.8, Third),
    ("calls for", Request, 0.85, Third),
    ("calls on", Request, 0.85, Third),
    ("calls upon", Request, 0.85, Third),
    ("urges", Request, 0.85, Third),
    ("proposes", Request, 0.85, Third),
    ("will", Pledge, 0.8, Third),
    ("stands ready", Pledge, 0.9, Third),
    ("is ready to", Pledge, 0.85, Third),
    ("is committed", Pledge, 0.9, Third),
    ("remains committed", Pledge, 0.9, Third),
    // French.
    ("nous soutenons", Position, 0.8, First),
    ("nous appuyons", Position, 0.8, First),
    ("nous estimons", Position, 0.7, First),
    ("nous croyons", Position, 0.7, First),
    ("nous considérons", Position, 0.7, First),
    ("nous sommes convaincus", Position, 0.65, First),
    ("nous réaffirmons", Position, 0.7, First),
    ("il est essentiel", Position, 0.75, First),
    ("il est indispensable", Position, 0.75, First),
    ("il est fondamental", Position, 0.7, First),
    ("nous appelons", Request, 0.85, First),
    ("nous exhortons", Request, 0.85, First),
    ("nous demandons", Request, 0.75, First),
    ("nous proposons", Request, 0.85, First),
    ("nous encourageons", Request, 0.6, First),
    ("nous nous engageons", Pledge, 0.9, First),
    ("nous sommes prêts", Pledge, 0.85, First),
    ("nous restons engagés", Pledge, 0.9, First),
    ("nous continuerons", Pledge, 0.85, First),
    ("nous poursuivrons", Pledge, 0.85, First),
    ("nous présenterons", Pledge, 0.85, First),
    ("nous soumettrons", Pledge, 0.85, First),
    ("nous contribuerons", Pledge, 0.85, First),
    ("nous veillerons", Pledge, 0.8, First),
    ("soutient", Position, 0.85, Third),
    ("appuie", Position, 0.85, Third),
    ("estime", Position, 0.7, Third),
    ("appelle", Request, 0.85, Third),
    ("propose", Request, 0.85, Third),
    ("est prête à", Pledge, 0.85, Third),
    ("est prêt à", Pledge, 0.85, Third),
    ("s'engage", Pledge, 0.9, Third),
    // Spanish.
    ("apoyamos", Position, 0.8, First),
    ("respaldamos", Position, 0.8, First),
    ("creemos que", Position, 0.7, First),
    ("consideramos que", Position, 0.7, First),
    ("estamos convencidos", Position, 0.65, First),
    ("reafirmamos", Position, 0.7, First),
    ("es esencial", Position, 0.75, First),
    ("es imprescindible", Position, 0.75, First),
    ("es fundamental", Position, 0.7, First),
    ("hacemos un llamado", Request, 0.85, First),
    ("hacemos un llamamiento", Request, 0.85, First),
    ("instamos", Request, 0.85, First),
    ("exhortamos", Request, 0.85, First),
    ("proponemos", Request, 0.85, First),
    ("pedimos", Request, 0.75, First),
    ("nos comprometemos", Pledge, 0.9, First),
    ("estamos comprometidos", Pledge, 0.9, First),
    ("estamos dispuestos", Pledge, 0.85, First),
    ("seguiremos", Pledge, 0.85, First),
    ("continuaremos", Pledge, 0.85, First),
    ("presentaremos", Pledge, 0.85, First),
    ("contribuiremos", Pledge, 0.85, First),
    ("apoya", Position, 0.85, Third),
    ("respalda", Position, 0.85, Third),
    ("insta", Request, 0.85, Third),
    ("propone", Request, 0.85, Third),
    ("hace un llamado", Request, 0.85, Third),
    ("está dispuesta", Pledge, 0.85, Third),
    ("está dispuesto", Pledge, 0.85, Third),
    // Russian.
    ("поддерживаем", Position, 0.8, First),
    ("мы считаем", Position, 0.7, First),
    ("мы полагаем", Position, 0.7, First),
    ("мы убеждены", Position, 0.65, First),
    ("выступаем за", Position, 0.8, First),
    ("выступаем против", Position, 0.8, First),
    ("необходимо", Position, 0.6, First),
    ("крайне важно", Position, 0.65, First),
    ("призываем", Request, 0.85, First),
    ("предлагаем", Request, 0.85, First),
    ("мы готовы", Pledge, 0.85, First),
    ("мы намерены", Pledge, 0.75, First),
    ("мы будем", Pledge, 0.8, First),
    ("продолжим", Pledge, 0.85, First),
    ("привержены", Pledge, 0.85, First),
    ("поддерживает", Position, 0.85, Third),
    ("выступает за", Position, 0.8, Third),
    ("призывает", Request, 0.85, Third),
    ("предлагает", Request, 0.85, Third),
    ("готова", Pledge, 0.85, Third),
    ("привержена", Pledge, 0.85, Third),
    // Chinese.
    ("我们支持", Position, 0.8, First),
    ("中方支持", Position, 0.85, First),
    ("我国支持", Position, 0.85, First),
    ("我们认为", Position, 0.7, First),
    ("中方认为", Position, 0.75, First),
    ("中方主张", Position, 0.8, First),
    ("我们主张", Position, 0.8, First),
    ("至关重要", Position, 0.6, First),
    ("有必要", Position, 0.6, First),
    ("呼吁", Request, 0.85, First),
    ("敦促", Request, 0.85, First),
    ("我们建议", Request, 0.8, First),
    ("中方建议", Request, 0.8, First),
    ("愿与", Pledge, 0.8, First),
    ("愿同", Pledge, 0.8, First),
    ("将继续", Pledge, 0.8, First),
    ("致力于", Pledge, 0.8, First),
    ("我们将", Pledge, 0.85, First),
    ("中方将", Pledge, 0.85, First),
    // Arabic.
    ("نؤيد", Position, 0.8, First),
    ("ندعم", Position, 0.8, First),
    ("نعتقد", Position, 0.7, First),
    ("نرى أن", Position, 0.7, First),
    ("من الضروري", Position, 0.75, First),
    ("من الأساسي", Position, 0.75, First),
    ("ندعو", Request, 0.85, First),
    ("نحث", Request, 0.85, First),
    ("نقترح", Request, 0.85, First),
    ("نلتزم", Pledge, 0.9, First),
    ("ملتزمون", Pledge, 0.85, First),
    ("مستعدون", Pledge, 0.85, First),
    ("على استعداد", Pledge, 0.8, First),
    ("سنواصل", Pledge, 0.85, First),
    ("سوف", Pledge, 0.75, First),
    ("تؤيد", Position, 0.85, Third),
    ("تدعم", Position, 0.85, Third),
    ("تدعو", Request, 0.85, Third),
    ("يدعو", Request, 0.85, Third),
    ("يؤيد", Position, 0.85, Third),
    ("يدعم", Position, 0.85, Third),
    ("يؤكد", Position, 0.75, Third),
];

/// Wordings of greetings, thanks and procedure: a sentence holding one is
/// never suggested.
const PROCEDURAL: &[&str] = &[
    "thank",
    "congratulat",
    "assure you",
    "align ourselves",
    "aligns itself",
    "align itself",
    "associate ourselves",
    "associates itself",
    "on your election",
    "give the floor",
    "support to you",
    "support you",
    "supports the chair",
    "support the chair",
    "your leadership",
    "chair's effort",
    "chair’s effort",
    "merci",
    "remerci",
    "félicit",
    "vous assurer",
    "s'aligne",
    "gracias",
    "agradec",
    "felicit",
    "asegurarle",
    "se suma a la declaración",
    "se adhiere",
    "благодар",
    "поздрав",
    "заверить",
    "присоединяется к заявлению",
    "谢谢",
    "感谢",
    "祝贺",
    "向您保证",
    "شكر",
    "نهنئ",
    "أهنئ",
    "نؤكد لكم",
    "يؤكد لكم",
    "التهنئة",
    "انتخابكم",
];

/// Words that name the speaker as the subject of a third-person cue.
const SUBJECTS: &[&str] = &[
    "delegation",
    "country",
    "government",
    "délégation",
    "pays",
    "gouvernement",
    "delegación",
    "país",
    "gobierno",
    "делегация",
    "страна",
    "россия",
    "правительство",
    "وفد",
    "بلدي",
    "حكومة",
];

/// Words that announce a deadline when a date follows them.
const DEADLINES: &[&str] = &[
    "by ",
    "before ",
    "no later than",
    "d'ici",
    "avant le",
    "au plus tard",
    "antes del",
    "a más tardar",
    "до ",
    "не позднее",
    "之前",
    "以前",
    "不迟于",
    "قبل",
    "بحلول",
];

/// How many words before a third-person cue its subject may stand
/// ("Pakistan therefore fully supports").
const SUBJECT_WORDS: usize = 4;

/// The weakest confidence suggested.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// What a sentence reads as.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub kind: CommitmentKind,
    /// What the cue itself states: `kind`, or, for an action item, the
    /// pledge or request that its deadline made one.
    pub cue_kind: CommitmentKind,
    /// 0 to 1: the strength of the strongest cue, adjusted for a deadline
    /// and the sentence's length.
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
    c.is_alphanumeric() && !crate::text::tokens::is_cjk(c)
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

/// True when the speaker, or a word naming it, is among the few words
/// right before the cue at `start..end`. Arabic puts the subject after its
/// verb ("ويؤكد وفد بلادي"), and a verb joined by "و" to an earlier one
/// shares its subject, so an Arabic cue's subject may stand anywhere
/// before it in the sentence or among the few words after it.
fn has_subject(lower: &str, start: usize, end: usize, speaker: Option<&str>) -> bool {
    let words: Vec<&str> = lower[..start].split_whitespace().collect();
    let arabic = lower[start..end]
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let near = match arabic {
        true => [lower[..start].to_owned()]
            .into_iter()
            .chain(
                lower[end..]
                    .split_whitespace()
                    .take(SUBJECT_WORDS)
                    .map(str::to_owned),
            )
            .collect::<Vec<_>>()
            .join(" "),
        false => words[words.len().saturating_sub(SUBJECT_WORDS)..].join(" "),
    };
    speaker.is_some_and(|s| holds_word(&near, &s.trim().to_lowercase()))
        || SUBJECTS.iter().any(|s| holds_word(&near, s))
}

/// True when a date follows one of the deadline words.
fn has_deadline(lower: &str) -> bool {
    DEADLINES.iter().any(|word| {
        lower
            .match_indices(word)
            .any(|(at, _)| find_date(&lower[at..]).is_some())
    })
}

/// What `sentence` of a statement by `speaker` reads as, if it reads as a
/// commitment at least `MIN_CONFIDENCE` surely.
pub fn read_sentence(sentence: &str, speaker: Option<&str>) -> Option<Reading> {
    let lower = sentence.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    let cjk = lower
        .chars()
        .filter(|c| crate::text::tokens::is_cjk(*c))
        .count();
    if (words < 5 && cjk < 8) || lower.ends_with('?') || lower.ends_with('？') {
        return None;
    }
    if PROCEDURAL_FINDER.find(&lower).is_some() {
        return None;
    }
    let (cue_kind, strength) = CUE_FINDER
        .find_overlapping_iter(&lower)
        .filter_map(|m| {
            let (cue, kind, strength, person) = CUES[m.pattern().as_usize()];
            let counts = whole_words(&lower, cue, m.start(), m.end())
                && (person == First || has_subject(&lower, m.start(), m.end(), speaker));
            counts.then_some((kind, strength))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
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
