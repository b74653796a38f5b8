//! Blocks laid out on pages and drawn with krilla, which writes the PDF
//! and embeds each font as a subset of the glyphs used. A block starts on
//! a new page when it must be kept together (or with the next) and the
//! page has no room; a line never stands below the bottom margin. Lines
//! of right-to-left text stand at the right; margin notes (paragraph
//! numbers) stand before a block's first line, and a mark's label (a time)
//! after its line, in the margins. The footer numbers the pages.

use super::blocks::{Align, Block, Color, PageSetup, Properties, Style};
use super::fonts::{face, Script};
use super::lines::{pieces, set_block, SetBlock};
use super::shaping::{shape, Glyph};
use crate::model::{Error, Result};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::{DateTime, Metadata};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};

/// One line placed on a page: its block, its index, its baseline.
struct Placed {
    block: usize,
    line: usize,
    baseline: f32,
}

/// What one page holds.
#[derive(Default)]
struct Page {
    lines: Vec<Placed>,
    /// The heights at which rules are drawn.
    rules: Vec<f32>,
}

/// Size of the footer's page numbers and the margins' notes, in points.
const SMALL: f32 = 9.0;

/// The blocks set on pages as a PDF file.
pub fn typeset(blocks: &[Block], setup: &PageSetup, properties: &Properties) -> Result<Vec<u8>> {
    let width = setup.width - setup.left - setup.right;
    let set: Vec<SetBlock> = blocks
        .iter()
        .map(|block| set_block(block, width - block.indent))
        .collect::<Result<_>>()?;
    let pages = paginate(blocks, &set, setup);
    let mut document = krilla::Document::new();
    document.set_metadata(metadata(properties));
    let count = pages.len();
    for (number, page) in pages.iter().enumerate() {
        let settings = krilla::page::PageSettings::from_wh(setup.width, setup.height)
            .ok_or_else(|| Error::field("page", "the page size is not a size"))?;
        let mut sheet = document.start_page_with(settings);
        let mut surface = sheet.surface();
        for y in &page.rules {
            rule(
                &mut surface,
                setup.left,
                setup.width - setup.right,
                *y,
                0.6,
                Color::GREY,
            );
        }
        for placed in &page.lines {
            draw_line(
                &mut surface,
                &blocks[placed.block],
                &set[placed.block],
                placed,
                setup,
            )?;
        }
        if setup.page_numbers && count > 1 {
            let label = (number + 1).to_string();
            let label_width = plain_width(&label, SMALL)?;
            let y = setup.height - setup.bottom / 2.0;
            plain(
                &mut surface,
                &label,
                (setup.width - label_width) / 2.0,
                y,
                SMALL,
            )?;
        }
        surface.finish();
        sheet.finish();
    }
    document.finish().map_err(|e| Error::Io {
        path: format!("{}.pdf", properties.title),
        source: std::io::Error::other(e.to_string()),
    })
}

/// The blocks' lines placed on pages, top to bottom.
fn paginate(blocks: &[Block], set: &[SetBlock], setup: &PageSetup) -> Vec<Page> {
    let bottom = setup.height - setup.bottom;
    let room = bottom - setup.top;
    let mut pages = vec![Page::default()];
    let mut y = setup.top;
    for (i, (block, lines)) in blocks.iter().zip(set).enumerate() {
        let height: f32 = lines.lines.iter().map(|l| l.height).sum();
        let first = lines.lines.first().map_or(0.0, |l| l.height);
        let with_next = match (block.keep_with_next, blocks.get(i + 1), set.get(i + 1)) {
            (true, Some(next), Some(next_lines)) => {
                next.space_before + next_lines.lines.first().map_or(0.0, |l| l.height)
            }
            _ => 0.0,
        };
        let needed = match block.keep_together && height <= room {
            true => height,
            false => first,
        } + with_next;
        let at_top = |pages: &Vec<Page>| pages.last().is_none_or(|p| p.lines.is_empty());
        if !at_top(&pages) && y + block.space_before + needed > bottom {
            pages.push(Page::default());
            y = setup.top;
        }
        if !at_top(&pages) {
            y += block.space_before;
        }
        if block.rule_above {
            if let Some(page) = pages.last_mut() {
                page.rules.push(y);
            }
            y += 6.0;
        }
        for (l, line) in lines.lines.iter().enumerate() {
            if y + line.height > bottom && !at_top(&pages) {
                pages.push(Page::default());
                y = setup.top;
            }
            let baseline = y + (line.height - line.size) / 2.0 + line.size * 0.8;
            if let Some(page) = pages.last_mut() {
                page.lines.push(Placed {
                    block: i,
                    line: l,
                    baseline,
                });
            }
            y += line.height;
        }
        y += block.space_after;
    }
    pages
}

