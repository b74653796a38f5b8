//! Agreed texts: documents of the library that the user marked as language
//! all States accepted by consensus (a progress report, a General Assembly
//! resolution), each with the document symbol it is cited by.

use serde::Serialize;

/// A document marked as an agreed text.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AgreedText {
    pub document_id: i64,
    /// The symbol the text is cited by, for example "A/77/275".
    pub symbol: String,
    pub title: Option<String>,
    /// ISO 8601, when the document's date is known.
    pub date: Option<String>,
    /// RFC 3339, UTC.
    pub marked_at: String,
}
