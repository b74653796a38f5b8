//! Layer 2: pure text work with no database. From a document's text and
//! its layout to its passages (paragraphs as a reader sees them, in reading
//! order, each with an ordinal, a role and its sentences), word tokens and
//! the forms inflected words share, dates as statements write them, text
//! folded for matching (lower case, Traditional Chinese as Simplified), the
//! States and groups that speak (their names in the six languages), and
//! values as people type them.

pub mod blocks;
pub mod dates;
pub mod fold;
pub mod layout;
pub mod paragraphs;
pub mod roles;
pub mod sentences;
pub mod spreadsheet;
pub mod states;
pub mod stems;
pub mod tokens;
pub mod values;
pub mod xml;

use crate::model::{Layout, PassageRole};
use std::ops::Range;

/// A passage as read from a document, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageDraft {
    /// 1-based position in reading order.
    pub ordinal: u32,
    pub role: PassageRole,
    pub markdown: String,
    pub text: String,
    /// Byte ranges of the sentences inside `text`.
    pub sentences: Vec<Range<usize>>,
    pub word_count: usize,
}

/// Splits a document's body (front matter already removed), read in the
/// given layout, into passages with their roles and sentences.
pub fn passages(body: &str, layout: Layout) -> Vec<PassageDraft> {
    let blocks = roles::split_boilerplate(blocks::split_blocks(&layout::paragraphs(body, layout)));
    let roles = roles::assign_roles(&blocks);
    blocks
        .into_iter()
        .zip(roles)
        .enumerate()
        .map(|(i, (block, role))| PassageDraft {
            ordinal: i as u32 + 1,
            role,
            sentences: sentences::split_sentences(&block.text),
            word_count: tokens::word_count(&block.text),
            markdown: block.markdown,
            text: block.text,
        })
        .collect()
}
