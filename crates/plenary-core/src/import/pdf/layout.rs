//! From positioned lines to Markdown blocks: the layout conventions of a
//! statement printed to PDF.
//!
//! Contract: page furniture (a line repeated at the top or bottom of most
//! pages, a lone page number there) is dropped. The rest becomes paragraphs,
//! measured against the document's own body font size, line pitch and
//! margins, so single- and double-spaced documents read alike. A new
//! paragraph starts at a gap wider than the line pitch, a change of font
//! size, an indented first line, a bullet, or a numbered line after one that
//! ends a sentence; a line that stopped short although the next word would
//! have fitted ends its paragraph when it ends in punctuation, and is a hard
//! break otherwise (title and address lines). A paragraph runs on across a
//! page break only when its last line is full (the next word would not have
//! fitted) and ends mid-sentence; the passage rules join the rest
//! (`text::blocks`).

use super::lines::{Line, Page};
use crate::import::markdown_writer::{Block, MarkdownWriter};
use std::collections::{HashMap, HashSet};

const BULLETS: &[char] = &[
    '•', '●', '▪', '■', '◦', '‣', '∙', '·', '○', '□', '➢', '►', '\u{f0b7}', '\u{f0a7}', '\u{f0d8}',
    '\u{f076}', '\u{f0fc}',
];

/// The document's body text: its usual font size, line pitch and margins.
struct Measure {
    size: f64,
    pitch: f64,
    left: f64,
    right: f64,
}

/// How one line follows the one before it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Join {
    /// The same paragraph, on the same line of text.
    RunOn,
    /// The same paragraph, after a hard line break.
    HardBreak,
    /// A new paragraph.
    Paragraph,
    /// A new bulleted item.
    Bullet,
}

/// Lays the pages out as Markdown (see the module comment).
pub(super) fn to_markdown(pages: &[Page]) -> String {
    let pages = super::furniture::without_furniture(pages);
    let Some(measure) = measure(&pages) else {
        return String::new();
    };
    let words = vocabulary(&pages);
    let mut writer = MarkdownWriter::default();
    let mut paragraph = String::new();
    let mut previous: Option<&Line> = None;
    for page in &pages {
        for (i, &line) in page.iter().enumerate() {
            let join = match previous {
                None => starting_join(line),
                Some(before) if i == 0 => across_pages(before, line, &measure),
                Some(before) => within_page(before, line, page.get(i + 1).copied(), &measure),
            };
            let text = line.text.trim();
            match join {
                Join::RunOn => join_lines(&mut paragraph, text, &words),
                Join::HardBreak => {
                    writer.text(&paragraph, false, false);
                    writer.line_break();
                    paragraph = text.to_owned();
                }
                Join::Paragraph | Join::Bullet => {
                    writer.text(&paragraph, false, false);
                    let (block, text) = match join {
                        Join::Bullet => (Block::ListItem, without_bullet(text)),
                        _ => (Block::Paragraph, text),
                    };
                    writer.start_block(block);
                    paragraph = text.to_owned();
                }
            }
            previous = Some(line);
        }
    }
    writer.text(&paragraph, false, false);
    writer.finish()
}

/// The body text's measure: the most common font size (by characters), the
/// most common gap between lines of that size, the most common left edge
/// and the right edge that nine lines in ten stay within.
fn measure(pages: &[Vec<&Line>]) -> Option<Measure> {
    let lines: Vec<&Line> = pages.iter().flatten().copied().collect();
    let size = mode(lines.iter().map(|l| (l.size, l.text.chars().count())))?;
    let body = |l: &Line| (l.size - size).abs() <= 0.1 * size;
    let gaps = pages.iter().flat_map(|page| {
        page.windows(2)
            .filter(|w| body(w[0]) && body(w[1]))
            .map(|w| w[1].y - w[0].y)
            .filter(|gap| *gap > 0.8 * size && *gap < 3.0 * size)
            .map(|gap| (gap, 1))
    });
    let pitch = mode(gaps).unwrap_or(1.2 * size);
    let left = mode(lines.iter().filter(|l| body(l)).map(|l| (l.x0, 1)))?;
    let mut rights: Vec<f64> = lines.iter().filter(|l| body(l)).map(|l| l.x1).collect();
    rights.sort_by(f64::total_cmp);
    let right = rights[(rights.len() * 9 / 10).min(rights.len() - 1)];
    Some(Measure {
        size,
        pitch,
        left,
        right,
    })
}

