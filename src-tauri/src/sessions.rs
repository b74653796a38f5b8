//! The calendar of sessions in the window: sessions listed, saved,
//! deleted and merged, a session's page (its drafts, commitments due,
//! talking points and statements), the home view's agenda (the next
//! session and what is due before it), and the calendar exported as an
//! iCalendar file through the system's save dialog (`dialogs`). Each
//! command is a short adapter: take the library, call one core method,
//! convert the error.

use crate::dialogs::{self, SaveAs};
use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{DeskAgenda, Session, SessionFile};
use tauri::{AppHandle, State};

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

/// Merges a session, or a value on no list, into a session of the
/// calendar; gives back how many drafts, points and commitments changed.
#[tauri::command]
pub async fn merge_session(
    from: String,
    into: String,
    librarian: State<'_, Librarian>,
) -> Result<u64, ApiError> {
    librarian
        .run(move |library| library.merge_session(&from, &into))
        .await
}

/// Writes the sessions and the commitments' due dates as an iCalendar
/// file where the user chooses: the path written, or `None` when the
/// dialog was cancelled.
#[tauri::command]
pub async fn export_calendar(
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let bytes = librarian.run(|library| library.export_calendar()).await?;
    let offer = SaveAs::new("Export the calendar", "plenary-calendar", "Calendar", "ics");
    dialogs::save(&app, offer, bytes).await
}
