//! Paragraphs as a reader sees them, whatever the layout. `detect` chooses
//! a document's `Layout` from its line statistics; `paragraphs` rewrites
//! its text as Markdown with one blank line between paragraphs, which
//! `blocks` then reads. Lines holding only white space (a non-breaking
//! space too) count as blank in every layout.
//!
//! - Markdown (front matter, `#` headings, emphasis, or paragraphs that
//!   only blank lines separate) is kept as it is.
//! - Hard-wrapped text (PDF: most line breaks, and at least three, come
//!   after a line near the wrapping width that stops mid-sentence) is
//!   joined back: a paragraph ends at a blank line, after a
//!   short line, or before a numbered or bulleted line.
//! - Long lines holding a sequence of numbered paragraphs or inline bullets
//!   ("… security. 2. Information …", "… • …") are cut before each.
//! - Otherwise every line is a paragraph (text copied from a web page).

use crate::model::Layout;
use std::borrow::Cow;

/// Bullets a line or a run-together paragraph may start with.
const BULLETS: &[char] = &['•', '●', '▪', '◦', '·', '\u{f0b7}'];

/// A line at least this long may hold paragraphs run together.
const RUN_TOGETHER_LINE: usize = 400;

/// The layout of a document's text (front matter removed).
pub fn detect(body: &str) -> Layout {
    let lines: Vec<&str> = body.lines().collect();
    if lines.iter().any(|l| has_markdown_syntax(l)) {
        return Layout::Markdown;
    }
    if lines
        .iter()
        .any(|l| l.chars().count() >= RUN_TOGETHER_LINE && inline_starts(l).len() >= 2)
    {
        return Layout::RunTogether;
    }
    let single_breaks: Vec<&str> = lines
        .windows(2)
        .filter(|w| !is_blank(w[0]) && !is_blank(w[1]))
        .map(|w| w[0].trim())
        .collect();
    if single_breaks.is_empty() {
        return Layout::Markdown;
    }
    // Hard-wrapped lines reach the width and stop mid-sentence; a web
    // page's lines are paragraphs of any length that end like sentences.
    let width = line_width(&lines);
    let wrapped = single_breaks
        .iter()
        .filter(|l| is_full(l, width) && !ends_sentence(l))
        .count();
    // A few touching header lines say nothing about the body's wrapping.
    if (30..=160).contains(&width) && wrapped >= 3 && wrapped * 2 >= single_breaks.len() {
        Layout::HardWrapped
    } else {
        Layout::OnePerLine
    }
}

/// The text as Markdown with its paragraphs separated by blank lines.
pub fn paragraphs(body: &str, layout: Layout) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let mut out: Vec<String> = Vec::new();
    match layout {
        Layout::Markdown => {
            if !lines.iter().any(|l| is_blank(l) && !l.is_empty()) {
                return Cow::Borrowed(body);
            }
            let kept: Vec<&str> = lines
                .iter()
                .map(|l| if is_blank(l) { "" } else { l })
                .collect();
            return Cow::Owned(kept.join("\n"));
        }
        Layout::OnePerLine => {
            out.extend(lines.iter().filter(|l| !is_blank(l)).map(|l| paragraph(l)))
        }
        Layout::RunTogether => {
            for line in lines.iter().filter(|l| !is_blank(l)) {
                let mut cuts = inline_starts(line);
                cuts.insert(0, 0);
                cuts.push(line.len());
                out.extend(
                    cuts.windows(2)
                        .map(|c| &line[c[0]..c[1]])
                        .filter(|piece| !is_blank(piece))
                        .map(paragraph),
                );
            }
        }
        Layout::HardWrapped => {
            let width = line_width(&lines);
            let mut open: Option<(String, &str)> = None;
            for line in &lines {
                if is_blank(line) {
                    out.extend(open.take().map(|(p, _)| paragraph(&p)));
                    continue;
                }
                let line = line.trim();
                match open.as_mut() {
                    Some((text, last)) if continues(last, line, width) => {
                        text.push(' ');
                        text.push_str(line);
                        *last = line;
                    }
                    _ => {
                        out.extend(open.take().map(|(p, _)| paragraph(&p)));
                        open = Some((line.to_owned(), line));
                    }
                }
            }
            out.extend(open.map(|(p, _)| paragraph(&p)));
        }
    }
    Cow::Owned(out.join("\n\n"))
}