/// The value (to half a point) with the largest weight; ties go to the
/// smaller value.
fn mode(values: impl Iterator<Item = (f64, usize)>) -> Option<f64> {
    let mut weights: HashMap<i64, usize> = HashMap::new();
    for (value, weight) in values {
        *weights.entry((value * 2.0).round() as i64).or_default() += weight;
    }
    weights
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(half_points, _)| half_points as f64 / 2.0)
}

fn starting_join(line: &Line) -> Join {
    match bullet_of(&line.text) {
        Some(_) => Join::Bullet,
        None => Join::Paragraph,
    }
}

/// How `line` follows `before` on the same page; `after` is the line after.
fn within_page(before: &Line, line: &Line, after: Option<&Line>, m: &Measure) -> Join {
    if bullet_of(&line.text).is_some() {
        return Join::Bullet;
    }
    let gap = line.y - before.y;
    let size_changed = (line.size - before.size).abs() > 0.15 * line.size.max(before.size);
    if gap <= 0.0 || gap > m.pitch * 1.25 + 0.5 || size_changed {
        return Join::Paragraph;
    }
    // A first line indented past both its neighbours. The lines after a
    // bulleted or numbered first line are indented under its text (a
    // hanging indent), and the last line on a page has no line after it to
    // compare with, so there it takes a full stop before to count.
    let indent = m.size;
    let hanging = bullet_of(&before.text).is_some() || starts_numbered(&before.text);
    let indented = !hanging
        && line.x0 > before.x0 + indent
        && line.x0 > m.left + indent
        && after.map_or(ends_sentence(&before.text), |a| line.x0 > a.x0 + indent);
    if indented || (starts_numbered(&line.text) && ends_clause(&before.text)) {
        return Join::Paragraph;
    }
    if !broken_word(&before.text, &line.text) && stopped_short(before, line, m) {
        return if ends_clause(&before.text) {
            Join::Paragraph
        } else {
            Join::HardBreak
        };
    }
    Join::RunOn
}

/// How the first line of a page follows the last line of the page before.
fn across_pages(before: &Line, line: &Line, m: &Measure) -> Join {
    if bullet_of(&line.text).is_some() {
        return Join::Bullet;
    }
    let full = !stopped_short(before, line, m);
    // At the margin, or under the text of a bulleted item going on.
    let at_margin = (line.x0 - m.left).abs() <= m.size || (line.x0 - before.x0).abs() <= 1.0;
    let same_size = (line.size - before.size).abs() <= 0.15 * line.size.max(before.size);
    if full && at_margin && same_size && !ends_sentence(&before.text) {
        Join::RunOn
    } else {
        Join::Paragraph
    }
}

/// The line before ended although the next line's first word would have
/// fitted on it: the writer broke the line on purpose.
fn stopped_short(before: &Line, line: &Line, m: &Measure) -> bool {
    let chars = line.text.trim().chars().count().max(1) as f64;
    let char_width = (line.x1 - line.x0) / chars;
    let first_word = line
        .text
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let needed = (first_word as f64 + 1.0) * char_width + m.size;
    before.x1 + needed < m.right
}

/// Every word the document writes whole on one line, lower-cased: what
/// tells a compound's hyphen from a word-break hyphen at a line end.
fn vocabulary(pages: &[Vec<&Line>]) -> HashSet<String> {
    let mut words = HashSet::new();
    for line in pages.iter().flatten() {
        let mut tokens = line.text.split_whitespace().peekable();
        while let Some(token) = tokens.next() {
            if tokens.peek().is_some() || !token.ends_with('-') {
                words.insert(bare(token));
            }
        }
    }
    words
}

/// A word without the punctuation around it, lower-cased.
fn bare(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase()
}

