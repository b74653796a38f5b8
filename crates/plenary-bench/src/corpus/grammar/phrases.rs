//! The phrase level of the grammar: how the speaker names itself, noun
//! phrases with determiners, adjectives and complements, clause subjects and
//! predicates with agreement, and adjuncts. Kept apart from the template
//! engine in `grammar` so each file stays readable.

use super::Writer;
use crate::corpus::lexicon as lx;
use crate::corpus::morphology::article;
use crate::corpus::shapes;

impl Writer<'_> {
    pub(super) fn self_reference(&mut self) {
        let name = self.voice.name;
        let (text, plural): (&str, bool) = if self.third_person {
            match self.rng.below(4) {
                0 | 1 => (name, self.voice.group && name.contains(" and ")),
                2 => (
                    if self.voice.group {
                        "the Group"
                    } else {
                        "the country"
                    },
                    false,
                ),
                _ => (
                    if self.voice.pronoun == "she" {
                        "her delegation"
                    } else {
                        "his delegation"
                    },
                    false,
                ),
            }
        } else if self.voice.group {
            match self.rng.below(10) {
                0..=4 => ("we", true),
                5 | 6 => (name, false),
                7 => ("our Group", false),
                _ => ("all our members", true),
            }
        } else {
            match self.rng.below(20) {
                0..=8 => ("we", true),
                9..=11 => ("my delegation", false),
                12 => ("our delegation", false),
                13 | 14 => (name, false),
                15 | 16 => ("my Government", false),
                _ => ("my country", false),
            }
        };
        self.word(text);
        self.plural = plural;
    }

    /// The speaker in the third person; a pronoun only where a subject stands.
    pub(super) fn ambassador(&mut self, subject: bool) {
        let reference = self.voice.reference;
        match self.rng.below(10) {
            6 | 7 if subject => {
                let p = self.voice.pronoun;
                self.word(p);
            }
            8 if self.voice.ambassador => self.word("the Ambassador"),
            9 if self.voice.representative => self.word("the Permanent Representative"),
            _ => self.word(reference),
        }
        self.plural = false;
    }

    /// A clause subject; sets the number for agreement.
    pub(super) fn subject(&mut self) {
        match self.rng.below(20) {
            0..=10 => {
                let pool = self.topic.things;
                let complement = self.rng.chance(0.3);
                self.noun_phrase(pool, complement);
            }
            11..=14 => self.actors(),
            15 => {
                let entry = *self.rng.pick(lx::FORUMS);
                self.word(&entry[2..]);
                self.last_np_plural = entry.starts_with('p');
            }
            _ => self.nominal(),
        }
        self.plural = self.last_np_plural;
    }

    pub(super) fn object(&mut self) {
        if self.rng.chance(0.28) {
            self.nominal();
        } else {
            let pool = self.topic.things;
            self.noun_phrase(pool, true);
        }
    }

    /// An adjective for `noun` (topical half the time), unless it would echo the noun.
    pub(super) fn adjective_for(&mut self, noun: &str, phrase: &mut String) {
        let pool = if self.rng.chance(0.5) {
            self.topic.qualities
        } else {
            lx::QUALITIES
        };
        let adj = *self.rng.pick(pool);
        let stem = adj[..adj.len().min(5)].to_lowercase();
        if !noun.to_lowercase().contains(&stem) {
            phrase.push_str(adj);
            phrase.push(' ');
        }
    }

    /// "the {head} of {np}".
    pub(super) fn nominal(&mut self) {
        let det = *self
            .rng
            .pick(&["the", "the", "the", "the", "the", "a", "our", "any"]);
        let head = *self.rng.pick(lx::NOMINALS);
        let adj = self.rng.chance(0.3);
        let mut phrase = String::new();
        if adj {
            self.adjective_for(head, &mut phrase);
        }
        phrase.push_str(head);
        let det = if det == "a" { article(&phrase) } else { det };
        self.word(det);
        self.word(&phrase);
        self.word("of");
        let pool = self.topic.things;
        self.noun_phrase(pool, false);
        self.last_np_plural = false;
    }

    pub(super) fn actors(&mut self) {
        let pool = if self.rng.chance(0.5) {
            self.topic.actors
        } else {
            lx::ACTORS
        };
        self.noun_phrase(pool, false);
        self.plural = self.last_np_plural;
    }

    /// A noun phrase from `pool` with a determiner, maybe an adjective and a
    /// complement. Records its number in `last_np_plural`.
    pub(super) fn noun_phrase(&mut self, pool: &[&str], complement: bool) {
        let entry = *self.rng.pick(pool);
        let (code, noun) = entry.split_at(2);
        // A long set term ("the prohibition of the use of force") recurs
        // whole in every sentence that names it.
        self.fixed += super::term_weight(noun).saturating_sub(2);
        let mut plural = matches!(code, "p " | "q ");
        match code {
            "d " | "q " => self.word(noun),
            _ => {
                let mut phrase = String::new();
                if self.rng.chance(0.4) {
                    self.adjective_for(noun, &mut phrase);
                }
                phrase.push_str(noun);
                let det = match code {
                    "p " => *self.rng.pick(&[
                        "", "", "", "", "the", "the", "these", "such", "our", "all", "existing",
                    ]),
                    "m " => *self.rng.pick(&[
                        "", "", "", "", "the", "the", "our", "such", "greater", "more",
                    ]),
                    _ => *self
                        .rng
                        .pick(&["a", "a", "the", "the", "this", "our", "any"]),
                };
                let det = if det == "a" { article(&phrase) } else { det };
                // Not "existing existing obligations".
                if phrase.split(' ').next() != Some(det) {
                    self.word(det);
                }
                self.word(&phrase);
            }
        }
        if complement && self.depth < 2 && self.rng.chance(0.3) {
            self.depth += 1;
            let prep = *self.rng.pick(&[
                "for",
                "against",
                "in",
                "across",
                "within",
                "among",
                "through",
                "affecting",
                "involving",
                "targeting",
                "of",
                "on",
                "beyond",
            ]);
            self.word(prep);
            if self.rng.chance(0.7) {
                let pool = self.topic.things;
                self.noun_phrase(pool, false);
            } else {
                self.actors();
            }
        } else if complement && self.rng.chance(0.1) {
            self.word("and");
            let pool = self.topic.things;
            self.noun_phrase(pool, false);
            plural = true;
        }
        self.last_np_plural = plural;
    }

    pub(super) fn clause(&mut self) {
        if self.depth >= 3 {
            self.word("this");
            self.word("matters");
            return;
        }
        self.depth += 1;
        if self.rng.chance(0.15) {
            // The speaker acts; it is not "at risk" or "translated into".
            self.self_reference();
            let form = *self.rng.pick(&[
                "{modal} {adv?} {verb} {obj} {adjunct?}",
                "{verb3} {obj} {adjunct?}",
                "{have} {adv?} {pp} {obj} {adjunct?}",
                "{v:continue} to {verb} {obj} {adjunct?}",
            ]);
            self.expand(form);
        } else {
            self.subject();
            self.predicate();
        }
    }

    /// A verb phrase agreeing with the current subject.
    pub(super) fn predicate(&mut self) {
        match self.rng.below(100) {
            0..=29 => self.expand("{modal} {adv?} {verb} {obj} {adjunct?}"),
            30..=41 => self.expand("{verb3} {obj} {adjunct?}"),
            42..=53 => self.expand("{have} {adv?} {pp} {obj} {adjunct?}"),
            54..=62 => self.expand("{be} [being|now|increasingly|] {pp} [by_{actors}|{adjunct}]"),
            63..=71 => {
                self.agree("be");
                let adj = *self.rng.pick(&[
                    "essential", "critical", "vital", "indispensable", "insufficient", "inadequate", "central",
                    "relevant", "decisive", "fragile", "at risk", "under strain", "within reach", "overdue",
                    "a shared responsibility", "no longer optional", "far from assured", "a source of concern",
                ]);
                self.word(adj);
                self.expand("[for_{actors}|to_{verb}_{obj}|in_{place}|to_{nom}]");
            }
            72..=79 => self.expand(
                "{v:remain} [a_matter_of_concern_for|central_to|relevant_for|essential_to|at_the_heart_of|key_to] {obj}",
            ),
            80..=87 => self.expand("{v:continue} to {verb} {obj} {adjunct?}"),
            88..=94 => {
                let verb = *self.rng.pick(&[
                    "depend on", "rest on", "hinge on", "rely on", "call for", "point to", "contribute to",
                    "translate into", "lead to", "feed into", "stem from",
                ]);
                self.agree(verb);
                self.object();
            }
            _ => {
                self.verb_from(lx::GERUND_TAKERS, None);
                self.expand("{ing} {obj}");
            }
        }
    }

    pub(super) fn adjunct(&mut self) {
        let template = *self.rng.pick(shapes::ADJUNCTS);
        self.expand(template);
    }
}
