//! A position's history in the window: how the wording of a topic, phrase
//! or passage evolved, and who else says a stored passage or a draft
//! paragraph. Both read the reuse index, so they wait for the one built at
//! start (`run_with_reuse`).

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::positions::PositionTimeline;
use plenary_core::reuse::ReuseMatch;
use tauri::State;

/// How many other speakers' passages "who else says this" lists.
const OTHERS: usize = 10;

/// The timeline of `query`; in `all_languages`, a termbase term followed
/// through its concept into every language.
#[tauri::command]
pub async fn position_timeline(
    query: String,
    speaker: Option<String>,
    all_languages: Option<bool>,
    librarian: State<'_, Librarian>,
) -> Result<PositionTimeline, ApiError> {
    let all_languages = all_languages.unwrap_or(false);
    librarian
        .run_with_reuse(move |library| {
            library.position_timeline(&query, speaker.as_deref(), all_languages)
        })
        .await
}

/// Who else says a stored passage (`passage_id`) or a draft paragraph
/// (`text`).
#[tauri::command]
pub async fn who_else_says(
    passage_id: Option<i64>,
    text: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Vec<ReuseMatch>, ApiError> {
    librarian
        .run_with_reuse(move |library| match (passage_id, text) {
            (Some(id), _) => library.who_else_says_passage(id, OTHERS),
            (None, Some(text)) => library.who_else_says(&text, OTHERS),
            (None, None) => Ok(Vec::new()),
        })
        .await
}
