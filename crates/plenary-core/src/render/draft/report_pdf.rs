//! The provenance report as a PDF file: the report of `report`, set by the
//! app's typesetter like the statement (`pdf`): the top of the page, the
//! summary and the legend, then each paragraph under a rule and each of its
//! sentences led by its coloured mark, with the word diff of an edited
//! sentence (struck and underlined words) and its sources, the earliest
//! first.

use super::format::DraftForExport;
use super::pdf::{masthead, properties};
use super::report::{legend, mark_color, report, tag, ReportSentence};
use crate::model::{DiffKind, Result, SentenceMark};
use crate::render::pdf::{typeset, Block, Color, PageSetup, Run, Style};

const TEXT: f32 = 11.0;
const SMALL: f32 = 9.0;
/// Points: the indent of a sentence's diff and sources.
const INDENT: f32 = 18.0;

/// The report as the bytes of a PDF file.
pub(super) fn write(draft: &DraftForExport) -> Result<Vec<u8>> {
    let report = report(draft);
    let mut blocks = masthead(draft, "Provenance: ", None);
    blocks.push(Block {
        space_after: 6.0,
        ..Block::of(vec![Run::new(report.summary.clone(), Style::plain(10.0))])
    });
    let count = legend().len();
    for (i, (mark, line)) in legend().into_iter().enumerate() {
        blocks.push(Block {
            space_after: if i + 1 == count { 14.0 } else { 0.0 },
            ..Block::of(vec![Run::new(line, colored(Style::plain(SMALL), mark))])
        });
    }
    for paragraph in &report.paragraphs {
        blocks.push(Block {
            rule_above: true,
            space_before: 8.0,
            space_after: 4.0,
            keep_with_next: true,
            ..Block::of(vec![Run::new(
                paragraph.heading.clone(),
                Style {
                    bold: true,
                    color: Color::GREY,
                    ..Style::plain(10.0)
                },
            )])
        });
        for sentence in &paragraph.sentences {
            blocks.extend(sentence_blocks(sentence));
        }
    }
    typeset(&blocks, &PageSetup::a4(64.0), &properties(draft))
}

fn colored(style: Style, mark: SentenceMark) -> Style {
    let (r, g, b) = mark_color(mark);
    Style {
        color: Color(r, g, b),
        ..style
    }
}

/// A sentence led by its mark, then its diff and its sources, indented.
fn sentence_blocks(sentence: &ReportSentence) -> Vec<Block> {
    let tagged = Style {
        bold: true,
        ..colored(Style::plain(TEXT), sentence.mark)
    };
    let mut blocks = vec![Block {
        space_before: 4.0,
        keep_with_next: !sentence.sources.is_empty() || !sentence.diff.is_empty(),
        ..Block::of(vec![
            Run::new(format!("{} ", tag(sentence.mark)), tagged),
            Run::new(sentence.text.clone(), Style::plain(TEXT)),
        ])
    }];
    if !sentence.diff.is_empty() {
        let mut runs = Vec::new();
        for (i, op) in sentence.diff.iter().enumerate() {
            if i > 0 {
                runs.push(Run::new(" ", Style::plain(10.0)));
            }
            let style = match op.op {
                DiffKind::Equal => Style::plain(10.0),
                DiffKind::Delete => Style {
                    strike: true,
                    ..colored(Style::plain(10.0), SentenceMark::New)
                },
                DiffKind::Insert => Style {
                    underline: true,
                    ..colored(Style::plain(10.0), SentenceMark::Reused)
                },
            };
            runs.push(Run::new(op.text.clone(), style));
        }
        blocks.push(Block {
            indent: INDENT,
            ..Block::of(runs)
        });
    }
    let quiet = Style {
        color: Color::GREY,
        ..Style::plain(SMALL)
    };
    for line in &sentence.sources {
        blocks.push(Block {
            indent: INDENT,
            leading: 1.3,
            ..Block::of(vec![Run::new(line.clone(), quiet)])
        });
    }
    blocks
}
