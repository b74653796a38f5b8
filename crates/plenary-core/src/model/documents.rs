//! Documents and their passages as the library holds them, and the small
//! types that point into them: a passage's role, a sentence or span as a
//! byte range, and a passage's provenance.

use super::metadata::{Field, Kind, Metadata};
use serde::{Deserialize, Serialize};

/// What a paragraph does in its document. Every paragraph is kept, but only
/// `Body` is substantive: search weighs the others down and reuse never
/// reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum PassageRole {
    Body,
    Letterhead,
    Heading,
    Dateline,
    Salutation,
    Closing,
    Alignment,
    Attribution,
}

impl PassageRole {
    pub const ALL: [PassageRole; 8] = [
        PassageRole::Body,
        PassageRole::Letterhead,
        PassageRole::Heading,
        PassageRole::Dateline,
        PassageRole::Salutation,
        PassageRole::Closing,
        PassageRole::Alignment,
        PassageRole::Attribution,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PassageRole::Body => "body",
            PassageRole::Letterhead => "letterhead",
            PassageRole::Heading => "heading",
            PassageRole::Dateline => "dateline",
            PassageRole::Salutation => "salutation",
            PassageRole::Closing => "closing",
            PassageRole::Alignment => "alignment",
            PassageRole::Attribution => "attribution",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Substantive passages are the ones search ranks first and reuse reads.
    pub fn is_substantive(self) -> bool {
        self == PassageRole::Body
    }
}

/// How a document's text is cut into paragraphs (see `text::layout`):
/// chosen from its line statistics at import, or by its user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Markdown: paragraphs separated by blank lines.
    Markdown,
    /// Text copied from a web page: every line is a paragraph.
    OnePerLine,
    /// PDF text: lines of similar length; a paragraph ends on a short
    /// line, a blank line or before a numbered or bulleted line.
    HardWrapped,
    /// Long lines holding several numbered paragraphs or bullets
    /// ("… security. 2. Information …", "… • …").
    RunTogether,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::Markdown,
        Layout::OnePerLine,
        Layout::HardWrapped,
        Layout::RunTogether,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Markdown => "markdown",
            Layout::OnePerLine => "one-per-line",
            Layout::HardWrapped => "hard-wrapped",
            Layout::RunTogether => "run-together",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase().replace('_', "-");
        Self::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// A document as listed: its metadata and counts, not its text.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentSummary {
    pub id: i64,
    pub key: String,
    #[serde(flatten)]
    pub metadata: Metadata,
    pub format: String,
    pub source_path: Option<String>,
    pub word_count: i64,
    pub passage_count: i64,
    pub imported_at: String,
    pub warnings: Vec<String>,
    /// The fields a heuristic inferred from context rather than read from an
    /// explicit header or dateline: shown as inferred.
    pub inferred: Vec<Field>,
}

/// A document with its text and passages.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Document {
    #[serde(flatten)]
    pub summary: DocumentSummary,
    pub markdown: String,
    /// How its text was cut into paragraphs; `None` for a document read by
    /// a version before layouts, awaiting re-analysis.
    pub layout: Option<Layout>,
    /// True when its user chose the layout.
    pub layout_set_by_user: bool,
    pub passages: Vec<Passage>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Passage {
    pub id: i64,
    pub ordinal: i64,
    pub role: PassageRole,
    pub markdown: String,
    pub text: String,
    pub word_count: i64,
    pub sentences: Vec<Sentence>,
}

/// A sentence as a byte range of its passage's text.
#[derive(Debug, Clone, Copy, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// A byte range inside a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One run of a word diff from an earlier wording to a later one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DiffOp {
    pub op: DiffKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// Words both wordings share.
    Equal,
    /// Words only the later wording has.
    Insert,
    /// Words only the earlier wording had.
    Delete,
}

/// Where a passage comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Provenance {
    pub document_id: i64,
    pub title: Option<String>,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub kind: Option<Kind>,
    pub passage_id: i64,
    /// The paragraph number in its document.
    pub ordinal: i64,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LibraryStats {
    pub documents: i64,
    pub passages: i64,
    pub substantive_passages: i64,
    pub words: i64,
    pub speakers: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub by_kind: Vec<(String, i64)>,
    pub by_language: Vec<(String, i64)>,
}
