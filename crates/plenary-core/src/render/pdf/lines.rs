//! A block's text set in lines: itemized and shaped once to know each
//! character's advance, broken greedily at the places Unicode allows a
//! line to end (UAX #14, by unicode-linebreak; a word wider than the line
//! is cut between characters), and each line's pieces put in the order
//! they are drawn (UAX #9, by unicode-bidi: an Arabic run right to left).

use super::blocks::{Block, Style};
use super::shaping::{itemize, shape, Item};
use crate::model::Result;
use std::ops::Range;
use unicode_bidi::BidiInfo;
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A block ready to be drawn: its text, items and lines.
pub(super) struct SetBlock {
    pub text: String,
    pub items: Vec<Item>,
    /// True when the block's text runs right to left (its first strong
    /// character is Arabic).
    pub rtl: bool,
    pub lines: Vec<Line>,
}

/// One line: its byte range (trailing white space left out) and height.
pub(super) struct Line {
    pub range: Range<usize>,
    pub height: f32,
    /// The largest size on the line, in points.
    pub size: f32,
    pub width: f32,
}

/// A piece of a line as drawn: an item's stretch in one direction.
pub(super) struct Piece<'a> {
    pub range: Range<usize>,
    pub item: &'a Item,
}

/// Sets `block`'s text in lines at most `width` points wide.
pub(super) fn set_block(block: &Block, width: f32) -> Result<SetBlock> {
    let text = block.text();
    let mut styles: Vec<(Range<usize>, Style)> = Vec::new();
    let mut at = 0;
    for run in &block.runs {
        styles.push((at..at + run.text.len(), run.style));
        at += run.text.len();
    }
    let bidi = BidiInfo::new(&text, None);
    let rtl = bidi.paragraphs.first().is_some_and(|p| p.level.is_rtl());
    let items = itemize(&text, &styles, |i| {
        bidi.levels.get(i).is_some_and(|level| level.is_rtl())
    })?;
    // Each character's advance, at the byte its cluster starts; summed.
    let mut advance = vec![0.0f32; text.len() + 1];
    for item in &items {
        let piece = &text[item.range.clone()];
        for glyph in shape(piece, &item.face, item.style.size, item.rtl) {
            advance[item.range.start + glyph.text.start] += glyph.advance;
        }
    }
    let mut sum = 0.0;
    let prefix: Vec<f32> = advance
        .iter()
        .map(|a| {
            let before = sum;
            sum += a;
            before
        })
        .collect();
    let measure = |range: &Range<usize>| prefix[range.end] - prefix[range.start];
    let lines = break_lines(&text, width, measure)
        .into_iter()
        .map(|range| {
            let size = items
                .iter()
                .filter(|i| {
                    i.range.start < range.end.max(range.start + 1) && range.start < i.range.end
                })
                .map(|i| i.style.size)
                .fold(0.0f32, f32::max)
                .max(styles.first().map_or(0.0, |(_, s)| s.size));
            Line {
                width: measure(&range),
                height: size * block.leading,
                size,
                range,
            }
        })
        .collect();
    Ok(SetBlock {
        text,
        items,
        rtl,
        lines,
    })
}

/// The lines' byte ranges, trailing white space left out: greedy, at the
/// break opportunities, a word too wide for a line cut by characters.
fn break_lines(
    text: &str,
    width: f32,
    measure: impl Fn(&Range<usize>) -> f32,
) -> Vec<Range<usize>> {
    let trimmed = |start: usize, end: usize| start..start + text[start..end].trim_end().len();
    let fits = |start: usize, end: usize| measure(&trimmed(start, end)) <= width;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut fitting: Option<usize> = None;
    for (at, opportunity) in linebreaks(text) {
        if !fits(start, at) {
            if let Some(end) = fitting.take() {
                lines.push(trimmed(start, end));
                start = end;
            }
            // What is left may still be one word wider than a line.
            while !fits(start, at) {
                let cut = widest_start(text, start, at, &fits);
                lines.push(trimmed(start, cut));
                start = cut;
            }
        }
        fitting = Some(at);
        if opportunity == BreakOpportunity::Mandatory {
            lines.push(trimmed(start, at));
            start = at;
            fitting = None;
        }
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// The end of the longest stretch of whole characters from `start` that
/// fits a line (at least one character).
fn widest_start(
    text: &str,
    start: usize,
    end: usize,
    fits: &impl Fn(usize, usize) -> bool,
) -> usize {
    let mut cut = start;
    for (i, c) in text[start..end].char_indices() {
        let next = start + i + c.len_utf8();
        if cut > start && !fits(start, next) {
            break;
        }
        cut = next;
    }
    cut
}

/// A line's pieces in the order they are drawn, left to right.
pub(super) fn pieces<'a>(block: &'a SetBlock, line: &Range<usize>) -> Vec<Piece<'a>> {
    if line.is_empty() {
        return Vec::new();
    }
    let bidi = BidiInfo::new(&block.text, None);
    let Some(paragraph) = bidi
        .paragraphs
        .iter()
        .find(|p| p.range.start <= line.start && line.start < p.range.end)
    else {
        return Vec::new();
    };
    let line = line.start..line.end.min(paragraph.range.end);
    let (levels, runs) = bidi.visual_runs(paragraph, line);
    let mut out = Vec::new();
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let mut in_run: Vec<Piece> = block
            .items
            .iter()
            .filter(|item| item.range.start < run.end && run.start < item.range.end)
            .map(|item| Piece {
                range: item.range.start.max(run.start)..item.range.end.min(run.end),
                item,
            })
            .collect();
        if rtl {
            in_run.reverse();
        }
        out.extend(in_run);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_and_cut_a_word_too_wide() {
        // Every character is 1 point wide.
        let text = "aaa bbb cc\ndddddddddd e";
        let lines: Vec<&str> = break_lines(text, 7.0, |r| r.len() as f32)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(lines, ["aaa bbb", "cc", "ddddddd", "ddd e"]);
        assert_eq!(break_lines("", 7.0, |r| r.len() as f32).len(), 1);
    }
}
