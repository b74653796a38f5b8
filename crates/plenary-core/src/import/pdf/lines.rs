//! A PDF page as the reader draws it: its lines of text, each with its
//! edges, baseline and font size, in drawing order.

/// One line of text as drawn: its left and right edges and its baseline, in
/// points from the page's left and top edges, and its largest font size.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
}

/// One page's lines in drawing order.
#[derive(Debug, Default)]
pub(super) struct Page {
    /// The page's top edge in PDF coordinates.
    pub top: f64,
    pub height: f64,
    pub lines: Vec<Line>,
}