/// One paragraph of plain text as a Markdown block: trimmed, and a leading
/// bullet written as a list item.
fn paragraph(text: &str) -> String {
    let text = text.trim();
    match text.strip_prefix(BULLETS) {
        Some(rest) if !rest.trim().is_empty() => format!("- {}", rest.trim_start()),
        _ => text.to_owned(),
    }
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Front matter is already removed; these are the marks of a text written
/// in Markdown: headings, thematic breaks, fences and strong emphasis.
fn has_markdown_syntax(line: &str) -> bool {
    let t = line.trim_end();
    let hashes = t.len() - t.trim_start_matches('#').len();
    (1..=6).contains(&hashes) && t[hashes..].starts_with(' ')
        || matches!(t, "---" | "***" | "___")
        || t.starts_with("```")
        || t.matches("**").count() >= 2
        || t.starts_with("**")
}

/// The width a hard-wrapped text is wrapped at: the 80th percentile of its
/// non-blank lines' lengths, in characters.
fn line_width(lines: &[&str]) -> usize {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| l.trim().chars().count())
        .collect();
    lengths.sort_unstable();
    lengths
        .get(lengths.len().saturating_sub(1) * 4 / 5)
        .copied()
        .unwrap_or(0)
}

/// A line that reaches (nearly) the wrapping width.
fn is_full(line: &str, width: usize) -> bool {
    line.chars().count() * 10 >= width * 7
}

/// In hard-wrapped text, `next` carries on the paragraph of `last` when
/// `last` reached the width or stopped mid-sentence before a lower-case
/// word, unless `next` opens a numbered or bulleted paragraph.
fn continues(last: &str, next: &str, width: usize) -> bool {
    let opens_item = next.starts_with(BULLETS)
        || next.starts_with("- ")
        || paragraph_number(next.split_whitespace().next().unwrap_or(""), false).is_some();
    !opens_item
        && (is_full(last, width)
            || !ends_sentence(last) && next.chars().next().is_some_and(char::is_lowercase))
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', ')', '*', '»'])
        .ends_with(['.', '!', '?', ':', ';', '。', '！', '？', '؟', '…'])
}

/// A paragraph number: "2." or "2" (when `bare` allows it) is `(2, None)`,
/// "2.1." or "2.1" is `(2, Some(1))`.
fn paragraph_number(word: &str, bare: bool) -> Option<(u32, Option<u32>)> {
    let dotted = word.ends_with('.');
    let mut parts = word.trim_end_matches('.').split('.');
    let number = |p: Option<&str>| {
        p.filter(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let major = number(parts.next())?;
    match parts.next() {
        None if dotted || bare => Some((major, None)),
        None => None,
        Some(minor) => {
            let minor = number(Some(minor))?;
            parts.next().is_none().then_some((major, Some(minor)))
        }
    }
}

/// Whether `next` is the number after `last` in a sequence of numbered
/// paragraphs; a sequence starts at 1 (or at x.1).
fn follows(last: Option<(u32, Option<u32>)>, next: (u32, Option<u32>)) -> bool {
    match (last, next) {
        (None, (1, None)) | (None, (_, Some(1))) => true,
        (Some((a, None)), (b, None)) => b == a + 1,
        (Some((a, Some(x))), (b, Some(y))) => b == a && y == x + 1 || b == a + 1 && y == 1,
        _ => false,
    }
}

/// Byte offsets inside `line` where a run-together paragraph begins: an
/// inline bullet, or the next number of a sequence of numbered paragraphs
/// followed by a capital. A bare number ("2 First") counts only after the
/// end of a sentence.
fn inline_starts(line: &str) -> Vec<usize> {
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let mut starts = Vec::new();
    let mut last = None;
    for (k, &(at, word)) in words.iter().enumerate() {
        let Some(&(_, next)) = words.get(k + 1) else {
            break;
        };
        if word.chars().all(|c| BULLETS.contains(&c)) {
            if at > 0 {
                starts.push(at);
            }
            continue;
        }
        let after_stop = k == 0 || ends_sentence(words[k - 1].1);
        let capital = next
            .trim_start_matches(['"', '“', '‘', '«', '('])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let Some(number) = paragraph_number(word, after_stop) else {
            continue;
        };
        if capital && follows(last, number) {
            last = Some(number);
            if at > 0 {
                starts.push(at);
            }
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_in_sequence() {
        assert!(follows(None, (1, None)));
        assert!(follows(Some((1, None)), (2, None)));
        assert!(!follows(Some((1, None)), (7, None)));
        assert!(follows(Some((1, Some(1))), (2, Some(1))));
        assert!(follows(Some((2, Some(1))), (2, Some(2))));
        assert_eq!(paragraph_number("2.1.", false), Some((2, Some(1))));
        assert_eq!(paragraph_number("2", false), None);
        assert_eq!(paragraph_number("2020.", false), None);
    }

    #[test]
    fn a_reference_to_a_paragraph_is_not_a_paragraph() {
        let line = "1. We refer to paragraph 7. The text stands. 2. Next one begins here.";
        let starts = inline_starts(line);
        assert_eq!(starts.len(), 1);
        assert!(line[starts[0]..].starts_with("2. Next"));
    }
}
