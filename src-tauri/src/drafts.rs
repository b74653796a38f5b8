//! The drafting studio's commands: templates, drafts (created, saved as
//! they are typed, changed, deleted), earlier language and talking points
//! suggested and inserted, each paragraph's and sentence's provenance,
//! revisions, exports (through the system's save dialog, `dialogs`), the
//! podium reading copy as a page for the window to print, clearance by
//! capital, and delivery into the library. Each is a short
//! adapter: take the library, call one core method, convert the error.

use crate::dialogs::{self, SaveAs};
use crate::error::{ApiError, ShellErrorKind};
use crate::librarian::Librarian;
use plenary_core::drafts::Suggestion;
use plenary_core::model::{
    Chair, DiffOp, Draft, DraftStart, DraftSummary, Filter, InsertionSource, Language,
    ParagraphProvenance, Revision, Template,
};
use plenary_core::render::DraftFormat;
use tauri::{AppHandle, State};

/// The templates as a new draft in `language`, to `chair`, starts from them.
#[tauri::command]
pub async fn draft_templates(
    language: Language,
    chair: Chair,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Template>, ApiError> {
    librarian
        .run(move |library| library.templates(language, chair))
        .await
}

#[tauri::command]
pub async fn save_template(
    template: Template,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Template>, ApiError> {
    librarian
        .run(move |library| library.save_template(&template))
        .await
}

#[tauri::command]
pub async fn list_drafts(librarian: State<'_, Librarian>) -> Result<Vec<DraftSummary>, ApiError> {
    librarian.run(|library| library.drafts()).await
}

#[tauri::command]
pub async fn create_draft(
    title: String,
    template: Option<String>,
    language: Language,
    chair: Chair,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| {
            let start = DraftStart {
                template: template.as_deref(),
                body: None,
                language,
                chair,
            };
            library.create_draft(&title, &start)
        })
        .await
}

#[tauri::command]
pub async fn open_draft(id: i64, librarian: State<'_, Librarian>) -> Result<Draft, ApiError> {
    librarian.run(move |library| library.draft(id)).await
}

/// Autosave.
#[tauri::command]
pub async fn save_draft_body(
    id: i64,
    body: String,
    librarian: State<'_, Librarian>,
) -> Result<DraftSummary, ApiError> {
    librarian
        .run(move |library| library.save_draft_body(id, &body))
        .await
}

#[tauri::command]
pub async fn update_draft(
    id: i64,
    field: String,
    value: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| library.update_draft(id, &field, value.as_deref()))
        .await
}

#[tauri::command]
pub async fn delete_draft(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian.run(move |library| library.delete_draft(id)).await
}

#[tauri::command]
pub async fn suggest(
    text: String,
    filter: Filter,
    k: usize,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Suggestion>, ApiError> {
    librarian
        .run_with_reuse(move |library| library.suggest(&text, &filter, k))
        .await
}

#[tauri::command]
pub async fn record_insertion(
    draft_id: i64,
    source: InsertionSource,
    text: String,
    score: Option<f64>,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| library.record_insertion(draft_id, &source, &text, score))
        .await
}

#[tauri::command]
pub async fn draft_provenance(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<ParagraphProvenance>, ApiError> {
    librarian
        .run_with_reuse(move |library| library.draft_provenance(id))
        .await
}

#[tauri::command]
pub async fn draft_revisions(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Revision>, ApiError> {
    librarian.run(move |library| library.revisions(id)).await
}

#[tauri::command]
pub async fn revision_body(
    draft_id: i64,
    revision_id: i64,
    librarian: State<'_, Librarian>,
) -> Result<String, ApiError> {
    librarian
        .run(move |library| library.revision_body(draft_id, revision_id))
        .await
}

#[tauri::command]
pub async fn restore_revision(
    draft_id: i64,
    revision_id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| library.restore_revision(draft_id, revision_id))
        .await
}

/// Exports the draft where the user chooses, under its title: the path
/// written, or `None` when the dialog was cancelled. The provenance report
/// reads the reuse index.
#[tauri::command]
pub async fn export_draft(
    id: i64,
    format: String,
    check_against_delivery: bool,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let format = DraftFormat::parse(&format)?;
    let (title, bytes) = librarian
        .run_with_reuse(move |library| {
            let title = library.draft(id)?.summary.title;
            Ok((
                title,
                library.export_draft(id, format, check_against_delivery)?,
            ))
        })
        .await?;
    let (kind, extension) = (format.as_str(), format.extension());
    let offer = SaveAs::new("Export the draft", &title, kind, extension);
    dialogs::save(&app, offer, bytes).await
}

/// The podium reading copy, as an HTML page the window prints.
#[tauri::command]
pub async fn reading_copy(id: i64, librarian: State<'_, Librarian>) -> Result<String, ApiError> {
    let bytes = librarian
        .run(move |library| library.export_draft(id, DraftFormat::Reading, false))
        .await?;
    String::from_utf8(bytes).map_err(|e| ApiError::new(ShellErrorKind::Internal, e.to_string()))
}

/// Marks the draft sent to capital for clearance.
#[tauri::command]
pub async fn send_to_capital(id: i64, librarian: State<'_, Librarian>) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| library.send_to_capital(id))
        .await
}

/// Records capital's clearance of the draft as it reads now.
#[tauri::command]
pub async fn clear_draft(id: i64, librarian: State<'_, Librarian>) -> Result<Draft, ApiError> {
    librarian.run(move |library| library.clear_draft(id)).await
}

/// What changed since capital cleared the draft, as a word diff.
#[tauri::command]
pub async fn changes_since_cleared(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<DiffOp>, ApiError> {
    librarian
        .run(move |library| library.changes_since_cleared(id))
        .await
}

/// Adds the draft to the library as a statement delivered on `date`; a
/// draft not cleared as it reads only once the user confirmed it
/// (`uncleared`).
#[tauri::command]
pub async fn deliver_draft(
    id: i64,
    date: String,
    uncleared: bool,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run_with_reuse(move |library| library.deliver_draft(id, &date, uncleared))
        .await
}