/// Appends a line to a paragraph: with a space; joined to a word split by a
/// soft hyphen or between two CJK characters; across a hyphen after a letter
/// when the next line goes on in lower case, keeping the hyphen only when the
/// document writes that compound with it and never without.
fn join_lines(paragraph: &mut String, text: &str, words: &HashSet<String>) {
    let last = paragraph.chars().last();
    let first = text.chars().next();
    if paragraph.ends_with('\u{ad}') || last.is_some_and(is_cjk) && first.is_some_and(is_cjk) {
        paragraph.push_str(text);
        return;
    }
    if !broken_word(paragraph, text) {
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(text);
        return;
    }
    let head = paragraph
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let tail = text.split_whitespace().next().unwrap_or_default();
    let head = bare(head.trim_end_matches('-'));
    let (joined, compound) = (
        bare(&format!("{head}{tail}")),
        bare(&format!("{head}-{tail}")),
    );
    if !words.contains(&compound) || words.contains(&joined) {
        paragraph.pop();
    }
    paragraph.push_str(text);
}

/// A line ending on a hyphen after a letter, the next going on in lower case.
fn broken_word(before: &str, next: &str) -> bool {
    let before = before.trim_end();
    before.ends_with('-')
        && before.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && next
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

fn bullet_of(text: &str) -> Option<char> {
    let mut chars = text.trim_start().chars();
    let first = chars.next()?;
    (BULLETS.contains(&first) && chars.next().is_some_and(char::is_whitespace)).then_some(first)
}

fn without_bullet(text: &str) -> &str {
    let mut chars = text.trim_start().chars();
    chars.next();
    chars.as_str().trim_start()
}

/// "1.", "12)", "(a)", "a)", "iv." followed by a space.
fn starts_numbered(text: &str) -> bool {
    let Some(label) = text.split_whitespace().next() else {
        return false;
    };
    let inner = label
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .or_else(|| label.strip_suffix('.'))
        .or_else(|| label.strip_suffix(')'));
    inner.is_some_and(|n| {
        (!n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()))
            || (n.chars().count() == 1 && n.chars().all(char::is_alphabetic))
            || (!n.is_empty() && n.len() <= 4 && n.chars().all(|c| "ivxIVX".contains(c)))
    })
}

/// Ends a sentence: a full stop, question or exclamation mark, colon, or
/// one of these before a closing quote or bracket.
fn ends_sentence(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['"', '”', '’', '»', ')', ']']);
    trimmed.ends_with(['.', '!', '?', ':', '…', '。', '！', '？', '：'])
}

/// Ends a sentence or a clause a writer ends a line on ("Mr. Chair,",
/// "first;").
fn ends_clause(text: &str) -> bool {
    ends_sentence(text) || text.trim_end().ends_with([',', ';', '،', '，', '；'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_labels() {
        for text in ["1. We", "12) The", "(a) first", "b) second", "iv. item"] {
            assert!(starts_numbered(text), "{text}");
        }
        for text in ["75/240 of", "2021 was", "A/RES/75/240", "Mr. Chair"] {
            assert!(!starts_numbered(text), "{text}");
        }
    }

    #[test]
    fn words_are_joined_across_lines() {
        let words: HashSet<String> = ["cyber-attacks", "nations"].map(String::from).into();
        let joined = |lines: &[&str]| {
            let mut p = String::new();
            for line in lines {
                join_lines(&mut p, line, &words);
            }
            p
        };
        assert_eq!(
            joined(&["the cyber-", "attacks on", "Critical"]),
            "the cyber-attacks on Critical"
        );
        assert_eq!(joined(&["the United Na-", "tions."]), "the United Nations.");
        assert_eq!(joined(&["infrastruc-", "ture, and"]), "infrastructure, and");
        assert_eq!(joined(&["1990-", "2000 and"]), "1990- 2000 and");
        assert_eq!(joined(&["secu\u{ad}", "rity"]), "secu\u{ad}rity");
        assert_eq!(joined(&["网络", "安全"]), "网络安全");
    }
}
