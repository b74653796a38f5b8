//! PDF reader: the text layer of a PDF, as Markdown.
//!
//! Contract: `pdf_to_markdown` returns the document's paragraphs in reading
//! order as Markdown blocks separated by blank lines, bulleted lines as `- `
//! items, and lines a writer broke on purpose as hard breaks. The text is
//! escaped (see `markdown_writer::MarkdownWriter`), so nothing in the PDF is
//! read as Markdown or HTML. Lines are rebuilt from glyph positions (with
//! pdf-extract, over lopdf) and laid out into paragraphs by `layout`, which
//! also drops running headers, footers and page numbers. Each page is read on
//! its own: a page that cannot be read is left out with a warning, as are
//! pages without a text layer, and so is a page that draws more than
//! `MAX_LINES_PER_PAGE` separate lines (no printed page does; a file built so
//! that every glyph starts a line of its own would otherwise cost time in
//! proportion to a hundred thousand one-letter passages). Reading costs the
//! same for every page, however long the file (see `OnePageTree`). An `Err` is a short
//! description of the problem (not a PDF, damaged, password-protected, no
//! text layer at all, only overfull pages, streams that inflate past any
//! page's need, forms nested without end); the caller names the file. No
//! heading is marked: a larger font at the top of a statement is as often
//! the letterhead as the title, so the roles are left to the passage rules,
//! as for plain text.

mod furniture;
mod inflation;
mod layout;
mod lines;
mod nesting;

use lines::{Line, Page};
use pdf_extract::{
    dictionary, Document, MediaBox, Object, ObjectId, OutputDev, OutputError, Transform,
};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Where the `%PDF-` header must start, at the latest.
const HEADER_WINDOW: usize = 1024;

/// The most lines one page may draw. A dense printed page holds about 100
/// lines, a table drawn cell by cell or text set glyph by glyph a few
/// thousand; reading stops at this many, so a page costs bounded work.
const MAX_LINES_PER_PAGE: usize = 10_000;

/// Why a page was left out.
enum Unread {
    /// The reader failed or panicked on it.
    Damaged,
    /// It draws more than `MAX_LINES_PER_PAGE` lines.
    Overfull,
}

/// Converts a PDF to Markdown (see the module comment). Pages that were left
/// out are reported in `warnings`.
pub fn pdf_to_markdown(bytes: &[u8], warnings: &mut Vec<String>) -> Result<String, String> {
    let head = &bytes[..bytes.len().min(HEADER_WINDOW)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err("not a PDF document: the file has no PDF header".into());
    }
    // The reader inflates streams whole, object streams as it parses the
    // file: measure them first.
    inflation::check_file(bytes)?;
    let mut document = load(bytes)?;
    let page_ids = document.get_pages();
    if page_ids.is_empty() {
        return Err("the PDF has no pages".into());
    }
    // A stack overflow inside the reader would end the whole program,
    // which no guard can catch: refuse such files before reading a page.
    nesting::check_nesting(&document, &page_ids)?;
    let mut pages = Vec::with_capacity(page_ids.len());
    let mut unreadable = Vec::new();
    let mut overfull = Vec::new();
    let mut textless = Vec::new();
    let tree = OnePageTree::new(&mut document);
    for (number, id) in page_ids {
        match tree.read_page(&mut document, number, id) {
            Ok(page) if page.lines.is_empty() => textless.push(number),
            Ok(page) => pages.push(page),
            Err(Unread::Damaged) => unreadable.push(number),
            Err(Unread::Overfull) => overfull.push(number),
        }
    }
    if pages.is_empty() {
        return Err(if !overfull.is_empty() && unreadable.is_empty() {
            format!(
                "the PDF is damaged or built to slow the reader: {}",
                too_many_lines(&overfull)
            )
        } else if unreadable.is_empty() && overfull.is_empty() {
            "the PDF has no text layer (it is probably a scanned image); \
             run text recognition (OCR) on it first"
                .into()
        } else {
            "the PDF is damaged: none of its pages could be read".into()
        });
    }
    if !overfull.is_empty() {
        warnings.push(format!(
            "{}, and {} left out",
            too_many_lines(&overfull),
            if overfull.len() == 1 { "was" } else { "were" }
        ));
    }
    if !unreadable.is_empty() {
        warnings.push(format!(
            "{} could not be read and {} left out",
            pages_named(&unreadable),
            if unreadable.len() == 1 { "was" } else { "were" }
        ));
    }
    if !textless.is_empty() {
        warnings.push(format!(
            "{} no text layer (scanned images?); {} left out",
            match textless.len() {
                1 => format!("{} has", pages_named(&textless)),
                _ => format!("{} have", pages_named(&textless)),
            },
            if textless.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        ));
    }
    Ok(layout::to_markdown(&pages))
}

/// Parses the file and removes an owner-only password (one that guards
/// printing or copying, not opening), then checks the decrypted streams.
fn load(bytes: &[u8]) -> Result<Document, String> {
    let loaded = catch_unwind(|| Document::load_mem(bytes))
        .map_err(|_| "the PDF is damaged and could not be read".to_string())?;
    let mut document =
        loaded.map_err(|e| format!("the PDF is damaged and could not be read ({e})"))?;
    if document.is_encrypted() {
        if document.decrypt("").is_err() {
            return Err("the PDF is password-protected; save a copy without a password".into());
        }
        // The streams measured in the file were encrypted; measure them
        // again as the reader will inflate them.
        inflation::check_inflation(&document)?;
    }
    Ok(document)
}

