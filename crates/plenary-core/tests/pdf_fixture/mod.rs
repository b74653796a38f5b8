//! Writes small PDFs for tests: lines of Helvetica text placed where a word
//! processor would print them (`Typesetter` wraps paragraphs at the margin
//! with Helvetica's own widths and flows them over pages), so each layout
//! convention a statement arrives in can be reproduced without shipping
//! binary files. Shared by the import tests and the PDF reader's unit tests.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{dictionary, Document, Object, Stream, StringFormat};

/// An A4 page's height in points.
pub const PAGE_HEIGHT: f64 = 842.0;

/// One line of text: its left edge and baseline in points from the page's
/// left and top edges, its font size, and the space added after each glyph
/// (the `Tc` operator; 0 for ordinary text, negative to draw each glyph to
/// the left of the one before, as hostile files do).
#[derive(Clone, Debug)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub spacing: f64,
    pub text: String,
}

/// A PDF with one A4 page per entry; an empty page draws only a rectangle,
/// as a scanned page has no text.
pub fn pdf(pages: &[Vec<Text>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids = Vec::new();
    for page in pages {
        let mut operations = Vec::new();
        if page.is_empty() {
            let rect = [72.0, 72.0, 400.0, 600.0].map(Object::Real).to_vec();
            operations.push(Operation::new("re", rect));
            operations.push(Operation::new("f", vec![]));
        }
        for line in page {
            let encoded = encoding_rs::WINDOWS_1252.encode(&line.text).0.into_owned();
            let baseline = (PAGE_HEIGHT - line.y) as f32;
            operations.extend([
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), Object::Real(line.size as f32)]),
                Operation::new("Tc", vec![Object::Real(line.spacing as f32)]),
                Operation::new(
                    "Td",
                    vec![Object::Real(line.x as f32), Object::Real(baseline)],
                ),
                Operation::new("Tj", vec![Object::String(encoded, StringFormat::Literal)]),
                Operation::new("ET", vec![]),
            ]);
        }
        let content = Content { operations }.encode().unwrap();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        })));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), (PAGE_HEIGHT as i64).into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

/// Helvetica's advance widths (thousandths of the font size) for the
/// printable ASCII characters, from its standard font metrics.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// The printed width of `text` in Helvetica at `size`.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| {
            let at = (c as usize).wrapping_sub(32);
            f64::from(HELVETICA.get(at).copied().unwrap_or(556)) * size / 1000.0
        })
        .sum()
}

/// Sets paragraphs on A4 pages as a word processor does: left-aligned,
/// wrapped at the right margin, a new page when the bottom margin is reached.
pub struct Typesetter {
    pub pages: Vec<Vec<Text>>,
    pub size: f64,
    /// From one baseline to the next.
    pub pitch: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    y: f64,
}

impl Typesetter {
    pub fn new(size: f64, pitch: f64) -> Self {
        Typesetter {
            pages: vec![Vec::new()],
            size,
            pitch,
            left: 72.0,
            right: 523.0,
            top: 90.0,
            bottom: 760.0,
            y: 90.0,
        }
    }

    /// A paragraph whose first line is indented by `indent`, followed by
    /// `space_after` points.
    pub fn paragraph(&mut self, text: &str, indent: f64, space_after: f64) {
        self.hanging(text, indent, 0.0, space_after);
    }

    /// A paragraph whose first line starts at `first` and the others at
    /// `rest`, past the left margin.
    pub fn hanging(&mut self, text: &str, first: f64, rest: f64, space_after: f64) {
        let mut line = String::new();
        let mut x = self.left + first;
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && x + width(&candidate, self.size) > self.right {
                self.line(x, &line);
                x = self.left + rest;
                line = word.to_owned();
            } else {
                line = candidate;
            }
        }
        self.line(x, &line);
        self.y += space_after;
    }

    /// A line centred between the margins.
    pub fn centred(&mut self, text: &str) {
        let x = (self.left + self.right - width(text, self.size)) / 2.0;
        self.line(x, text);
    }

    fn line(&mut self, x: f64, text: &str) {
        if self.y > self.bottom {
            self.pages.push(Vec::new());
            self.y = self.top;
        }
        let (size, y) = (self.size, self.y);
        let page = self.pages.last_mut().unwrap();
        page.push(Text {
            x,
            y,
            size,
            spacing: 0.0,
            text: text.to_owned(),
        });
        self.y += self.pitch;
    }

    /// Puts `header` at the top of every page and its number at the bottom.
    pub fn furnish(&mut self, header: &str) {
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.push(Text {
                x: 380.0,
                y: 50.0,
                size: 9.0,
                spacing: 0.0,
                text: header.to_owned(),
            });
            page.push(Text {
                x: 295.0,
                y: 810.0,
                size: 9.0,
                spacing: 0.0,
                text: format!("- {} -", i + 1),
            });
        }
    }
}
