//! What some commands return beyond the core's own types: the library's
//! location with its counts, the metadata fields with the values they
//! accept (from the core's one field list, so the UI's editor follows it), and a
//! document ready to read, with each
//! passage's Markdown rendered to HTML by the core's `render_html`, which
//! turns any raw HTML in an imported file into visible text.

use plenary_core::model::{Document, Field, Kind, Language, LibraryStats};
use plenary_core::render::render_html;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LibraryInfo {
    /// The library file, as shown to the user.
    pub path: String,
    pub stats: LibraryStats,
    /// The metadata fields, in the order the editor shows them.
    pub fields: Vec<FieldInfo>,
    /// How many documents an earlier version imported, awaiting re-analysis.
    pub unanalysed: usize,
    /// True when the file is encrypted with a passphrase.
    pub encrypted: bool,
}

/// A metadata field as the editor shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct FieldInfo {
    pub field: Field,
    pub label: String,
    /// The values the field accepts, as (stored value, label); empty when
    /// any text is accepted.
    pub choices: Vec<(String, String)>,
}

impl FieldInfo {
    fn of(field: Field) -> Self {
        let choices = match field {
            Field::Kind => Kind::ALL
                .iter()
                .map(|k| (k.name().to_owned(), k.name().to_owned()))
                .collect(),
            Field::Language => Language::ALL
                .iter()
                .map(|l| (l.code().to_owned(), l.english_name().to_owned()))
                .collect(),
            _ => Vec::new(),
        };
        FieldInfo {
            field,
            label: field.label().to_owned(),
            choices,
        }
    }
}

impl LibraryInfo {
    pub fn new(path: String, stats: LibraryStats, unanalysed: usize, encrypted: bool) -> Self {
        LibraryInfo {
            path,
            stats,
            unanalysed,
            encrypted,
            fields: Field::ALL.iter().copied().map(FieldInfo::of).collect(),
        }
    }
}

/// A document and the HTML of its passages, in the same order.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Reading {
    pub document: Document,
    pub passage_html: Vec<String>,
}

impl From<Document> for Reading {
    fn from(document: Document) -> Self {
        let passage_html = document
            .passages
            .iter()
            .map(|p| render_html(&p.markdown))
            .collect();
        Reading {
            document,
            passage_html,
        }
    }
}
