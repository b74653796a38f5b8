//! Composes one document (a statement or a press release) and decides its
//! reuse: each body sentence is new, or a copy of a lineage root from
//! `Memory`. Reused text is always taken from the root, verbatim or lightly
//! edited, so every copy scores ≥ 0.75 against the root it names, and every
//! copy gets its ground-truth line here.

use super::edit::{light_edit, similarity, tokens};
use super::grammar::{Voice, Writer};
use super::layout::{self, Event};
use super::memory::{pick_recent, Memory, Pending, Plan, Root};
use super::rng::Rng;
use super::speakers::Speaker;
use super::truth::{document_name, ReuseTruth};
use super::vocabulary::TOPICS;

/// Chance that a body paragraph repeats an earlier paragraph of the speaker.
const PARAGRAPH_REUSE: f64 = 0.08;
/// Chance that a new sentence repeats one of the speaker's own.
const OWN_REUSE: f64 = 0.20;
/// Chance that it repeats another speaker's.
const CROSS_REUSE: f64 = 0.03;
/// Chance that reused text is lightly edited rather than verbatim.
const EDITED: f64 = 0.4;

/// A written document.
pub(crate) struct Document {
    pub text: String,
    pub truths: Vec<ReuseTruth>,
}

/// The document being written.
struct Draft<'a> {
    index: usize,
    speaker: usize,
    rng: Rng,
    voice: Voice<'a>,
    blocks: Vec<String>,
    body: u32,
    truths: Vec<ReuseTruth>,
    used: Vec<u32>,
    pending: Pending,
}

