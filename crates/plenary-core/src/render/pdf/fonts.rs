//! The fonts a PDF is set in: the system's Noto fonts, found in the
//! system's font folders by fontdb (nothing is fetched, nothing bundled):
//! Noto Serif for Latin, Cyrillic and Greek; Noto Naskh Arabic for Arabic;
//! Noto Serif CJK SC, or else Noto Sans CJK SC, for Chinese. Each face is
//! read once per process and kept for its life, so later exports reuse it.
//! A script whose font is not installed is an error naming the font and
//! its Debian package.

use crate::model::{Error, Result};
use crate::text::tokens::is_cjk;
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The scripts the fonts are chosen by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Script {
    /// Latin, Cyrillic, Greek, and the digits and signs they share.
    Latin,
    Arabic,
    /// Chinese (and Japanese kana).
    Cjk,
}

impl Script {
    /// Every script, in the order a character is looked for in them.
    pub const ALL: [Script; 3] = [Script::Latin, Script::Arabic, Script::Cjk];

    /// The script a character is written in; `None` for white space,
    /// digits, punctuation and signs, which take the font around them.
    pub fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF
                if c.is_alphabetic() =>
            {
                Some(Script::Arabic)
            }
            0x3000..=0x303F | 0xFF00..=0xFFEF => Some(Script::Cjk),
            _ if is_cjk(c) => Some(Script::Cjk),
            _ if c.is_alphabetic() => Some(Script::Latin),
            _ => None,
        }
    }

    /// The families tried, best first.
    fn families(self) -> &'static [&'static str] {
        match self {
            Script::Latin => &["Noto Serif"],
            Script::Arabic => &["Noto Naskh Arabic", "Noto Sans Arabic"],
            Script::Cjk => &["Noto Serif CJK SC", "Noto Sans CJK SC"],
        }
    }

    /// What a missing font means for a reader.
    fn missing(self) -> String {
        let (text, package) = match self {
            Script::Latin => ("Latin or Cyrillic text", "fonts-noto-core"),
            Script::Arabic => ("Arabic text", "fonts-noto-core"),
            Script::Cjk => ("Chinese text", "fonts-noto-cjk"),
        };
        format!(
            "no font for {text}: the PDF is set in {} (the {package} package); \
             install it and export again",
            self.families()[0]
        )
    }
}

/// One face, read once and kept for the life of the process.
pub(super) struct Face {
    /// For drawing: krilla embeds the glyphs used.
    pub font: krilla::text::Font,
    /// For shaping and for telling which characters it has.
    pub shaper: rustybuzz::Face<'static>,
}

impl Face {
    /// True when the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        c.is_whitespace() || self.shaper.glyph_index(c).is_some()
    }

    /// Font units per em, for scaling advances to points.
    pub fn units_per_em(&self) -> f32 {
        self.shaper.units_per_em() as f32
    }
}

/// A face's key: its script, bold, italic.
type Key = (Script, bool, bool);

/// The face of `script` in bold and italic as asked (the nearest the
/// family has: Arabic and Chinese have no italic).
pub(super) fn face(script: Script, bold: bool, italic: bool) -> Result<Arc<Face>> {
    static FACES: OnceLock<Mutex<FxHashMap<Key, Arc<Face>>>> = OnceLock::new();
    let faces = FACES.get_or_init(Default::default);
    let key = (script, bold, italic);
    if let Some(face) = faces
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .get(&key)
    {
        return Ok(face.clone());
    }
    let face = Arc::new(load(script, bold, italic)?);
    faces
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(key, face.clone());
    Ok(face)
}

/// The system's fonts, scanned once.
fn database() -> &'static fontdb::Database {
    static DATABASE: OnceLock<fontdb::Database> = OnceLock::new();
    DATABASE.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        database
    })
}

fn load(script: Script, bold: bool, italic: bool) -> Result<Face> {
    let database = database();
    let families: Vec<fontdb::Family> = script
        .families()
        .iter()
        .map(|name| fontdb::Family::Name(name))
        .collect();
    let query = fontdb::Query {
        families: &families,
        weight: match bold {
            true => fontdb::Weight::BOLD,
            false => fontdb::Weight::NORMAL,
        },
        stretch: fontdb::Stretch::Normal,
        style: match italic {
            true => fontdb::Style::Italic,
            false => fontdb::Style::Normal,
        },
    };
    let unreadable = |problem: String| Error::Io {
        path: "system fonts".to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, problem),
    };
    let id = database
        .query(&query)
        .ok_or_else(|| unreadable(script.missing()))?;
    let (data, index) = database
        .with_face_data(id, |data, index| (data.to_vec(), index))
        .ok_or_else(|| unreadable(script.missing()))?;
    // Kept for the life of the process, as every later export uses it.
    let data: &'static [u8] = Box::leak(data.into_boxed_slice());
    let damaged = || unreadable(format!("the font {} cannot be read", script.families()[0]));
    let shaper = rustybuzz::Face::from_slice(data, index).ok_or_else(damaged)?;
    let font = krilla::text::Font::new(krilla::Data::from(data), index).ok_or_else(damaged)?;
    Ok(Face { font, shaper })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_tell_their_script() {
        assert_eq!(Script::of('a'), Some(Script::Latin));
        assert_eq!(Script::of('Ж'), Some(Script::Latin));
        assert_eq!(Script::of('ب'), Some(Script::Arabic));
        assert_eq!(Script::of('我'), Some(Script::Cjk));
        assert_eq!(Script::of('。'), Some(Script::Cjk));
        for neutral in [' ', '5', ',', '،', '—', '%'] {
            assert_eq!(Script::of(neutral), None, "{neutral}");
        }
    }
}