/// A page tree of one page, put in place of the document's own so that
/// pdf-extract finds each page at once. pdf-extract reads a page by its
/// number, and finds it by walking the whole page tree (lopdf's
/// `get_pages`) every time: page by page, a file of n pages costs n²
/// steps, which made 8,000 pages take 18 s. So the catalog is pointed at
/// this tree, whose one kid is set to each page in turn, and pdf-extract
/// reads its page 1. A page keeps its own parent, so what it inherits from
/// the document's tree (resources, media box) is found as before.
struct OnePageTree {
    node: Option<ObjectId>,
}

impl OnePageTree {
    fn new(document: &mut Document) -> Self {
        let node = document.add_object(dictionary! {
            "Type" => "Pages",
            "Kids" => Vec::<Object>::new(),
            "Count" => 1,
        });
        let node = match document.catalog_mut() {
            Ok(catalog) => {
                catalog.set("Pages", node);
                Some(node)
            }
            // No catalog to point: each page is found in the full tree.
            Err(_) => None,
        };
        OnePageTree { node }
    }

    /// Page `number` (object `id`): its lines, or why it was left out.
    fn read_page(
        &self,
        document: &mut Document,
        number: u32,
        id: ObjectId,
    ) -> Result<Page, Unread> {
        let Some(node) = self.node else {
            return read_page(document, number);
        };
        let tree = document
            .get_dictionary_mut(node)
            .map_err(|_| Unread::Damaged)?;
        tree.set("Kids", vec![Object::Reference(id)]);
        read_page(document, 1)
    }
}

/// The lines of the page the page tree numbers `number`, or why it was left
/// out. pdf-extract panics on some malformed pages, so a panic only costs
/// its page. The collector stops the reader (with an error) once the page
/// has drawn too many lines.
fn read_page(document: &Document, number: u32) -> Result<Page, Unread> {
    let mut collector = LineCollector::default();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::output_doc_page(document, &mut collector, number)
    }));
    match outcome {
        _ if collector.overfull => Err(Unread::Overfull),
        Ok(Ok(())) => collector.page.ok_or(Unread::Damaged),
        _ => Err(Unread::Damaged),
    }
}

/// "page 3 draws more than 10000 separate lines of text, which no printed
/// page holds"
fn too_many_lines(numbers: &[u32]) -> String {
    format!(
        "{} more than {MAX_LINES_PER_PAGE} separate lines of text, which no printed page holds",
        match numbers.len() {
            1 => format!("{} draws", pages_named(numbers)),
            _ => format!("{} draw", pages_named(numbers)),
        }
    )
}

fn pages_named(numbers: &[u32]) -> String {
    let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
    match numbers.len() {
        1 => format!("page {}", list[0]),
        _ => format!("pages {}", list.join(", ")),
    }
}

/// Gathers glyphs into lines: a glyph off the current baseline, or one
/// drawn well to the left of the last, starts a new line; a gap wider than a
/// tenth of the font size is a space. A glyph that would start line
/// `MAX_LINES_PER_PAGE + 1` of a page stops the reading instead.
#[derive(Default)]
struct LineCollector {
    page: Option<Page>,
    line: Option<Line>,
    /// Where the last glyph ended, in points from the left.
    last_end: f64,
    /// A space glyph was drawn since the last visible one.
    pending_space: bool,
    /// The page drew more lines than `MAX_LINES_PER_PAGE`.
    overfull: bool,
}

impl LineCollector {
    fn end_line(&mut self) {
        if let (Some(page), Some(line)) = (self.page.as_mut(), self.line.take()) {
            if !line.text.trim().is_empty() {
                page.lines.push(line);
            }
        }
        self.pending_space = false;
    }
}

impl OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        _number: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page = Some(Page {
            top: media_box.ury,
            height: media_box.ury - media_box.lly,
            lines: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.end_line();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        glyph: &str,
    ) -> Result<(), OutputError> {
        let Some(top) = self.page.as_ref().map(|p| p.top) else {
            return Ok(());
        };
        // The rendering matrix scales the font size; its determinant gives
        // the scale whatever the text's rotation.
        let size = font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let (x, y) = (trm.m31, top - trm.m32);
        if !size.is_finite() || size <= 0.0 {
            return Ok(());
        }
        if glyph.trim().is_empty() {
            self.pending_space = true;
            self.last_end = x + width * size;
            return Ok(());
        }
        let continues = self.line.as_ref().is_some_and(|line| {
            (y - line.y).abs() <= 0.5 * size.max(line.size) && x >= self.last_end - size
        });
        if !continues {
            self.end_line();
            if self
                .page
                .as_ref()
                .is_some_and(|p| p.lines.len() >= MAX_LINES_PER_PAGE)
            {
                self.overfull = true;
                return Err(OutputError::FormatError(std::fmt::Error));
            }
            self.line = Some(Line {
                text: String::new(),
                x0: x,
                x1: x,
                y,
                size,
            });
        } else if self.pending_space || x > self.last_end + 0.1 * size {
            if let Some(line) = self.line.as_mut() {
                line.text.push(' ');
            }
        }
        if let Some(line) = self.line.as_mut() {
            line.text.push_str(glyph);
            line.size = line.size.max(size);
            self.last_end = x + width * size;
            line.x1 = line.x1.max(self.last_end);
        }
        self.pending_space = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
