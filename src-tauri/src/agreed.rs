//! Agreed language in the window: a document's agreed-text mark in the
//! reader (read, set, taken off), a draft checked against the agreed texts
//! in the studio, and the passages of a document that quote or alter one.
//! Each command is a short adapter: take the library, call one core
//! method, convert the error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::agreed::{CheckedSpan, PassageCheck};
use plenary_core::model::AgreedText;
use tauri::State;

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
