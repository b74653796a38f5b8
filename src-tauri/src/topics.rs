//! The list of topics in the window: topics listed, added, renamed,
//! deleted and merged, and the sessions and topics that drafts, talking
//! points and commitments hold but no list does. Each command is a short
//! adapter: take the library, call one core method, convert the error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{Topic, UnlistedValue};
use tauri::State;

/// The topics, by name, with their uses.
#[tauri::command]
pub async fn list_topics(librarian: State<'_, Librarian>) -> Result<Vec<Topic>, ApiError> {
    librarian.run(|library| library.topics()).await
}

/// Adds a topic; gives back its name as kept.
#[tauri::command]
pub async fn add_topic(name: String, librarian: State<'_, Librarian>) -> Result<String, ApiError> {
    librarian.run(move |library| library.add_topic(&name)).await
}

#[tauri::command]
pub async fn rename_topic(
    from: String,
    to: String,
    librarian: State<'_, Librarian>,
) -> Result<String, ApiError> {
    librarian
        .run(move |library| library.rename_topic(&from, &to))
        .await
}

#[tauri::command]
pub async fn delete_topic(name: String, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_topic(&name))
        .await
}

/// Merges a topic, or a value on no list, into a topic of the list.
#[tauri::command]
pub async fn merge_topic(
    from: String,
    into: String,
    librarian: State<'_, Librarian>,
) -> Result<u64, ApiError> {
    librarian
        .run(move |library| library.merge_topic(&from, &into))
        .await
}

/// The sessions and topics held by drafts, points or commitments but on
/// no list.
#[tauri::command]
pub async fn unlisted_values(
    librarian: State<'_, Librarian>,
) -> Result<Vec<UnlistedValue>, ApiError> {
    librarian.run(|library| library.unlisted_values()).await
}
