//! Agreed language and positions in the window: marking a document as an
//! agreed text in the reader, checking a draft against the agreed texts in
//! the studio, a position's timeline and who else says a passage. Each is
//! a short adapter like those in `commands`.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::agreed::{CheckedSpan, PassageCheck};
use plenary_core::model::AgreedText;
use plenary_core::positions::PositionTimeline;
use plenary_core::reuse::ReuseMatch;
use tauri::State;

/// How many other speakers' passages "who else says this" lists.
const OTHERS: usize = 10;

#[tauri::command]
pub async fn agreed_texts(librarian: State<'_, Librarian>) -> Result<Vec<AgreedText>, ApiError> {
    librarian.run(|library| library.agreed_texts()).await
}

/// A document's agreed mark, if it has one.
#[tauri::command]
pub async fn agreed_text(
    document_id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Option<AgreedText>, ApiError> {
    librarian
        .run(move |library| library.agreed_text(document_id))
        .await
}

#[tauri::command]
pub async fn mark_agreed(
    document_id: i64,
    symbol: String,
    librarian: State<'_, Librarian>,
) -> Result<AgreedText, ApiError> {
    librarian
        .run(move |library| library.mark_agreed(document_id, &symbol))
        .await
}

#[tauri::command]
pub async fn unmark_agreed(
    document_id: i64,
    librarian: State<'_, Librarian>,
) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.unmark_agreed(document_id))
        .await
}

/// Every agreed, altered and new span of a draft as saved.
#[tauri::command]
pub async fn check_draft(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<CheckedSpan>, ApiError> {
    librarian.run(move |library| library.check_draft(id)).await
}

/// The passages of a document that quote or alter an agreed text.
#[tauri::command]
pub async fn check_document(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<PassageCheck>, ApiError> {
    librarian
        .run(move |library| library.check_document(id))
        .await
}

#[tauri::command]
pub async fn position_timeline(
    query: String,
    speaker: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<PositionTimeline, ApiError> {
    librarian
        .run_with_reuse(move |library| library.position_timeline(&query, speaker.as_deref()))
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
