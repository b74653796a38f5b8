//! A draft's Markdown body read as the paragraphs every export writes:
//! headings, paragraphs, list items and code, in order, each a list of runs
//! of text with their emphasis. A salutation on a line of its own ("Mr.
//! Chair,") becomes a paragraph of its own even when the next line follows
//! without a blank line. Raw HTML is literal text; a link keeps its text,
//! and its target as text when that differs; an image keeps its description.
//! Line breaks inside a paragraph are `'\n'` in its runs.

use crate::text::roles::{is_closing, is_salutation};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum BlockKind {
    /// A heading, 1 to 6.
    Heading(u8),
    Paragraph,
    /// A list item: `marker` is its bullet or number ("•", "3."), `None`
    /// for a later paragraph of the same item; `depth` counts from 1.
    ListItem {
        marker: Option<String>,
        depth: usize,
    },
    Code,
}

/// A short paragraph that a statement says by convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Formula {
    /// "Mr. Chair,"
    Salutation,
    /// "I thank you."
    Closing,
}

/// A stretch of text with one emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Paragraph {
    pub kind: BlockKind,
    /// Inside a block quote.
    pub quoted: bool,
    pub runs: Vec<Run>,
    pub formula: Option<Formula>,
}

impl Paragraph {
    /// The paragraph's plain text: its runs joined.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// The body's paragraphs in reading order; none for an empty body.
pub(super) fn paragraphs(markdown: &str) -> Vec<Paragraph> {
    let mut reader = Reader::default();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        reader.read(event);
    }
    reader.close();
    reader.paragraphs
}

#[derive(Default)]
struct Reader {
    paragraphs: Vec<Paragraph>,
    open: Option<Paragraph>,
    /// Each open list's next number; `None` for a bulleted list.
    lists: Vec<Option<u64>>,
    /// Open list items, and the marker their first paragraph takes.
    items: usize,
    marker: Option<String>,
    quotes: usize,
    bold: usize,
    italic: usize,
    /// Each open link's target and where its text starts.
    links: Vec<(String, usize)>,
}

impl Reader {
    fn read(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Paragraph) => {
                let kind = self.running_kind();
                self.start(kind)
            }
            Event::Start(Tag::Heading { level, .. }) => self.start(BlockKind::Heading(rank(level))),
            Event::Start(Tag::CodeBlock(_)) => self.start(BlockKind::Code),
            Event::Start(Tag::BlockQuote(_)) => self.quotes += 1,
            Event::End(TagEnd::BlockQuote(_)) => self.quotes = self.quotes.saturating_sub(1),
            Event::Start(Tag::List(first)) => self.lists.push(first),
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
            }
            Event::Start(Tag::Item) => {
                self.close();
                self.items += 1;
                self.marker = Some(match self.lists.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{}.", *number - 1)
                    }
                    _ => "•".to_owned(),
                });
            }
            Event::End(TagEnd::Item) => {
                self.close();
                self.items = self.items.saturating_sub(1);
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => self.close(),
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let start = self.text_len();
                self.links.push((dest_url.trim().to_owned(), start));
            }
            Event::End(TagEnd::Link) => self.end_link(),
            Event::Start(Tag::TableCell) if self.text_len() > 0 => self.push(" "),
            Event::Text(text) | Event::Code(text) | Event::InlineHtml(text) => self.push(&text),
            Event::Html(text) => self.push(&text.replace('\n', " ")),
            Event::SoftBreak => self.line_break(" "),
            Event::HardBreak => self.line_break("\n"),
            _ => {}
        }
    }

    /// What a paragraph opened here is: a list item inside a list.
    fn running_kind(&mut self) -> BlockKind {
        match self.items {
            0 => BlockKind::Paragraph,
            _ => BlockKind::ListItem {
                marker: self.marker.take(),
                depth: self.lists.len(),
            },
        }
    }

    fn start(&mut self, kind: BlockKind) {
        self.close();
        self.open = Some(Paragraph {
            kind,
            quoted: self.quotes > 0,
            runs: Vec::new(),
            formula: None,
        });
    }

    fn text_len(&self) -> usize {
        self.open
            .as_ref()
            .map_or(0, |p| p.runs.iter().map(|r| r.text.len()).sum())
    }

    fn push(&mut self, text: &str) {
        if self.open.is_none() {
            let kind = self.running_kind();
            self.start(kind);
        }
        let (bold, italic) = (self.bold > 0, self.italic > 0);
        let Some(paragraph) = self.open.as_mut() else {
            return;
        };
        match paragraph.runs.last_mut() {
            Some(run) if run.bold == bold && run.italic == italic => run.text.push_str(text),
            _ => paragraph.runs.push(Run {
                text: text.to_owned(),
                bold,
                italic,
            }),
        }
    }

    /// A link's target follows its text when the text does not show it.
    fn end_link(&mut self) {
        let Some((target, start)) = self.links.pop() else {
            return;
        };
        let text = self.open.as_ref().map(Paragraph::text).unwrap_or_default();
        let shown = text.get(start..).unwrap_or_default();
        let bare = target.trim_start_matches("mailto:");
        if !target.is_empty() && !target.starts_with('#') && shown.trim() != bare {
            self.push(&format!(" ({target})"));
        }
    }

    /// A line that is a salutation ends its paragraph; any other line
    /// break is kept (`separator`).
    fn line_break(&mut self, separator: &str) {
        let Some(open) = &self.open else {
            return;
        };
        if open.kind != BlockKind::Code && is_salutation(&open.text()) {
            let kind = match &open.kind {
                BlockKind::ListItem { depth, .. } => BlockKind::ListItem {
                    marker: None,
                    depth: *depth,
                },
                other => other.clone(),
            };
            self.start(kind);
        } else {
            self.push(separator);
        }
    }

    fn close(&mut self) {
        let Some(mut paragraph) = self.open.take() else {
            return;
        };
        trim_runs(&mut paragraph.runs);
        if paragraph.runs.is_empty() {
            return;
        }
        if !matches!(paragraph.kind, BlockKind::Heading(_) | BlockKind::Code) {
            let text = paragraph.text();
            paragraph.formula = if is_salutation(&text) {
                Some(Formula::Salutation)
            } else if is_closing(&text) {
                Some(Formula::Closing)
            } else {
                None
            };
        }
        self.paragraphs.push(paragraph);
    }
}

