//! Who else says this: for a passage or a draft paragraph, the other
//! speakers' passages with the same or near wording (the reuse engine's
//! matches whose speaker is not the asker's), best score first and, among
//! equal scores, the most recent first. It tells a delegation's own
//! formula from common language, and finds its allies.

use crate::model::{Filter, Result};
use crate::reuse::{self, FindOptions, ReuseIndex, ReuseMatch};
use crate::store::Store;

/// Matches read before the asker's own are left out.
const READ: usize = 100;

/// Passages of speakers other than `own` (case aside) that match `text`,
/// at most `k`, leaving out `exclude_document`. Undated or unattributed
/// passages are listed too: who said them is for the reader to see.
pub fn who_else_says(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    own: Option<&str>,
    exclude_document: Option<i64>,
    k: usize,
) -> Result<Vec<ReuseMatch>> {
    let options = FindOptions {
        k: READ,
        exclude_document,
        ..FindOptions::default()
    };
    let is_own = |speaker: Option<&str>| match (speaker, own) {
        (Some(s), Some(o)) => s.trim().eq_ignore_ascii_case(o.trim()),
        _ => false,
    };
    let mut found: Vec<ReuseMatch> =
        reuse::find_reuse(store, index, text, &Filter::default(), options)?
            .into_iter()
            .filter(|m| !is_own(m.source.speaker.as_deref()))
            .collect();
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| b.source.date.cmp(&a.source.date))
    });
    found.truncate(k);
    Ok(found)
}
