//! What the writers' tests share: a draft to export, and a check that
//! pieces of output come in order.

use super::format::DraftForExport;

/// Fails unless every piece stands in `out`, each after the one before.
pub(super) fn assert_in_order(out: &str, pieces: &[&str]) {
    let mut at = 0;
    for piece in pieces {
        let found = out[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece} after {at}: {out}"));
        at += found + piece.len();
    }
}

/// The lines above a fixture draft's text.
pub(super) const HEADING: [&str; 3] = [
    "Pakistan",
    "OEWG 2021-2025, Eleventh substantive session",
    "New York, 7 July 2025",
];

pub(super) fn draft<'a>(title: &'a str, body: &'a str) -> DraftForExport<'a> {
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    DraftForExport {
        title,
        heading: LINES.get_or_init(|| HEADING.iter().map(|l| (*l).to_owned()).collect()),
        check_against_delivery: false,
        body,
        language: None,
        words_per_minute: 130,
        provenance: &[],
        author: Some("Ayesha Khan"),
        created_at: Some("2025-07-01T09:30:00Z"),
        modified_at: Some("2025-07-06T18:05:00Z"),
    }
}
