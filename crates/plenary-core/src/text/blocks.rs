//! Markdown to blocks: the document's paragraphs, headings and list items in
//! reading order, each with its Markdown source and its plain text. Parsed
//! with pulldown-cmark. Raw HTML is kept as literal text (never interpreted).
//! Paragraphs that a PDF page break cut in two (the first ends mid-sentence,
//! the next starts in lower case) are joined back together.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What kind of Markdown block a passage came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    Code,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's Markdown source, trimmed.
    pub markdown: String,
    /// Its plain text: inline markup removed, line breaks as single spaces.
    pub text: String,
}

/// Splits Markdown into blocks, dropping thematic breaks and empty blocks.
pub fn split_blocks(markdown: &str) -> Vec<Block> {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut blocks = Vec::new();
    let mut open: Option<(BlockKind, usize, String)> = None;
    let mut depth_in_item = 0usize;
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) if open.is_none() => {
                open = Some((BlockKind::Paragraph, range.start, String::new()))
            }
            Event::Start(Tag::Heading { .. }) => {
                open = Some((BlockKind::Heading, range.start, String::new()))
            }
            Event::Start(Tag::CodeBlock(_)) => {
                open = Some((BlockKind::Code, range.start, String::new()))
            }
            Event::Start(Tag::Item) => {
                depth_in_item += 1;
                if open.is_none() {
                    open = Some((BlockKind::ListItem, range.start, String::new()));
                }
            }
            Event::Start(Tag::TableCell) => push_text(&mut open, " "),
            Event::End(TagEnd::Item) => {
                depth_in_item -= 1;
                if depth_in_item == 0 {
                    close(&mut open, &mut blocks, markdown, range.end);
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock)
                if depth_in_item == 0 =>
            {
                close(&mut open, &mut blocks, markdown, range.end)
            }
            // Each table row is its own block, so a long table is not one passage.
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                close(&mut open, &mut blocks, markdown, range.end)
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if open.is_none() {
                    open = Some((BlockKind::Paragraph, range.start, String::new()));
                }
                push_text(&mut open, &t)
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut open, " "),
            Event::End(TagEnd::HtmlBlock) => close(&mut open, &mut blocks, markdown, range.end),
            _ => {}
        }
    }
    if let Some((_, start, _)) = &open {
        let end = markdown.len().max(*start);
        close(&mut open, &mut blocks, markdown, end);
    }
    join_page_breaks(blocks)
}

fn push_text(open: &mut Option<(BlockKind, usize, String)>, text: &str) {
    if let Some((_, _, buf)) = open {
        buf.push_str(text);
    }
}

fn close(
    open: &mut Option<(BlockKind, usize, String)>,
    blocks: &mut Vec<Block>,
    source: &str,
    end: usize,
) {
    if let Some((kind, start, text)) = open.take() {
        let text = collapse_whitespace(&text);
        if !text.is_empty() {
            blocks.push(Block {
                kind,
                markdown: source[start..end].trim().to_owned(),
                text,
            });
        }
    }
}

/// Folds every run of whitespace to one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Joins a paragraph that ends mid-sentence to the next one when that one
/// starts with a lower-case letter: the mark a PDF page break leaves.
fn join_page_breaks(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        if let Some(prev) = out.last_mut() {
            let continues = prev.kind == BlockKind::Paragraph
                && block.kind == BlockKind::Paragraph
                && !ends_sentence(&prev.text)
                && block.text.chars().next().is_some_and(char::is_lowercase);
            if continues {
                prev.markdown.push('\n');
                prev.markdown.push_str(&block.markdown);
                prev.text.push(' ');
                prev.text.push_str(&block.text);
                continue;
            }
        }
        out.push(block);
    }
    out
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | ','
                | '"'
                | '”'
                | '’'
                | ')'
                | '…'
                | '*'
                | '。'
                | '！'
                | '？'
                | '؟'
                | '،'
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_break_split_is_joined() {
        let blocks = split_blocks("We are concerned at the\n\nfrequency of attacks.\n\nNext one.");
        assert_eq!(
            blocks.len(),
            2,
            "a lower-case continuation joins the paragraph before it"
        );
        assert_eq!(
            blocks[0].text,
            "We are concerned at the frequency of attacks."
        );
    }

    #[test]
    fn raw_html_is_literal_text() {
        let blocks = split_blocks("Hello <script>alert(1)</script> there.");
        assert_eq!(blocks[0].text, "Hello <script>alert(1)</script> there.");
    }

    #[test]
    fn hard_breaks_and_bold_become_plain_text() {
        let blocks = split_blocks("**Statement by X,  \nof Y**\n\n---\n\n# PAKISTAN");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Statement by X, of Y", "PAKISTAN"]);
        assert_eq!(blocks[1].kind, BlockKind::Heading);
    }
}
