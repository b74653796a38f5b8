//! The calendar of sessions in the window: sessions listed, saved and
//! deleted, a session's page (its drafts, commitments due, talking points
//! and statements), and the home view's agenda: the next session and what
//! is due before it. Each command is a short adapter: take the library,
//! call one core method, convert the error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{DeskAgenda, Session, SessionFile};
use tauri::State;

/// The calendar, by start date.
#[tauri::command]
pub async fn list_sessions(librarian: State<'_, Librarian>) -> Result<Vec<Session>, ApiError> {
    librarian.run(|library| library.sessions()).await
}

/// A session's page: its drafts, commitments due, talking points and
/// statements.
#[tauri::command]
pub async fn session_file(
    key: String,
    librarian: State<'_, Librarian>,
) -> Result<SessionFile, ApiError> {
    librarian
        .run(move |library| library.session_file(&key))
        .await
}

/// Creates a session or replaces the one of the same key.
#[tauri::command]
pub async fn save_session(
    session: Session,
    librarian: State<'_, Librarian>,
) -> Result<Session, ApiError> {
    librarian
        .run(move |library| library.save_session(&session))
        .await
}

#[tauri::command]
pub async fn delete_session(key: String, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_session(&key))
        .await
}

/// The home view's summary: the next session and what is due before it.
#[tauri::command]
pub async fn desk_agenda(librarian: State<'_, Librarian>) -> Result<DeskAgenda, ApiError> {
    librarian.run(|library| library.desk_agenda()).await
}
