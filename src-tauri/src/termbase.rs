//! The termbase in the window: entries listed, saved and deleted, the
//! termbase imported from a TBX or CSV file or exported as either through
//! the system's dialogs (`dialogs`), the terms found in a draft (the
//! studio's term hits), and whether a query is a term (for search "in all
//! languages"). Each command is a short adapter: take the library, call
//! one core method, convert the error.

use crate::dialogs::{self, SaveAs};
use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::model::{Concept, ConceptFields, TermHit, TermbaseImportReport};
use plenary_core::termbase::TermbaseFormat;
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn list_concepts(librarian: State<'_, Librarian>) -> Result<Vec<Concept>, ApiError> {
    librarian.run(|library| library.concepts()).await
}

/// Adds an entry (`id` null) or rewrites one.
#[tauri::command]
pub async fn save_concept(
    id: Option<i64>,
    fields: ConceptFields,
    librarian: State<'_, Librarian>,
) -> Result<Concept, ApiError> {
    librarian
        .run(move |library| match id {
            Some(id) => library.edit_concept(id, &fields),
            None => library.add_concept(&fields),
        })
        .await
}

#[tauri::command]
pub async fn delete_concept(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.remove_concept(id))
        .await
}

/// Asks for a TBX or CSV file and imports it; `None` when the dialog was
/// cancelled.
#[tauri::command]
pub async fn import_termbase(
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<TermbaseImportReport>, ApiError> {
    let Some(path) = dialogs::termbase_file(&app).await? else {
        return Ok(None);
    };
    let report = librarian
        .run(move |library| library.import_termbase(&path))
        .await?;
    Ok(Some(report))
}

/// Writes the termbase as TBX or CSV where the user chooses: the path
/// written, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_termbase(
    format: String,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let format = TermbaseFormat::parse(&format)?;
    let bytes = librarian
        .run(move |library| library.export_termbase(format))
        .await?;
    let extension = format.extension();
    let offer = SaveAs::new("Export the termbase", "termbase", extension, extension);
    dialogs::save(&app, offer, bytes).await
}

/// The termbase's terms found in a draft's text.
#[tauri::command]
pub async fn term_hits(
    text: String,
    librarian: State<'_, Librarian>,
) -> Result<Vec<TermHit>, ApiError> {
    librarian.run(move |library| library.term_hits(&text)).await
}

/// The entry one of whose terms `query` is, if any.
#[tauri::command]
pub async fn concept_named(
    query: String,
    librarian: State<'_, Librarian>,
) -> Result<Option<Concept>, ApiError> {
    librarian
        .run(move |library| library.concept_named(&query))
        .await
}