impl Draft<'_> {
    /// Pushes a body paragraph made of `pieces`, each reusing a root or not.
    fn paragraph(&mut self, memory: &Memory, pieces: &[(String, Option<u32>)]) {
        self.body += 1;
        let mut text = String::new();
        for (i, (piece, root)) in pieces.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(piece);
            if let Some(id) = *root {
                let r = &memory.roots[id as usize];
                let edit = if tokens(piece) == tokens(&r.text) {
                    "verbatim"
                } else {
                    "light"
                };
                self.truths.push(ReuseTruth {
                    target_doc: document_name(self.index),
                    target_paragraph: self.body,
                    target_sentence: i as u32 + 1,
                    source_doc: document_name(r.doc as usize),
                    source_paragraph: r.paragraph,
                    source_sentence: r.sentence,
                    edit: edit.to_owned(),
                    cross_speaker: usize::from(r.speaker) != self.speaker,
                });
            }
        }
        self.blocks.push(text);
    }

    /// The root's text, verbatim or lightly edited.
    fn copy_of(&mut self, memory: &Memory, id: u32) -> String {
        let text = &memory.roots[id as usize].text;
        if self.rng.chance(EDITED) {
            if let Some(edited) = light_edit(&mut self.rng, text) {
                return edited;
            }
        }
        text.clone()
    }

    /// A root of the speaker (or, with `cross`, of another) on `topic`, not yet used here.
    fn reusable(&mut self, memory: &Memory, topic: usize, cross: bool) -> Option<u32> {
        for _ in 0..4 {
            let id = if cross {
                pick_recent(&mut self.rng, &memory.shared[topic])?
            } else {
                pick_recent(&mut self.rng, &memory.own[self.speaker][topic])?
            };
            let other = usize::from(memory.roots[id as usize].speaker) != self.speaker;
            if !self.used.contains(&id) && other == cross {
                self.used.push(id);
                return Some(id);
            }
        }
        None
    }

    /// A statement paragraph on `topic`: a repeated paragraph, or sentences
    /// each new or reused.
    fn statement_paragraph(&mut self, memory: &mut Memory, topic: usize) {
        let mut pieces: Vec<(String, Option<u32>)> = Vec::new();
        if self.rng.chance(PARAGRAPH_REUSE) {
            if let Some(old) = pick_recent(&mut self.rng, &memory.paragraphs[self.speaker][topic]) {
                for id in old {
                    if !self.used.contains(&id) {
                        self.used.push(id);
                        let text = self.copy_of(memory, id);
                        pieces.push((text, Some(id)));
                    }
                }
            }
        }
        if pieces.is_empty() {
            let count = 1 + self.rng.weighted(&[3, 4, 3, 2]);
            for _ in 0..count {
                let roll = self.rng.below(1000) as f64 / 1000.0;
                let reused = if roll < OWN_REUSE {
                    self.reusable(memory, topic, false)
                } else if roll < OWN_REUSE + CROSS_REUSE {
                    self.reusable(memory, topic, true)
                } else {
                    None
                };
                match reused {
                    Some(id) => {
                        let text = self.copy_of(memory, id);
                        pieces.push((text, Some(id)));
                    }
                    None => {
                        let text = Writer::new(&mut self.rng, &TOPICS[topic], &self.voice)
                            .statement_sentence();
                        let id = memory.roots.len() as u32;
                        memory.roots.push(Root {
                            text: text.clone(),
                            doc: self.index as u32,
                            paragraph: self.body + 1,
                            sentence: pieces.len() as u32 + 1,
                            speaker: self.speaker as u16,
                        });
                        self.pending.sentences.push((topic, id));
                        self.used.push(id);
                        pieces.push((text, None));
                    }
                }
            }
        }
        let paragraph_roots = self.paragraph_roots(memory, &pieces);
        self.pending.paragraphs.push((topic, paragraph_roots));
        self.paragraph(memory, &pieces);
    }

    /// The root ids of a paragraph's sentences (new ones are the last roots written).
    fn paragraph_roots(&self, memory: &Memory, pieces: &[(String, Option<u32>)]) -> Vec<u32> {
        let new = pieces.iter().filter(|(_, r)| r.is_none()).count() as u32;
        let mut next_new = memory.roots.len() as u32 - new;
        pieces
            .iter()
            .map(|(_, root)| {
                root.unwrap_or_else(|| {
                    next_new += 1;
                    next_new - 1
                })
            })
            .collect()
    }

    /// A statement's body: sections of one to four paragraphs on one topic,
    /// separated by salutations, then the closing.
    fn statement(&mut self, memory: &mut Memory, speaker: &Speaker, event: &Event, topics: &[u32]) {
        let roundtable = event.short.contains("Roundtable");
        let salutation = layout::salutation(&mut self.rng, event.madam, roundtable);
        if self.rng.chance(0.85) {
            self.blocks.push(salutation.clone());
        }
        if speaker.name == "the European Union" && self.rng.chance(0.7) {
            let alignment = layout::alignment(&mut self.rng);
            self.blocks.push(alignment);
        }
        let total = 5 + self.rng.below(7) + self.rng.below(7) + self.rng.below(6);
        let mut written = 0;
        while written < total {
            let size = (1 + self.rng.below(4)).min(total - written);
            let topic = self.rng.weighted(topics);
            if written > 0 && self.rng.chance(0.75) {
                self.blocks.push(salutation.clone());
            }
            for _ in 0..size {
                self.statement_paragraph(memory, topic);
            }
            written += size;
        }
        let closing = layout::closing(&mut self.rng, event.madam);
        self.blocks.extend(closing);
    }

    /// A press release's body: third-person narrative, with quotations of
    /// new language and of the speaker's earlier statements.
    fn press_release(&mut self, memory: &mut Memory, topics: &[u32], framing: &str) {
        let total = 5 + self.rng.below(7);
        let framing_at = self.rng.weighted(&[5, 12, 3]);
        for p in 0..total {
            if p == framing_at {
                self.framing(framing);
            }
            let topic = self.rng.weighted(topics);
            let kind = if p == 0 {
                0
            } else {
                self.rng.weighted(&[45, 20, 25, 10])
            };
            let done = match kind {
                2 => self.quote_reuse(memory, topic),
                3 => self.reported_reuse(memory, topic),
                _ => false,
            };
            if done {
                continue;
            }
            let pieces: Vec<(String, Option<u32>)> = if kind == 0 {
                let count = 1 + self.rng.weighted(&[4, 3, 1]);
                (0..count)
                    .map(|_| {
                        (
                            Writer::new(&mut self.rng, &TOPICS[topic], &self.voice)
                                .press_sentence(),
                            None,
                        )
                    })
                    .collect()
            } else {
                let said =
                    Writer::new(&mut self.rng, &TOPICS[topic], &self.voice).statement_sentence();
                vec![(self.quoted(&[said]).remove(0), None)]
            };
            self.paragraph(memory, &pieces);
        }
    }

    /// The attribution line introducing the speaker ("Ambassador X, …,
    /// stated this while …"). The importer files it as an attribution, not
    /// a body paragraph, so it is neither numbered nor part of the truth.
    fn framing(&mut self, text: &str) {
        self.blocks.push(text.to_owned());
    }

    /// Wraps sentences in a quotation with a speech tag: “A. B,” he said.
    fn quoted(&mut self, sentences: &[String]) -> Vec<String> {
        let tag = *self.rng.pick(super::lexicon::SPEECH_TAGS);
        let last = sentences.len() - 1;
        sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let open = if i == 0 { "“" } else { "" };
                if i == last {
                    format!(
                        "{open}{},” {} {tag}.",
                        s.trim_end_matches('.'),
                        self.voice.pronoun
                    )
                } else {
                    format!("{open}{s}")
                }
            })
            .collect()
    }

    /// Quotes one or two of the speaker's earlier sentences on `topic`.
    fn quote_reuse(&mut self, memory: &Memory, topic: usize) -> bool {
        let wanted = 1 + self.rng.weighted(&[3, 2]);
        let ids: Vec<u32> = (0..wanted)
            .filter_map(|_| self.reusable(memory, topic, false))
            .collect();
        if ids.is_empty() {
            return false;
        }
        let mut texts: Vec<String> = ids.iter().map(|&id| self.copy_of(memory, id)).collect();
        let mut pieces = self.quoted(&texts);
        let drifted = pieces
            .iter()
            .zip(&ids)
            .any(|(p, &id)| similarity(p, &memory.roots[id as usize].text) < 0.78);
        if drifted {
            texts = ids
                .iter()
                .map(|&id| memory.roots[id as usize].text.clone())
                .collect();
            pieces = self.quoted(&texts);
        }
        let pieces: Vec<(String, Option<u32>)> =
            pieces.into_iter().zip(ids.into_iter().map(Some)).collect();
        self.paragraph(memory, &pieces);
        true
    }

    /// Reports an earlier sentence in indirect speech: "X said that the ...".
    fn reported_reuse(&mut self, memory: &Memory, topic: usize) -> bool {
        let Some(id) = self.reusable(memory, topic, false) else {
            return false;
        };
        let root = &memory.roots[id as usize].text;
        let first = root.split(' ').next().unwrap_or("");
        let first_person = tokens(root)
            .iter()
            .any(|t| ["we", "our", "us", "my", "let", "i"].contains(&t.as_str()));
        let lowerable = [
            "The", "This", "These", "Such", "All", "It", "In", "Any", "A", "An", "No", "What",
            "Greater", "More",
        ];
        let piece = if !first_person && lowerable.contains(&first) {
            let text = self.copy_of(memory, id);
            let verb = *self
                .rng
                .pick(&["said", "stressed", "noted", "recalled", "underlined"]);
            let mut chars = text.chars();
            let lowered: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            let piece = format!("{} {verb} that {lowered}", self.voice.reference);
            if similarity(&piece, root) >= 0.78 {
                piece
            } else {
                self.quoted(std::slice::from_ref(root)).remove(0)
            }
        } else {
            self.quoted(std::slice::from_ref(root)).remove(0)
        };
        self.paragraph(memory, &[(piece, Some(id))]);
        true
    }
}