fn rank(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Drops white space at both ends of a paragraph and runs left empty.
fn trim_runs(runs: &mut Vec<Run>) {
    if let Some(first) = runs.first_mut() {
        first.text = first.text.trim_start().to_owned();
    }
    if let Some(last) = runs.last_mut() {
        last.text = last.text.trim_end().to_owned();
    }
    runs.retain(|r| !r.text.is_empty());
    if runs.iter().all(|r| r.text.trim().is_empty()) {
        runs.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(markdown: &str) -> Vec<String> {
        paragraphs(markdown).iter().map(Paragraph::text).collect()
    }

    #[test]
    fn paragraphs_come_in_order_with_their_emphasis() {
        let body = "# Cyber norms\n\nWe **welcome** the *report*.\n\n- first\n- second\n\n3. third\n4. fourth";
        let read = paragraphs(body);
        assert_eq!(
            texts(body),
            [
                "Cyber norms",
                "We welcome the report.",
                "first",
                "second",
                "third",
                "fourth"
            ]
        );
        assert_eq!(read[0].kind, BlockKind::Heading(1));
        let welcome = &read[1].runs;
        assert!(
            welcome[1].bold && welcome[1].text == "welcome",
            "{welcome:?}"
        );
        assert!(
            welcome[3].italic && welcome[3].text == "report",
            "{welcome:?}"
        );
        assert_eq!(
            read[5].kind,
            BlockKind::ListItem {
                marker: Some("4.".into()),
                depth: 1
            }
        );
    }

    #[test]
    fn a_salutation_line_is_a_paragraph_of_its_own() {
        let read =
            paragraphs("Mr. Chair,\nPakistan thanks you.\nIt is a pleasure.\n\nI thank you.");
        assert_eq!(
            read.iter().map(Paragraph::text).collect::<Vec<_>>(),
            [
                "Mr. Chair,",
                "Pakistan thanks you. It is a pleasure.",
                "I thank you."
            ]
        );
        assert_eq!(read[0].formula, Some(Formula::Salutation));
        assert_eq!(read[1].formula, None);
        assert_eq!(read[2].formula, Some(Formula::Closing));
    }

    #[test]
    fn raw_html_and_links_are_text() {
        assert_eq!(
            texts("Hi <script>alert(1)</script> [x](javascript:alert(1))\n\n<div>\nblock\n</div>"),
            [
                "Hi <script>alert(1)</script> x (javascript:alert(1))",
                "<div> block </div>"
            ]
        );
        assert_eq!(texts("<https://un.org>"), ["https://un.org"]);
    }

    #[test]
    fn nested_lists_quotes_and_code_keep_their_shape() {
        let read =
            paragraphs("- outer\n  - inner\n\n> quoted *words*\n\n```\nline one\nline two\n```");
        assert_eq!(
            read[1].kind,
            BlockKind::ListItem {
                marker: Some("•".into()),
                depth: 2
            }
        );
        assert!(read[2].quoted && read[2].runs[1].italic, "{:?}", read[2]);
        assert_eq!(read[3].kind, BlockKind::Code);
        assert_eq!(read[3].text(), "line one\nline two");
    }

    #[test]
    fn an_empty_body_has_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("  \n\n---\n\n").is_empty());
    }
}
