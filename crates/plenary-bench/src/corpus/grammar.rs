//! The sentence grammar: expands a shape (see `shapes`) into one sentence of
//! 18-40 words (most 20-35), on one topic, in the voice of one speaker
//! (first person for statements, third person for press releases). Short
//! shapes grow a tail, and a sentence whose fixed words (the shape's own,
//! closed sets, set terms) exceed 40% is redrawn, so that no shape's frame
//! makes two independent sentences look alike. Nouns get determiners and
//! agreement, verbs their inflections. Only the caller's PRNG is used, so
//! the output depends on the seed alone.

use super::lexicon as lx;
use super::morphology::{inflect, present, Form};
use super::rng::Rng;
use super::shapes;
use super::vocabulary::Topic;

mod phrases;

/// The largest share of a sentence's words that its skeleton may make up.
const SKELETON_PERCENT: usize = 40;
/// Sentence length in words.
const MIN_WORDS: usize = 18;
const MAX_WORDS: usize = 40;

/// Who speaks: how the speaker refers to itself.
pub(crate) struct Voice<'a> {
    /// The State or group, as written in running text ("Pakistan", "the European Union").
    pub name: &'a str,
    pub group: bool,
    /// "Ambassador Akram", for press releases.
    pub reference: &'a str,
    /// "he" or "she".
    pub pronoun: &'a str,
    /// The person may be called "the Ambassador".
    pub ambassador: bool,
    /// The person may be called "the Permanent Representative".
    pub representative: bool,
}