/// Writes the document at `index` (0-based, date order) of `plan`.
pub(crate) fn write_document(
    index: usize,
    plan: &Plan,
    speakers: &[Speaker],
    events: &[Event],
    memory: &mut Memory,
) -> Document {
    memory.advance_to(plan.day);
    let speaker = &speakers[plan.speaker];
    let person_index = usize::from(plan.day >= speaker.handover);
    let person = &speaker.people[person_index];
    let reference = person.reference();
    let event = &events[plan.event];
    let mut draft = Draft {
        index,
        speaker: plan.speaker,
        rng: Rng::new(plan.seed),
        voice: Voice {
            name: speaker.name,
            group: speaker.group,
            reference: &reference,
            pronoun: if person.she { "she" } else { "he" },
            ambassador: person.title.contains("Ambassador"),
            representative: person.function.starts_with("Permanent Representative"),
        },
        blocks: Vec::new(),
        body: 0,
        truths: Vec::new(),
        used: Vec::new(),
        pending: Pending {
            day: plan.day,
            speaker: plan.speaker,
            sentences: Vec::new(),
            paragraphs: Vec::new(),
        },
    };
    if plan.press {
        let topic = draft.rng.weighted(&plan.topics);
        let phrase = Writer::new(&mut draft.rng, &TOPICS[topic], &draft.voice).headline_phrase();
        draft.blocks = layout::press_head(&mut draft.rng, speaker, event, plan.day, &phrase);
        let framing = layout::framing(person, plan.speaker * 2 + person_index);
        draft.press_release(memory, &plan.topics, &framing);
    } else {
        let theme = TOPICS[draft.rng.weighted(&plan.topics)].name;
        draft.blocks =
            layout::statement_head(&mut draft.rng, speaker, person, event, plan.day, theme);
        draft.statement(memory, speaker, event, &plan.topics);
    }
    let leading = if draft.rng.chance(0.3) {
        "\n\n\n\n"
    } else {
        ""
    };
    let Draft {
        blocks,
        truths,
        pending,
        ..
    } = draft;
    memory.pending.push(pending);
    let mut text = String::with_capacity(blocks.iter().map(|b| b.len() + 2).sum::<usize>() + 4);
    text.push_str(leading);
    text.push_str(&blocks.join("\n\n"));
    text.push('\n');
    Document { text, truths }
}
