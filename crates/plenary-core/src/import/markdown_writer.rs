//! The Markdown that the import readers write: blocks (paragraphs, headings,
//! list items) of text runs that may be bold or italic, separated by blank
//! lines, with whitespace collapsed.
//!
//! Contract: whatever the text of a run is, it comes out as literal text. Every
//! character Markdown could read as markup (emphasis, links, code, raw HTML,
//! entities, and at a line start headings, quotes, lists and setext
//! underlines) is backslash-escaped, so a Word file or web page can never put
//! live HTML, and so never script, into the app.

/// The kind of Markdown block that collected inline text becomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Block {
    #[default]
    Paragraph,
    Heading(u8),
    ListItem,
}

enum Inline {
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
    Break,
}

/// Builds Markdown block by block from text runs (see the module comment).
#[derive(Default)]
pub(crate) struct MarkdownWriter {
    out: String,
    block: Block,
    inlines: Vec<Inline>,
}

impl MarkdownWriter {
    /// Ends the current block and makes the next one a `block`.
    pub(crate) fn start_block(&mut self, block: Block) {
        self.end_block();
        self.block = block;
    }

    /// Ends the current block, if it has text. The next one is a paragraph
    /// unless `start_block` says otherwise; an empty block keeps its kind.
    pub(crate) fn end_block(&mut self) {
        let rendered = self.render();
        self.inlines.clear();
        if !rendered.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(&rendered);
            self.block = Block::Paragraph;
        }
    }

    /// Adds a run of text to the current block.
    pub(crate) fn text(&mut self, text: &str, bold: bool, italic: bool) {
        let text = text.replace('\u{ad}', ""); // soft hyphens only split search words
        match self.inlines.last_mut() {
            Some(Inline::Text {
                text: last,
                bold: b,
                italic: i,
            }) if (*b, *i) == (bold, italic) => last.push_str(&text),
            _ => self.inlines.push(Inline::Text { text, bold, italic }),
        }
    }

    /// A line break inside the current block (a space in a heading).
    pub(crate) fn line_break(&mut self) {
        self.inlines.push(Inline::Break);
    }

    /// The Markdown so far: blocks separated by blank lines, ending in a
    /// newline, or empty when no block had any text.
    pub(crate) fn finish(mut self) -> String {
        self.end_block();
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }

    fn render(&self) -> String {
        let heading = matches!(self.block, Block::Heading(_));
        let mut lines = Vec::new();
        let mut line = String::new();
        for inline in &self.inlines {
            match inline {
                Inline::Break => finish_line(&mut lines, &mut line),
                Inline::Text { text, bold, italic } => {
                    push_styled(&mut line, text, *bold, *italic, heading)
                }
            }
        }
        finish_line(&mut lines, &mut line);
        if lines.is_empty() {
            return String::new();
        }
        match self.block {
            Block::Paragraph => lines.join("\\\n"),
            Block::ListItem => format!("- {}", lines.join("\\\n  ")),
            Block::Heading(level) => {
                let hashes = "#".repeat(level.clamp(1, 6).into());
                format!("{hashes} {}", lines.join(" "))
            }
        }
    }
}

/// Appends `text` to `line` with collapsed whitespace, escaped, and wrapped in
/// emphasis markers with any surrounding spaces kept outside them.
fn push_styled(line: &mut String, text: &str, bold: bool, italic: bool, escape_hash: bool) {
    let is_space = |c: char| c.is_ascii_whitespace() || matches!(c, '\u{2028}' | '\u{2029}');
    let mut words = text.split(is_space).filter(|w| !w.is_empty()).peekable();
    if text.starts_with(is_space) && !line.is_empty() && !line.ends_with(' ') {
        line.push(' ');
    }
    if words.peek().is_none() {
        return;
    }
    let marker = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    line.push_str(marker);
    for (i, word) in words.enumerate() {
        if i > 0 {
            line.push(' ');
        }
        escape_into(line, word, escape_hash);
    }
    line.push_str(marker);
    if text.ends_with(is_space) {
        line.push(' ');
    }
}

/// Backslash-escapes what Markdown would read as inline markup. `#` is
/// escaped only in headings, where a trailing one would be dropped.
fn escape_into(out: &mut String, word: &str, escape_hash: bool) {
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let special = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' => true,
            '#' => escape_hash,
            '&' => chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#'),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Trims `line`, escapes what would open a block construct at the start of a
/// line (`#`, `>`, `-`, `+`, `=`, `:` or `1.`), and moves it into `lines`.
fn finish_line(lines: &mut Vec<String>, line: &mut String) {
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        let mut fixed = trimmed.to_string();
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        if trimmed.starts_with(['#', '>', '-', '+', '=', ':']) {
            fixed.insert(0, '\\');
        } else if (1..=9).contains(&digits)
            && matches!(trimmed.as_bytes().get(digits), Some(b'.' | b')'))
        {
            fixed.insert(digits, '\\');
        }
        lines.push(fixed);
    }
    line.clear();
}
