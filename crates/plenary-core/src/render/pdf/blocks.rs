//! What the typesetter sets: blocks of styled runs, the page they go on,
//! and the file's properties. Pure data, built by each export.

/// An RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    pub const BLACK: Color = Color(0x11, 0x11, 0x11);
    pub const GREY: Color = Color(0x55, 0x55, 0x55);
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// In points.
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    pub color: Color,
    /// Struck through (words a diff deletes).
    pub strike: bool,
    /// Underlined (words a diff inserts).
    pub underline: bool,
}

impl Style {
    /// Plain text of `size` points.
    pub fn plain(size: f32) -> Style {
        Style {
            size,
            bold: false,
            italic: false,
            color: Color::BLACK,
            strike: false,
            underline: false,
        }
    }
}

/// A stretch of text in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub style: Style,
}

impl Run {
    pub fn new(text: impl Into<String>, style: Style) -> Run {
        Run {
            text: text.into(),
            style,
        }
    }
}

/// Where a block's lines stand: at the side its text starts from (left
/// for left-to-right text, right for Arabic), centred, or at the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Center,
    End,
}

/// A paragraph: its runs, set in lines. A `'\n'` in a run ends a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub runs: Vec<Run>,
    pub align: Align,
    /// In points, on the side the text starts from.
    pub indent: f32,
    /// In points.
    pub space_before: f32,
    pub space_after: f32,
    /// Line height as a multiple of the largest size on the line.
    pub leading: f32,
    /// Not split across pages (when it fits on one).
    pub keep_together: bool,
    /// On the same page as the next block's first line.
    pub keep_with_next: bool,
    /// A thin rule across the text above it.
    pub rule_above: bool,
    /// A note in the margin before its first line (a paragraph number).
    pub margin_note: Option<String>,
    /// Marks between its words: a byte offset into its text, where a thin
    /// bar stands, and a label in the margin after the line (a time).
    pub marks: Vec<(usize, String)>,
}

impl Block {
    /// A paragraph of `runs`, at the start side, 1.4 lines apart.
    pub fn of(runs: Vec<Run>) -> Block {
        Block {
            runs,
            align: Align::Start,
            indent: 0.0,
            space_before: 0.0,
            space_after: 0.0,
            leading: 1.4,
            keep_together: false,
            keep_with_next: false,
            rule_above: false,
            margin_note: None,
            marks: Vec::new(),
        }
    }

    /// The block's text: its runs joined.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// The page: its size and margins, in points, and whether its footer
/// numbers it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    /// The margins on the left and on the right.
    pub left: f32,
    pub right: f32,
    pub page_numbers: bool,
}

impl PageSetup {
    /// A4 with even margins of `margin` points, numbered.
    pub fn a4(margin: f32) -> PageSetup {
        PageSetup {
            width: 595.28,
            height: 841.89,
            top: margin,
            bottom: margin,
            left: margin,
            right: margin,
            page_numbers: true,
        }
    }
}

/// The file's properties.
#[derive(Debug, Clone, Copy, Default)]
pub struct Properties<'a> {
    pub title: &'a str,
    pub author: Option<&'a str>,
    /// An RFC 3339 time.
    pub created_at: Option<&'a str>,
    /// A language code (BCP 47), when the text tells.
    pub language: Option<&'a str>,
}