/// Draws one line of a block, with its decorations, marks and note.
fn draw_line(
    surface: &mut Surface,
    block: &Block,
    set: &SetBlock,
    placed: &Placed,
    setup: &PageSetup,
) -> Result<()> {
    let line = &set.lines[placed.line];
    let (left, right) = (setup.left, setup.width - setup.right);
    let mut x = match (block.align, set.rtl) {
        (Align::Start, false) => left + block.indent,
        (Align::Start, true) => right - block.indent - line.width,
        (Align::End, false) => right - line.width,
        (Align::End, true) => left,
        (Align::Center, _) => left + (right - left - line.width) / 2.0,
    };
    // Where each character's glyphs start, for the marks.
    let mut starts: Vec<(usize, f32)> = Vec::new();
    for piece in pieces(set, &line.range) {
        let text = &set.text[piece.range.clone()];
        let style = piece.item.style;
        let glyphs = shape(text, &piece.item.face, style.size, piece.item.rtl);
        let mut width = 0.0;
        for glyph in &glyphs {
            starts.push((piece.range.start + glyph.text.start, x + width));
            width += glyph.advance;
        }
        let drawn = for_krilla(glyphs, style.size);
        fill(surface, style.color);
        surface.draw_glyphs(
            Point::from_xy(x, placed.baseline),
            &drawn,
            piece.item.face.font.clone(),
            text,
            style.size,
            false,
        );
        decorate(surface, &style, x, x + width, placed.baseline);
        x += width;
    }
    fill(surface, Color::BLACK);
    for (offset, label) in block.marks.iter().filter(|(o, _)| line.range.contains(o)) {
        let at = starts
            .iter()
            .filter(|(start, _)| *start >= *offset && line.range.contains(start))
            .min_by_key(|(start, _)| *start);
        let Some((_, mark_x)) = at.copied() else {
            continue;
        };
        let top = placed.baseline - line.size * 0.8;
        let bar = PathBuilder::new();
        stroke_line(
            surface,
            bar,
            (mark_x - 1.0, top),
            (mark_x - 1.0, placed.baseline + line.size * 0.15),
            1.2,
            Color::GREY,
        );
        let label_width = plain_width(label, SMALL)?;
        let label_x = match set.rtl {
            true => left - 10.0 - label_width,
            false => right + 10.0,
        };
        plain(surface, label, label_x, placed.baseline, SMALL)?;
    }
    if let (0, Some(note)) = (placed.line, &block.margin_note) {
        let note_width = plain_width(note, SMALL)?;
        let note_x = match set.rtl {
            true => right + 10.0,
            false => left + block.indent - 14.0 - note_width,
        };
        plain(surface, note, note_x, placed.baseline, SMALL)?;
    }
    Ok(())
}

/// Struck or underlined words get their line.
fn decorate(surface: &mut Surface, style: &Style, from: f32, to: f32, baseline: f32) {
    let thickness = style.size * 0.06;
    if style.strike {
        let y = baseline - style.size * 0.28;
        stroke_line(
            surface,
            PathBuilder::new(),
            (from, y),
            (to, y),
            thickness,
            style.color,
        );
    }
    if style.underline {
        let y = baseline + style.size * 0.14;
        stroke_line(
            surface,
            PathBuilder::new(),
            (from, y),
            (to, y),
            thickness,
            style.color,
        );
    }
}

/// A thin rule across the text.
fn rule(surface: &mut Surface, from: f32, to: f32, y: f32, thickness: f32, color: Color) {
    stroke_line(
        surface,
        PathBuilder::new(),
        (from, y),
        (to, y),
        thickness,
        color,
    );
}

fn stroke_line(
    surface: &mut Surface,
    mut path: PathBuilder,
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
    color: Color,
) {
    path.move_to(from.0, from.1);
    path.line_to(to.0, to.1);
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

fn fill(surface: &mut Surface, color: Color) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        ..Fill::default()
    }));
}

/// A short label (a number, a time) in the Latin face, grey.
fn plain(surface: &mut Surface, text: &str, x: f32, baseline: f32, size: f32) -> Result<()> {
    let latin = face(Script::Latin, false, false)?;
    let glyphs = for_krilla(shape(text, &latin, size, false), size);
    fill(surface, Color::GREY);
    surface.draw_glyphs(
        Point::from_xy(x, baseline),
        &glyphs,
        latin.font.clone(),
        text,
        size,
        false,
    );
    fill(surface, Color::BLACK);
    Ok(())
}

/// Shaped glyphs as krilla draws them: their measures relative to the
/// font size.
fn for_krilla(glyphs: Vec<Glyph>, size: f32) -> Vec<KrillaGlyph> {
    glyphs
        .into_iter()
        .map(|g| {
            KrillaGlyph::new(
                GlyphId::new(g.id),
                g.advance / size,
                g.x_offset / size,
                g.y_offset / size,
                0.0,
                g.text,
                None,
            )
        })
        .collect()
}

fn plain_width(text: &str, size: f32) -> Result<f32> {
    let latin = face(Script::Latin, false, false)?;
    Ok(shape(text, &latin, size, false)
        .iter()
        .map(|g| g.advance)
        .sum())
}

/// The file's title, author, language and creation time.
fn metadata(properties: &Properties) -> Metadata {
    let mut metadata = Metadata::new()
        .title(properties.title.to_owned())
        .creator("Plenary".to_owned());
    if let Some(author) = properties.author {
        metadata = metadata.authors(vec![author.to_owned()]);
    }
    if let Some(language) = properties.language {
        metadata = metadata.language(language.to_owned());
    }
    let created = properties
        .created_at
        .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
        .map(|at| at.with_timezone(&chrono::Utc))
        .unwrap_or_else(chrono::Utc::now);
    metadata.creation_date(date_time(created))
}

fn date_time(at: chrono::DateTime<chrono::Utc>) -> DateTime {
    use chrono::{Datelike, Timelike};
    let small = |n: u32| u8::try_from(n).unwrap_or(0);
    DateTime::new(u16::try_from(at.year()).unwrap_or(1970))
        .month(small(at.month()))
        .day(small(at.day()))
        .hour(small(at.hour()))
        .minute(small(at.minute()))
        .second(small(at.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}
