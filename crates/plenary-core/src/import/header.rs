//! The header of a text as its lines, whatever its paragraphs: the lines a
//! website, a letterhead or a statement puts before the running text. Read
//! line by line so that a text whose paragraphs were lumped together is
//! read the same as one cut well.

use crate::text::fold::folded;
use crate::text::PassageDraft;

/// At most this many header lines are read.
const MAX_LINES: usize = 12;
/// A line longer than this is running text, and ends the header.
const MAX_HEADER_LINE: usize = 300;
/// The opening lines of running text read for who speaks, and how far.
const BODY_LINES: usize = 6;
const BODY_LINE_READ: usize = 600;
/// The first line is read this far, for texts written on one line.
const FIRST_LINE_READ: usize = 500;

/// Salutations that open a statement's running text, in the six languages.
const SALUTATIONS: &[&str] = &[
    "mr chair",
    "mr. chair",
    "madam chair",
    "mr president",
    "mr. president",
    "madam president",
    "excellency,",
    "monsieur le président",
    "madame la présidente",
    "señor presidente",
    "señora presidenta",
    "г-н председатель",
    "господин председатель",
    "主席先生",
    "主席女士",
    "السيد الرئيس",
    "سيدي الرئيس",
];

/// A value a heuristic read, and whether it was inferred from context
/// rather than read from an explicit header or dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading<T> {
    pub value: T,
    pub inferred: bool,
}

impl<T> Reading<T> {
    pub fn stated(value: T) -> Self {
        Reading {
            value,
            inferred: false,
        }
    }

    pub fn inferred(value: T) -> Self {
        Reading {
            value,
            inferred: true,
        }
    }
}

/// The header's lines and the first line of running text.
pub struct Header {
    /// The lines up to the first salutation ("Mr. Chair,") or the first
    /// line of running text.
    pub lines: Vec<String>,
    /// Whether the header ends at a salutation.
    pub salutation: bool,
    /// The start of the first line of running text.
    pub first_body: Option<String>,
    /// The first lines of running text, each cut short.
    pub body: Vec<String>,
}

impl Header {
    pub fn read(passages: &[PassageDraft]) -> Header {
        let mut lines = Vec::new();
        let mut first_body = None;
        let mut salutation = false;
        let mut all = passages
            .iter()
            .flat_map(|p| p.markdown.lines())
            .map(clean_line)
            .filter(|l| !l.is_empty());
        for line in all.by_ref() {
            let greets = is_salutation(&line);
            if lines.is_empty() {
                lines.push(cut(&line, FIRST_LINE_READ));
            } else if salutation || is_running_text(&line) {
                first_body = Some(cut(&line, MAX_HEADER_LINE));
                break;
            } else {
                lines.push(line);
            }
            salutation = salutation || greets;
            if lines.len() == MAX_LINES {
                break;
            }
        }
        let body = first_body
            .iter()
            .cloned()
            .chain(
                all.by_ref()
                    .take(BODY_LINES)
                    .map(|l| cut(&l, BODY_LINE_READ)),
            )
            .collect();
        Header {
            lines,
            salutation,
            first_body,
            body,
        }
    }

    /// The header lines as one text, a line break read as a space.
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }
}

/// A line of running text: a long one, or a sentence of some length.
fn is_running_text(line: &str) -> bool {
    let length = line.chars().count();
    length > MAX_HEADER_LINE || (length > 120 && line.ends_with(['.', '。', '!', '?']))
}

/// A short line that greets the chair: "Mr. Chair,", "Señor Presidente:".
pub fn is_salutation(line: &str) -> bool {
    let lower = folded(line);
    lower.chars().count() <= 80 && SALUTATIONS.iter().any(|s| lower.contains(s))
}

/// A line without Markdown's marks: headings, emphasis, list bullets and
/// escapes.
fn clean_line(line: &str) -> String {
    let line = line
        .trim()
        .trim_start_matches(['#', '>', '-', '•', '*', '+'])
        .replace(['*', '\\'], "");
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cut(line: &str, chars: usize) -> String {
    line.chars().take(chars).collect()
}
