//! DOCX reader: the text of a Word document (`word/document.xml`), as Markdown.
//!
//! Contract: `docx_to_markdown` returns the document's paragraphs in order as
//! Markdown blocks separated by blank lines: Heading 1-6 and Title paragraphs
//! as `#` headings, numbered or bulleted paragraphs as `- ` items, table
//! cells' paragraphs as paragraphs, bold and italic runs as `**…**` and `*…*`,
//! tabs as spaces and line breaks as hard breaks. The text itself is escaped
//! (see `markdown_writer::MarkdownWriter`), so nothing typed in Word is read as Markdown
//! or HTML. Deleted tracked changes and old formatting are left out. An `Err`
//! is a short description of the problem (not a ZIP file, no document part,
//! malformed XML, a part over 100 MB uncompressed); the caller names the file.
//!
//! Heading and list styles are looked up in `word/styles.xml` by their
//! built-in names, which Word writes in English whatever the user's language
//! (a French "Titre 1" is still `heading 1` there); without that part the
//! style ids themselves are read.

use super::markdown_writer::{Block, MarkdownWriter};
use crate::text::xml::{attr, predefined_entity};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// The largest uncompressed part read: a guard against ZIP bombs.
const MAX_PART_BYTES: u64 = 100 * 1024 * 1024;
const DOCUMENT: &str = "word/document.xml";
/// Elements whose content is not current text: the fallback copy of a text
/// box, deleted or moved-away revisions, and formatting before a revision.
const SKIPPED: &[&str] = &["Fallback", "del", "moveFrom", "pPrChange", "rPrChange"];

/// Converts a Word document to Markdown (see the module comment).
pub fn docx_to_markdown(bytes: &[u8]) -> Result<String, String> {
    convert(bytes, MAX_PART_BYTES)
}

fn convert(bytes: &[u8], max_part: u64) -> Result<String, String> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(
            "not a Word document: this is an old .doc or a password-protected \
                    file; save it as .docx without a password"
                .into(),
        );
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        if bytes.starts_with(b"PK") {
            format!("not a Word document: the ZIP archive is damaged or truncated ({e})")
        } else {
            "not a Word document: the file is not a ZIP archive".to_string()
        }
    })?;
    let document = read_part(&mut archive, DOCUMENT, max_part)?
        .ok_or_else(|| format!("Word document has no {DOCUMENT}"))?;
    // Styles only refine headings and lists: a missing or damaged part is no error.
    let styles = match read_part(&mut archive, "word/styles.xml", max_part) {
        Ok(Some(xml)) => read_styles(&xml).unwrap_or_default(),
        _ => HashMap::new(),
    };
    document_to_markdown(&document, &styles)
}

fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    max_part: u64,
) -> Result<Option<String>, String> {
    let too_large = |size: u64| {
        let limit = max_part / 1_000_000;
        format!("{name} is too large ({size} bytes uncompressed; the limit is {limit} MB)")
    };
    let part = match archive.by_name(name) {
        Ok(part) => part,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name} could not be read: {e}")),
    };
    if part.size() > max_part {
        return Err(too_large(part.size()));
    }
    // The declared size can lie, so the read itself is capped too.
    let mut data = Vec::new();
    part.take(max_part + 1)
        .read_to_end(&mut data)
        .map_err(|e| format!("{name} could not be read: {e}"))?;
    if data.len() as u64 > max_part {
        return Err(too_large(data.len() as u64));
    }
    let text = String::from_utf8(data).map_err(|_| format!("{name} is not UTF-8 text"))?;
    Ok(Some(text.trim_start_matches('\u{feff}').to_string()))
}

/// What a paragraph style makes of its paragraphs.
#[derive(Clone, Debug, Default)]
struct Style {
    heading: Option<u8>,
    list: bool,
    based_on: Option<String>,
}

/// Reads heading levels, list numbering and `basedOn` links from styles.xml.
fn read_styles(xml: &str) -> Result<HashMap<String, Style>, quick_xml::Error> {
    let mut styles = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<(String, Style)> = None;
    loop {
        match reader.read_event()? {
            Event::Start(e) | Event::Empty(e) => {
                let (name, val) = (e.local_name(), attr(&e, "val"));
                match (name.as_ref(), &mut current) {
                    ("style", _) => current = attr(&e, "styleId").map(|id| (id, Style::default())),
                    ("name", Some((_, style))) => {
                        let val = val.unwrap_or_default();
                        style.heading = style.heading.or(heading_from_name(&val));
                        style.list |= list_from_name(&val);
                    }
                    ("outlineLvl", Some((_, style))) => {
                        style.heading = outline_level(val.as_deref()).or(style.heading);
                    }
                    ("numId", Some((_, style))) => style.list = val.as_deref() != Some("0"),
                    ("basedOn", Some((_, style))) => style.based_on = val,
                    _ => {}
                }
            }
            Event::End(e) if e.local_name().as_ref() == "style" => {
                if let Some((id, style)) = current.take() {
                    styles.insert(id, style);
                }
            }
            Event::Eof => return Ok(styles),
            _ => {}
        }
    }
}

/// The heading level of a built-in style name or id: "heading 1", "Heading1", "Title".
fn heading_from_name(name: &str) -> Option<u8> {
    let name = name.to_ascii_lowercase().replace(' ', "");
    if name == "title" {
        return Some(1);
    }
    let level: u8 = name.strip_prefix("heading")?.parse().ok()?;
    (1..=9).contains(&level).then_some(level.min(6))
}

