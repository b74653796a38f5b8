//! Talking points in the window: listed by words, pillar or session,
//! saved and deleted. Each command is a
//! short adapter: take the library, call one core method, convert the
//! error.

use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{TalkingPoint, TalkingPointInput};
use tauri::State;

#[tauri::command]
pub async fn list_points(
    query: Option<String>,
    pillar: Option<String>,
    session: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Vec<TalkingPoint>, ApiError> {
    librarian
        .run(move |library| {
            library.talking_points(query.as_deref(), pillar.as_deref(), session.as_deref())
        })
        .await
}

#[tauri::command]
pub async fn save_point(
    point: TalkingPointInput,
    librarian: State<'_, Librarian>,
) -> Result<TalkingPoint, ApiError> {
    librarian
        .run(move |library| library.save_talking_point(&point))
        .await
}

#[tauri::command]
pub async fn delete_point(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_talking_point(id))
        .await
}
