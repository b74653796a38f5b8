//! The drafter's settings in the window (the delegation, words a minute,
//! how an insertion is placed), each command a short adapter: take the
//! library, call one core method, convert the error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::Settings;
use tauri::State;

#[tauri::command]
pub async fn settings(librarian: State<'_, Librarian>) -> Result<Settings, ApiError> {
    librarian.run(|library| library.settings()).await
}

#[tauri::command]
pub async fn save_settings(
    settings: Settings,
    librarian: State<'_, Librarian>,
) -> Result<Settings, ApiError> {
    librarian
        .run(move |library| library.save_settings(&settings))
        .await
}
