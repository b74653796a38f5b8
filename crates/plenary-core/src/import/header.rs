//! The header of a text as its lines, whatever its paragraphs: the lines a
//! website, a letterhead or a statement puts before the running text. Read
//! line by line so that a text whose paragraphs were lumped together is
//! read the same as one cut well.

use crate::text::PassageDraft;

/// At most this many header lines are read.
const MAX_LINES: usize = 12;
/// A line longer than this is running text, and ends the header.
const MAX_HEADER_LINE: usize = 300;
/// The first line is read this far, for texts written on one line.
const FIRST_LINE_READ: usize = 500;

/// The header's lines and the first line of running text.
pub struct Header {
    pub lines: Vec<String>,
    /// The start of the first line of running text.
    pub first_body: Option<String>,
}

impl Header {
    pub fn read(passages: &[PassageDraft]) -> Header {
        let mut lines = Vec::new();
        let mut first_body = None;
        let all = passages
            .iter()
            .flat_map(|p| p.markdown.lines())
            .map(clean_line)
            .filter(|l| !l.is_empty());
        for line in all {
            if lines.is_empty() {
                lines.push(cut(&line, FIRST_LINE_READ));
            } else if line.chars().count() > MAX_HEADER_LINE {
                first_body = Some(cut(&line, MAX_HEADER_LINE));
                break;
            } else {
                lines.push(line);
            }
            if lines.len() == MAX_LINES {
                break;
            }
        }
        Header { lines, first_body }
    }

    /// The header lines as one text, a line each.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
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
