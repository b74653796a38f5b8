//! The delegation's commitments in the window: the sentences of its
//! statements suggested as commitments (accepted or dismissed), and the
//! commitments themselves, saved, moved through their statuses, listed
//! and shown with their history. Each command is a short adapter: take the
//! library, call one core method, convert the error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{
    Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentStatus,
    CommitmentSuggestion,
};
use tauri::State;

/// Sentences of the delegation's statements that read as commitments,
/// surest first.
#[tauri::command]
pub async fn commitment_suggestions(
    limit: usize,
    librarian: State<'_, Librarian>,
) -> Result<Vec<CommitmentSuggestion>, ApiError> {
    librarian
        .run(move |library| library.commitment_suggestions(limit))
        .await
}

/// Makes a suggestion a commitment linked to its passage, as suggested or
/// as `edited`.
#[tauri::command]
pub async fn accept_suggestion(
    passage_id: i64,
    sentence_index: u32,
    edited: Option<CommitmentInput>,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    librarian
        .run(move |library| library.accept_suggestion(passage_id, sentence_index, edited.as_ref()))
        .await
}

#[tauri::command]
pub async fn dismiss_suggestion(
    passage_id: i64,
    sentence_index: u32,
    librarian: State<'_, Librarian>,
) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.dismiss_suggestion(passage_id, sentence_index))
        .await
}

/// Adds a commitment (`input.id` null) or rewrites one; every field
/// changed is kept in its history, with `note` (or the note alone).
#[tauri::command]
pub async fn save_commitment(
    input: CommitmentInput,
    note: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    librarian
        .run(move |library| library.save_commitment(&input, note.as_deref()))
        .await
}

/// Moves a commitment to `status`; the change is kept with its date and note.
#[tauri::command]
pub async fn set_commitment_status(
    id: i64,
    status: CommitmentStatus,
    note: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    let note = note.filter(|n| !n.trim().is_empty());
    librarian
        .run(move |library| library.set_commitment_status(id, status, note.as_deref()))
        .await
}

#[tauri::command]
pub async fn delete_commitment(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_commitment(id))
        .await
}

#[tauri::command]
pub async fn list_commitments(
    filter: CommitmentFilter,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Commitment>, ApiError> {
    librarian
        .run(move |library| library.commitments(&filter))
        .await
}

#[tauri::command]
pub async fn commitment_detail(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<CommitmentDetail, ApiError> {
    librarian
        .run(move |library| library.commitment_detail(id))
        .await
}
