//! What a reuse look-up returns: an earlier passage matching (part of) a
//! query, with its score on the one scale every view shows, and the score
//! from which a match is kept as a reuse link.

use super::similarity::DiffOp;
use crate::model::{Provenance, Span};
use serde::Serialize;

/// Spans scoring at least this are stored as reuse links.
pub const REUSE_THRESHOLD: f64 = 60.0;

/// An earlier passage that matches (part of) the query.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ReuseMatch {
    pub source: Provenance,
    /// The similarity of the source's span to the query's, 0 to 100
    /// (`similarity::shown_score`: 100 only for the same text).
    pub score: f64,
    /// The matching span of the source passage, and its text.
    pub source_span: Span,
    pub source_text: String,
    /// The span of the query that matches it.
    pub query_span: Span,
    /// From the source's wording to the query's.
    pub diff: Vec<DiffOp>,
    /// True when the source sentence goes on from the words being typed:
    /// a suggestion that "continues your words". Its score is still the
    /// similarity of the whole sentence to them.
    pub continues: bool,
}

/// Stored link scores keep one decimal (shown with `shown_score`).
pub(super) fn round_score(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}
