//! `plenary draft suggest`: earlier language and talking points for each
//! paragraph of a draft, best first, keeping only the paragraphs something
//! matches.

use crate::outcome::Failure;
use plenary_core::drafts::Suggestion;
use plenary_core::model::Filter;
use plenary_core::text::paragraphs::paragraphs;
use plenary_core::Library;
use serde::Serialize;

/// One paragraph of a draft with the earlier language suggested for it.
#[derive(Serialize)]
pub struct ParagraphSuggestions {
    pub index: usize,
    pub text: String,
    pub suggestions: Vec<Suggestion>,
}

/// The suggestions for each paragraph of draft `id`, `k` at most each.
pub fn by_paragraph(
    library: &Library,
    id: i64,
    filter: &Filter,
    k: usize,
) -> Result<Vec<ParagraphSuggestions>, Failure> {
    let draft = library.draft(id)?;
    let mut found = Vec::new();
    for (index, text) in paragraphs(&draft.body).into_iter().enumerate() {
        let suggestions = library.suggest(text, filter, k)?;
        if !suggestions.is_empty() {
            found.push(ParagraphSuggestions {
                index,
                text: text.to_owned(),
                suggestions,
            });
        }
    }
    Ok(found)
}