/// Writes sentences into a reusable buffer.
pub(crate) struct Writer<'a> {
    rng: &'a mut Rng,
    topic: &'static Topic,
    voice: &'a Voice<'a>,
    third_person: bool,
    out: String,
    plural: bool,
    last_np_plural: bool,
    depth: u8,
    /// Words of the sentence fixed by its shape or drawn from small closed
    /// sets (pronouns, auxiliaries), and the words of set terms beyond
    /// their first one or two: its skeleton.
    fixed: usize,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(rng: &'a mut Rng, topic: &'static Topic, voice: &'a Voice<'a>) -> Self {
        Writer {
            rng,
            topic,
            voice,
            third_person: false,
            out: String::new(),
            plural: false,
            last_np_plural: false,
            depth: 0,
            fixed: 0,
        }
    }

    /// A first-person sentence for a statement, ending with a period.
    pub(crate) fn statement_sentence(&mut self) -> String {
        self.third_person = false;
        self.sentence(shapes::STATEMENT)
    }

    /// A third-person sentence for a press release, ending with a period.
    pub(crate) fn press_sentence(&mut self) -> String {
        self.third_person = true;
        let sentence = self.sentence(shapes::PRESS);
        third_person(&sentence)
    }

    /// A noun phrase on the topic, for headlines.
    pub(crate) fn headline_phrase(&mut self) -> String {
        self.out.clear();
        self.noun_phrase(self.topic.things, false);
        third_person(&std::mem::take(&mut self.out))
    }

    fn sentence(&mut self, shapes: &[&str]) -> String {
        let mut fallback: Option<String> = None;
        for _ in 0..60 {
            self.out.clear();
            self.depth = 0;
            self.fixed = 0;
            let target = MIN_WORDS + self.rng.below(12);
            let shape = *self.rng.pick(shapes);
            self.expand(shape);
            // A short or heavily framed core grows a tail (an adjunct, a
            // relative, a reason), most often a light one if framed.
            for _ in 0..2 {
                let words = self.out.split_whitespace().count();
                let framed = self.fixed * 100 > words * SKELETON_PERCENT;
                if (words >= target && !framed) || words + 6 > MAX_WORDS {
                    break;
                }
                self.depth = self.depth.min(1);
                let tails = if framed && self.rng.chance(0.7) {
                    &shapes::TAILS[..shapes::LIGHT_TAILS]
                } else {
                    shapes::TAILS
                };
                let tail = *self.rng.pick(tails);
                self.expand(tail);
            }
            let words = self.out.split_whitespace().count();
            if (MIN_WORDS..=MAX_WORDS).contains(&words) && !repeats_itself(&self.out) {
                // A sentence that is mostly skeleton would look like every
                // other sentence of its shape.
                if self.fixed * 100 <= words * SKELETON_PERCENT {
                    return finish(&self.out);
                }
                fallback.get_or_insert_with(|| self.out.clone());
            }
        }
        finish(fallback.as_deref().unwrap_or(&self.out))
    }

    fn word(&mut self, w: &str) {
        if w.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push(' ');
        }
        self.out.push_str(w);
    }

    fn expand(&mut self, template: &str) {
        for token in template.split(' ') {
            if token == "," {
                // A comma sticks to the word before it.
                if !self.out.is_empty() && !self.out.ends_with([',', ';']) {
                    self.out.push(',');
                }
            } else if let Some(rest) = token.strip_prefix('[') {
                let close = rest.rfind(']').unwrap_or(rest.len());
                let options: Vec<&str> = rest[..close].split('|').collect();
                let choice = self.rng.pick(&options).replace('_', " ");
                let before = self.out.len();
                self.expand(&choice);
                self.suffix(before, &rest[(close + 1).min(rest.len())..]);
            } else if let Some(rest) = token.strip_prefix('{') {
                let close = rest.find('}').unwrap_or(rest.len());
                let before = self.out.len();
                self.slot(&rest[..close]);
                self.suffix(before, &rest[(close + 1).min(rest.len())..]);
            } else {
                self.word(token);
                self.fixed += 1;
            }
        }
    }

    /// Punctuation after a slot sticks to it, unless the slot wrote nothing.
    fn suffix(&mut self, before: usize, suffix: &str) {
        if !suffix.is_empty() && self.out.len() > before {
            self.out.push_str(suffix);
        }
    }

    fn slot(&mut self, name: &str) {
        let (name, optional) = match name.strip_suffix('?') {
            Some(n) => (n, true),
            None => (name, false),
        };
        if optional && self.rng.chance(0.55) {
            return;
        }
        let closed = matches!(
            name,
            "self" | "be" | "have" | "link" | "sub" | "amb" | "ambref" | "state" | "report"
        ) || name.starts_with("v:");
        let before = self.out.len();
        self.slot_words(name);
        if closed {
            self.fixed += self.out[before..].split_whitespace().count();
        }
    }

    fn slot_words(&mut self, name: &str) {
        match name {
            "opener" => self.pick_term(lx::OPENERS, 2),
            "self" => self.self_reference(),
            "subj" => self.subject(),
            "np" => {
                let pool = self.topic.things;
                self.noun_phrase(pool, true);
            }
            "obj" => self.object(),
            "nom" => self.nominal(),
            "actors" => self.actors(),
            "forum" => {
                let entry = *self.rng.pick(lx::FORUMS);
                self.word(&entry[2..]);
                self.fixed += term_weight(&entry[2..]).saturating_sub(2);
                self.last_np_plural = entry.starts_with('p');
            }
            "doc" => self.pick_term(lx::DOCUMENTS, 1),
            "place" => self.pick_term(lx::PLACES, 1),
            "time" => self.pick_term(lx::TIMES, 1),
            "stance" => self.verb_from(lx::STANCE_NP, None),
            "think" => self.verb_from(lx::STANCE_THAT, None),
            "pastStance" => {
                let entry = *self.rng.pick(lx::STANCE_NP);
                let past = inflect(entry, Form::Past).replace(" our ", " its ");
                self.word(&past);
            }
            "verb" => self.action(Some(Form::Base)),
            "verb3" => self.action(None),
            "ing" => self.action(Some(Form::Ing)),
            "pp" => self.action(Some(Form::Participle)),
            "modal" => self.pick_term(lx::MODALS, 1),
            "adv" => self.pick_word(lx::ADVERBS),
            "adj" => self.quality(),
            "eval" => self.pick_word(lx::EVALUATIONS),
            "role" => self.pick_term(lx::ROLES, 1),
            "adjunct" => self.adjunct(),
            "clause" => self.clause(),
            "pred" => self.predicate(),
            "which" => {
                self.word("which");
                self.plural = self.last_np_plural;
                self.predicate();
            }
            "be" => self.agree("be"),
            "have" => self.agree("have"),
            "link" => self.pick_word(lx::LINKERS),
            "sub" => self.pick_word(lx::SUBORDINATORS),
            "amb" => self.ambassador(true),
            "ambref" => self.ambassador(false),
            "state" => {
                let name = self.voice.name;
                self.word(name);
            }
            "report" => self.pick_word(lx::REPORTING),
            other => {
                if let Some(verb) = other.strip_prefix("v:") {
                    self.agree(verb);
                }
            }
        }
    }

    /// A set phrase from a short list: beyond its first `free` words, it
    /// is as common as the skeleton.
    fn pick_term(&mut self, pool: &[&str], free: usize) {
        let w = *self.rng.pick(pool);
        self.word(w);
        self.fixed += term_weight(w).saturating_sub(free);
    }

    fn pick_word(&mut self, pool: &[&str]) {
        let w = *self.rng.pick(pool);
        self.word(w);
    }

    fn agree(&mut self, verb: &str) {
        let form = present(verb, self.plural);
        self.word(&form);
    }

    fn verb_from(&mut self, pool: &[&str], form: Option<Form>) {
        let entry = *self.rng.pick(pool);
        let text = match form {
            Some(f) => inflect(entry, f),
            None => present(entry, self.plural),
        };
        self.word(&text);
    }

    /// A topical verb (55%) or a general one, in `form` or agreeing with the subject.
    fn action(&mut self, form: Option<Form>) {
        let pool = if self.rng.chance(0.55) {
            self.topic.actions
        } else {
            lx::ACTIONS
        };
        self.verb_from(pool, form);
    }

    fn quality(&mut self) {
        let pool = if self.rng.chance(0.5) {
            self.topic.qualities
        } else {
            lx::QUALITIES
        };
        self.pick_word(pool);
    }
}

/// Words as the reuse score counts them: "cross-border" is two.
pub(super) fn term_weight(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// Reported text speaks of "the", not "our".
fn third_person(text: &str) -> String {
    let text = text.replace(" our ", " the ").replace(" ours", " theirs");
    match text.strip_prefix("our ") {
        Some(rest) => format!("the {rest}"),
        None => match text.strip_prefix("Our ") {
            Some(rest) => format!("The {rest}"),
            None => text,
        },
    }
}

/// True when two content words follow each other twice, as in "such
/// malware and such malware": a sign of a clumsy draw, so it is redrawn.
fn repeats_itself(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| w.len() > 3)
        .collect();
    let mut pairs: Vec<(&str, &str)> = words.windows(2).map(|w| (w[0], w[1])).collect();
    pairs.sort_unstable();
    pairs.windows(2).any(|p| p[0] == p[1])
}

/// Capitalizes the first letter and ends with a single period.
fn finish(raw: &str) -> String {
    let trimmed = raw.trim().trim_end_matches([',', ';', ' ']);
    let mut out = String::with_capacity(trimmed.len() + 1);
    let mut chars = trimmed.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
    }
    out.push_str(chars.as_str());
    out.push('.');
    out
}
