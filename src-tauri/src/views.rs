//! What some commands return beyond the core's own types: the library's
//! location with its counts and the values metadata fields accept, and a
//! document ready to read, with each
//! passage's Markdown rendered to HTML by the core's `render_html`, which
//! turns any raw HTML in an imported file into visible text.

use plenary_core::draft::render_html;
use plenary_core::import::metadata::{KINDS, LANGUAGES};
use plenary_core::store::{Document, LibraryStats};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LibraryInfo {
    /// The library file, as shown to the user.
    pub path: String,
    pub stats: LibraryStats,
    /// The document kinds the `kind` field accepts.
    pub kinds: Vec<String>,
    /// The languages the `language` field accepts: ISO code and name.
    pub languages: Vec<(String, String)>,
}

impl LibraryInfo {
    pub fn new(path: String, stats: LibraryStats) -> Self {
        LibraryInfo {
            path,
            stats,
            kinds: KINDS.iter().map(|k| (*k).to_owned()).collect(),
            languages: LANGUAGES
                .iter()
                .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
                .collect(),
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
