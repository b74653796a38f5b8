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

pub(super) fn draft<'a>(title: &'a str, body: &'a str) -> DraftForExport<'a> {
    DraftForExport {
        title,
        header: Some("Pakistan · OEWG eleventh session · Agenda item 5"),
        body,
        language: None,
        words_per_minute: 130,
        provenance: &[],
    }
}
