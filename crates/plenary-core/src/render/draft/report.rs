//! The provenance report (being written).

use super::DraftForExport;

pub(super) fn html(draft: &DraftForExport) -> String {
    super::page::page(
        &draft.title_line(),
        None,
        "",
        &super::page::masthead(draft, "Provenance: "),
    )
}
