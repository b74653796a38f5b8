//! The topical lexicon of the synthetic corpus: one entry per framework
//! pillar or cross-cutting theme, each with its own nouns, qualities, verbs
//! and actors. Paragraphs draw mostly from one topic, so generated text reads
//! on-topic while the vocabulary stays large enough that two independently
//! written sentences rarely share long word sequences.
//!
//! Nouns carry a two-letter code for their grammar: `p ` plural, `m ` mass,
//! `s ` singular countable, `d ` a fixed definite singular, `q ` a fixed
//! definite plural. Verbs are base forms, optionally `base/3sg/ing/past/pp`
//! when irregular; only the first word of a multi-word verb inflects.

mod security;
mod society;
mod topic;

pub(crate) use topic::Topic;

/// All topics, in a fixed order (topic numbers index it).
pub(crate) const TOPICS: &[Topic] = &[
    security::THREATS,
    security::NORMS,
    security::LAW,
    security::CBMS,
    society::CAPACITY,
    society::DIALOGUE,
    security::INFRASTRUCTURE,
    society::DISINFORMATION,
    society::DIVIDE,
    security::RANSOMWARE,
    security::CONTACTS,
    security::INSTRUMENT,
    society::TECHNOLOGIES,
    society::STAKEHOLDERS,
    society::GENDER,
    society::DATA,
];
