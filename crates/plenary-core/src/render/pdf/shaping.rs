//! A block's text cut into items, each one face, one style and one
//! direction, and an item's text shaped into glyphs. A character is set in
//! the font of its script when that font has it, else in the first other
//! that does; white space, digits and punctuation stay in the font around
//! them. A character no installed font has is an error naming it.

use super::blocks::Style;
use super::fonts::{face, Face, Script};
use crate::model::{Error, Result};
use std::ops::Range;
use std::sync::Arc;

/// A stretch of a block's text in one face, style and direction.
pub(super) struct Item {
    pub range: Range<usize>,
    pub face: Arc<Face>,
    pub style: Style,
    pub rtl: bool,
}

/// One glyph, in points, with the byte range of the text it shows
/// (relative to the text shaped).
pub(super) struct Glyph {
    pub id: u32,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    pub text: Range<usize>,
}

/// Cuts `text` into items. `styles` gives each byte range its style, in
/// order and covering the text; `rtl(i)` tells whether byte `i` runs
/// right to left.
pub(super) fn itemize(
    text: &str,
    styles: &[(Range<usize>, Style)],
    rtl: impl Fn(usize) -> bool,
) -> Result<Vec<Item>> {
    let mut items: Vec<Item> = Vec::new();
    for (range, style) in styles {
        for (at, c) in text[range.clone()].char_indices() {
            let at = range.start + at;
            let current = items
                .last()
                .filter(|item| item.range.end == at && item.style == *style);
            let face = match (Script::of(c), current) {
                (None, Some(item)) if item.face.has(c) => item.face.clone(),
                (script, _) => face_for(c, script.unwrap_or(Script::Latin), style)?,
            };
            let direction = rtl(at);
            match items.last_mut() {
                Some(item)
                    if item.range.end == at
                        && item.style == *style
                        && item.rtl == direction
                        && Arc::ptr_eq(&item.face, &face) =>
                {
                    item.range.end = at + c.len_utf8()
                }
                _ => items.push(Item {
                    range: at..at + c.len_utf8(),
                    face,
                    style: *style,
                    rtl: direction,
                }),
            }
        }
    }
    Ok(items)
}

/// The face a character is set in: its script's, when that has it, else
/// the first other installed face that has it.
fn face_for(c: char, script: Script, style: &Style) -> Result<Arc<Face>> {
    let own = face(script, style.bold, style.italic)?;
    if own.has(c) {
        return Ok(own);
    }
    for other in Script::ALL.into_iter().filter(|s| *s != script) {
        if let Ok(face) = face(other, style.bold, style.italic) {
            if face.has(c) {
                return Ok(face);
            }
        }
    }
    Err(Error::field(
        "text",
        format!(
            "the PDF cannot show '{c}' (U+{:04X}): no installed font has it",
            c as u32
        ),
    ))
}

/// `text` shaped in `face` at `size` points, in visual order (right to
/// left text comes out reversed, as it is drawn).
pub(super) fn shape(text: &str, face: &Face, size: f32, rtl: bool) -> Vec<Glyph> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(match rtl {
        true => rustybuzz::Direction::RightToLeft,
        false => rustybuzz::Direction::LeftToRight,
    });
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(&face.shaper, &[], buffer);
    let scale = size / face.units_per_em();
    let mut clusters: Vec<usize> = shaped
        .glyph_infos()
        .iter()
        .map(|info| info.cluster as usize)
        .collect();
    clusters.sort_unstable();
    clusters.dedup();
    shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            let end = clusters
                .iter()
                .find(|c| **c > start)
                .copied()
                .unwrap_or(text.len());
            Glyph {
                id: info.glyph_id,
                advance: position.x_advance as f32 * scale,
                x_offset: position.x_offset as f32 * scale,
                y_offset: position.y_offset as f32 * scale,
                text: start..end,
            }
        })
        .collect()
}
