//! The drafting studio's commands, each a short adapter like those in
//! `commands`: take the library, call one core method, convert the error.
//! `export_draft` asks where to save with the system's save dialog, unless
//! `PLENARY_TEST_EXPORT_DIR` names a folder to write to (the end-to-end
//! tests, which cannot drive a dialog); `reading_copy` gives the podium
//! reading copy as a page for the window to print.

use crate::error::{ApiError, ShellErrorKind};
use crate::librarian::Librarian;
use plenary_core::model::{
    Draft, DraftSummary, Filter, InsertionSource, ParagraphProvenance, Revision, Settings,
    TalkingPoint, TalkingPointInput, Template,
};
use plenary_core::render::DraftFormat;
use plenary_core::reuse::ReuseMatch;
use plenary_core::ErrorKind;
use std::path::PathBuf;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// When set, names a folder `export_draft` writes `draft-<id>.<ext>` into,
/// instead of showing a save dialog.
const EXPORT_DIR_HOOK: &str = "PLENARY_TEST_EXPORT_DIR";

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

#[tauri::command]
pub async fn draft_templates(librarian: State<'_, Librarian>) -> Result<Vec<Template>, ApiError> {
    librarian.run(|library| library.templates()).await
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
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run(move |library| library.create_draft(&title, template.as_deref(), None))
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
) -> Result<Vec<ReuseMatch>, ApiError> {
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

/// A file name made of the draft's title, without the characters file
/// systems refuse.
fn file_name(title: &str, format: DraftFormat) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .take(80)
        .collect();
    let stem = cleaned.trim().trim_matches('.');
    let stem = if stem.is_empty() { "draft" } else { stem };
    format!("{stem}.{}", format.extension())
}

/// Exports the draft where the user chooses: the path written, or `None`
/// when the dialog was cancelled.
#[tauri::command]
pub async fn export_draft(
    id: i64,
    format: String,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let format = DraftFormat::parse(&format)?;
    // The provenance report reads the reuse index.
    let (title, bytes) = librarian
        .run_with_reuse(move |library| {
            let title = library.draft(id)?.summary.title;
            Ok((title, library.export_draft(id, format)?))
        })
        .await?;
    let path = match std::env::var_os(EXPORT_DIR_HOOK) {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir)
                .map_err(|e| ApiError::new(ErrorKind::Io, format!("{}: {e}", dir.display())))?;
            dir.join(format!("draft-{id}.{}", format.extension()))
        }
        None => {
            let dialog = app
                .dialog()
                .file()
                .set_title("Export the draft")
                .set_file_name(file_name(&title, format))
                .add_filter(format.as_str(), &[format.extension()]);
            let picked =
                tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await?;
            let Some(picked) = picked else {
                return Ok(None);
            };
            picked.into_path().map_err(|e| {
                ApiError::new(
                    ShellErrorKind::Dialog,
                    format!("the chosen location cannot be written as a path: {e}"),
                )
            })?
        }
    };
    std::fs::write(&path, bytes)
        .map_err(|e| ApiError::new(ErrorKind::Io, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}

/// The podium reading copy, as an HTML page the window prints.
#[tauri::command]
pub async fn reading_copy(id: i64, librarian: State<'_, Librarian>) -> Result<String, ApiError> {
    let bytes = librarian
        .run(move |library| library.export_draft(id, DraftFormat::Reading))
        .await?;
    String::from_utf8(bytes).map_err(|e| ApiError::new(ShellErrorKind::Internal, e.to_string()))
}

/// Adds the draft to the library as a statement delivered on `date`.
#[tauri::command]
pub async fn deliver_draft(
    id: i64,
    date: String,
    librarian: State<'_, Librarian>,
) -> Result<Draft, ApiError> {
    librarian
        .run_with_reuse(move |library| library.deliver_draft(id, &date))
        .await
}

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

#[tauri::command]
pub async fn pillars(librarian: State<'_, Librarian>) -> Result<Vec<String>, ApiError> {
    librarian.run(|library| library.pillars()).await
}
