//! The statement and the podium reading copy as PDF files, set by the
//! app's own typesetter (`render::pdf`) in the system's Noto fonts, every
//! script embedded. The statement: "Check against delivery" when asked
//! for, the title, the heading's lines, then the body's paragraphs with
//! their emphasis, on A4 with 2.54 cm margins, numbered pages. The reading
//! copy: the same top with the speaking time, then the body in 21 pt type
//! with wide margins, running paragraphs numbered in the margin, and a
//! mark every 30 seconds of speech with its time beside the line
//! (`reading::timing`).

use super::body::{BlockKind, Paragraph};
use super::format::DraftForExport;
use super::page::draft_language;
use super::reading::{clock, is_numbered, is_short, timing};
use crate::model::Result;
use crate::render::pdf::{typeset, Align, Block, Color, PageSetup, Properties, Run, Style};

/// Points: 2.54 cm.
const MARGIN: f32 = 72.0;
const BODY: f32 = 12.0;
const READING: f32 = 21.0;

/// The statement as the bytes of a PDF file.
pub(super) fn statement(draft: &DraftForExport, paragraphs: &[Paragraph]) -> Result<Vec<u8>> {
    let mut blocks = masthead(draft, "", None);
    blocks.extend(paragraphs.iter().map(|p| body_block(p, BODY, 1.4)));
    typeset(&blocks, &PageSetup::a4(MARGIN), &properties(draft))
}

/// The podium reading copy as the bytes of a PDF file.
pub(super) fn reading(draft: &DraftForExport, paragraphs: &[Paragraph]) -> Result<Vec<u8>> {
    let timing = timing(draft, paragraphs)?;
    let mut blocks = masthead(draft, "", Some(timing.summary()));
    let mut number = 0;
    for (paragraph, marks) in paragraphs.iter().zip(&timing.marks) {
        let mut block = body_block(paragraph, READING, 1.6);
        block.space_after = 14.0;
        block.keep_together = is_short(paragraph);
        if is_numbered(paragraph) {
            number += 1;
            block.margin_note = Some(number.to_string());
        }
        block.marks = marks
            .iter()
            .map(|(offset, seconds)| (*offset, clock(*seconds)))
            .collect();
        blocks.push(block);
    }
    let page = PageSetup {
        left: 96.0,
        right: 96.0,
        ..PageSetup::a4(60.0)
    };
    typeset(&blocks, &page, &properties(draft))
}

/// The file's properties: its title, author, creation time and language.
pub(super) fn properties<'a>(draft: &'a DraftForExport) -> Properties<'a> {
    Properties {
        title: draft.title.trim(),
        author: draft.author,
        created_at: draft.created_at,
        language: draft_language(draft),
    }
}

/// What stands at the top: "Check against delivery" at the end side, the
/// title (after `title_prefix`), the heading's lines, and a further line
/// (the speaking time) when given.
pub(super) fn masthead(
    draft: &DraftForExport,
    title_prefix: &str,
    note: Option<String>,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if draft.check_against_delivery {
        blocks.push(Block {
            align: Align::End,
            space_after: 12.0,
            ..Block::of(vec![Run::new(
                draft.check_against_delivery_line(),
                Style {
                    bold: true,
                    ..Style::plain(10.0)
                },
            )])
        });
    }
    let title = Style {
        bold: true,
        ..Style::plain(16.0)
    };
    blocks.push(Block {
        align: Align::Center,
        space_after: 6.0,
        leading: 1.3,
        keep_with_next: true,
        ..Block::of(vec![Run::new(
            format!("{title_prefix}{}", draft.title_line()),
            title,
        )])
    });
    let quiet = Style {
        italic: true,
        color: Color::GREY,
        ..Style::plain(11.0)
    };
    let lines = draft.heading_lines();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        blocks.push(Block {
            align: Align::Center,
            leading: 1.3,
            space_after: if i + 1 == count { 20.0 } else { 0.0 },
            ..Block::of(vec![Run::new(line, quiet)])
        });
    }
    if let Some(note) = note {
        blocks.push(Block {
            align: Align::Center,
            space_after: 20.0,
            ..Block::of(vec![Run::new(note, Style::plain(10.0))])
        });
    }
    blocks
}

/// A body paragraph as a block in `size`-point type.
fn body_block(paragraph: &Paragraph, size: f32, leading: f32) -> Block {
    let mut runs = Vec::new();
    let mut indent = match paragraph.quoted {
        true => 2.0 * size,
        false => 0.0,
    };
    let mut base = Style::plain(size);
    match &paragraph.kind {
        BlockKind::Heading(level) => {
            base.bold = true;
            base.size = size * if *level <= 1 { 1.25 } else { 1.1 };
        }
        BlockKind::ListItem { marker, depth } => {
            indent += 1.5 * size * *depth as f32;
            if let Some(marker) = marker {
                runs.push(Run::new(format!("{marker} "), base));
            }
        }
        BlockKind::Code | BlockKind::Paragraph => {}
    }
    runs.extend(paragraph.runs.iter().map(|run| {
        Run::new(
            run.text.clone(),
            Style {
                bold: base.bold || run.bold,
                italic: run.italic,
                ..base
            },
        )
    }));
    Block {
        indent,
        space_after: 0.6 * size,
        keep_with_next: matches!(paragraph.kind, BlockKind::Heading(_)),
        leading,
        ..Block::of(runs)
    }
}