fn list_from_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace(' ', "");
    name.starts_with("listbullet") || name.starts_with("listnumber")
}

/// `w:outlineLvl` 0-8 is a heading level 1-9; 9 means body text.
fn outline_level(val: Option<&str>) -> Option<u8> {
    let level: u8 = val?.parse().ok()?;
    (level < 9).then(|| (level + 1).min(6))
}

/// A style and what it inherits through `basedOn` (a few levels deep).
fn resolve_style(styles: &HashMap<String, Style>, id: &str) -> Style {
    let Some(mut style) = styles.get(id).cloned() else {
        return Style {
            heading: heading_from_name(id),
            list: list_from_name(id),
            based_on: None,
        };
    };
    let mut parent = style.based_on.clone();
    for _ in 0..8 {
        let Some(base) = parent.and_then(|p| styles.get(&p)) else {
            break;
        };
        style.heading = style.heading.or(base.heading);
        style.list |= base.list;
        parent = base.based_on.clone();
    }
    style
}

/// A paragraph being read: its properties and the text of its runs so far.
#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    outline: Option<u8>,
    numbered: Option<bool>,
    runs: Vec<Option<(String, bool, bool)>>, // None is a line break
    bold: bool,
    italic: bool,
}

impl Paragraph {
    fn push(&mut self, text: &str) {
        self.runs
            .push(Some((text.to_string(), self.bold, self.italic)));
    }

    fn write(self, writer: &mut MarkdownWriter, styles: &HashMap<String, Style>) {
        let style = self.style.as_deref().map(|id| resolve_style(styles, id));
        let style = style.unwrap_or_default();
        let block = match self.outline.or(style.heading) {
            Some(level) => Block::Heading(level),
            None if self.numbered.unwrap_or(style.list) => Block::ListItem,
            None => Block::Paragraph,
        };
        writer.start_block(block);
        for run in self.runs {
            match run {
                Some((text, bold, italic)) => writer.text(&text, bold, italic),
                None => writer.line_break(),
            }
        }
        writer.start_block(Block::Paragraph);
    }
}

fn document_to_markdown(xml: &str, styles: &HashMap<String, Style>) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut writer = MarkdownWriter::default();
    // Open elements' local names, and open paragraphs (text boxes nest them).
    let mut open: Vec<String> = Vec::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = reader.error_position();
            format!("{DOCUMENT} is not valid XML at byte {at}: {e}")
        })?;
        let in_text = open.last().is_some_and(|name| name == "t");
        match event {
            Event::Start(e) if SKIPPED.contains(&e.local_name().as_ref()) => {
                let end = e.to_end().into_owned();
                reader.read_to_end(end.name()).map_err(|e| {
                    let at = reader.error_position();
                    format!("{DOCUMENT} is not valid XML at byte {at}: {e}")
                })?;
            }
            Event::Start(e) => {
                if e.local_name().as_ref() == "p" {
                    paragraphs.push(Paragraph::default());
                }
                element(&e, &open, paragraphs.last_mut());
                open.push(e.local_name().as_ref().to_string());
            }
            Event::Empty(e) => element(&e, &open, paragraphs.last_mut()),
            Event::End(_) => {
                let closed = open.pop();
                if closed.as_deref() == Some("p") {
                    let paragraph = paragraphs.pop().unwrap_or_default();
                    paragraph.write(&mut writer, styles);
                }
            }
            Event::Text(t) if in_text => {
                if let Some(p) = paragraphs.last_mut() {
                    p.push(&t.xml10_content());
                }
            }
            Event::CData(t) if in_text => {
                if let Some(p) = paragraphs.last_mut() {
                    p.push(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => predefined_entity(&r),
                };
                if let (Some(c), Some(p)) = (c, paragraphs.last_mut()) {
                    p.push(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(writer.finish())
}

/// Applies a start or empty element inside the paragraph `p`, if any.
fn element(e: &BytesStart<'_>, open: &[String], p: Option<&mut Paragraph>) {
    let Some(p) = p else { return };
    let parent = open.last().map(String::as_str).unwrap_or_default();
    let in_run_properties = parent == "rPr" && open.iter().rev().nth(1).is_some_and(|n| n == "r");
    let val = attr(e, "val");
    match (e.local_name().as_ref(), parent) {
        ("r", _) => (p.bold, p.italic) = (false, false),
        ("pStyle", "pPr") => p.style = val,
        ("outlineLvl", "pPr") => p.outline = outline_level(val.as_deref()),
        ("numId", "numPr") => p.numbered = Some(val.as_deref() != Some("0")),
        ("b", _) if in_run_properties => p.bold = is_on(val.as_deref()),
        ("i", _) if in_run_properties => p.italic = is_on(val.as_deref()),
        ("rStyle", _) if in_run_properties => match val.unwrap_or_default().to_lowercase().as_str()
        {
            "strong" => p.bold = true,
            "emphasis" => p.italic = true,
            _ => {}
        },
        ("tab" | "ptab", "r") => p.push(" "),
        ("noBreakHyphen", "r") => p.push("-"),
        ("br" | "cr", "r") => match attr(e, "type").as_deref() {
            Some("page" | "column") => p.push(" "),
            _ => p.runs.push(None),
        },
        _ => {}
    }
}

/// An on/off property: present without a value, or with anything but false.
fn is_on(val: Option<&str>) -> bool {
    !matches!(val, Some("0" | "false" | "off" | "none"))
}

#[cfg(test)]
mod tests;
