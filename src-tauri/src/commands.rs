//! The commands the UI calls, each a short adapter: take the library, call
//! one core method, convert the error. They are `async` and hand the work to
//! the librarian's blocking pool, so the window never freezes. A long import
//! reports its progress over a `Channel`, one message per file.

use crate::error::{ApiError, ShellErrorKind};
use crate::librarian::Librarian;
use crate::views::{LibraryInfo, Reading};
use plenary_core::import::{ImportProgress, ImportReport, ReanalysisReport};
use plenary_core::model::{DocumentSummary, Filter, Layout};
use plenary_core::reuse::ReuseMap;
use plenary_core::search::{ConcordanceLine, SearchOptions, SearchResults};
use plenary_core::Library;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

/// When set, names a file whose lines are the paths `pick_import_paths`
/// answers with, read afresh at every call, instead of showing a dialog,
/// which WebDriver cannot drive. Everything after the dialog (the import
/// command, its progress and its report) is the same; the end-to-end tests
/// use it.
const PICKS_HOOK: &str = "PLENARY_TEST_PICKS";

#[tauri::command]
pub async fn library_info(librarian: State<'_, Librarian>) -> Result<LibraryInfo, ApiError> {
    let path = librarian.path().display().to_string();
    let file = librarian.path().to_path_buf();
    let (stats, unanalysed, encrypted) = librarian
        .run(move |library| {
            let unanalysed = library.unanalysed_documents()?.len();
            Ok((library.stats()?, unanalysed, Library::is_encrypted(&file)?))
        })
        .await?;
    Ok(LibraryInfo::new(path, stats, unanalysed, encrypted))
}

#[tauri::command]
pub async fn list_documents(
    filter: Filter,
    librarian: State<'_, Librarian>,
) -> Result<Vec<DocumentSummary>, ApiError> {
    librarian
        .run(move |library| library.documents(&filter))
        .await
}

#[tauri::command]
pub async fn open_document(id: i64, librarian: State<'_, Librarian>) -> Result<Reading, ApiError> {
    librarian
        .run(move |library| library.document(id).map(Reading::from))
        .await
}

/// For each passage of a document: its earlier sources (with scores and
/// word diffs) and the later passages that reused it.
#[tauri::command]
pub async fn reuse_map(id: i64, librarian: State<'_, Librarian>) -> Result<ReuseMap, ApiError> {
    librarian.run(move |library| library.reuse_map(id)).await
}

#[tauri::command]
pub async fn update_metadata(
    id: i64,
    field: String,
    value: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<DocumentSummary, ApiError> {
    librarian
        .run(move |library| library.update_metadata(id, &field, value.as_deref()))
        .await
}

/// Cuts a document into paragraphs again in the layout its user chose.
#[tauri::command]
pub async fn set_layout(
    id: i64,
    layout: Layout,
    librarian: State<'_, Librarian>,
) -> Result<Reading, ApiError> {
    librarian
        .run(move |library| library.set_layout(id, layout.as_str()).map(Reading::from))
        .await
}

/// Analyses documents again from their text (every document when `ids`
/// is empty), keeping hand corrections and chosen layouts.
#[tauri::command]
pub async fn reanalyse(
    ids: Vec<i64>,
    librarian: State<'_, Librarian>,
) -> Result<ReanalysisReport, ApiError> {
    librarian.run(move |library| library.reanalyse(&ids)).await
}

#[tauri::command]
pub async fn search(
    query: String,
    filter: Filter,
    librarian: State<'_, Librarian>,
) -> Result<SearchResults, ApiError> {
    librarian
        .run(move |library| library.search(&query, &filter, SearchOptions::default()))
        .await
}

#[tauri::command]
pub async fn concordance(
    phrase: String,
    filter: Filter,
    librarian: State<'_, Librarian>,
) -> Result<Vec<ConcordanceLine>, ApiError> {
    librarian
        .run(move |library| library.concordance(&phrase, &filter))
        .await
}

/// Asks the user for files (or one folder) to import; empty when cancelled.
#[tauri::command]
pub async fn pick_import_paths(folder: bool, app: AppHandle) -> Result<Vec<PathBuf>, ApiError> {
    if let Some(picks) = std::env::var_os(PICKS_HOOK) {
        let listed = std::fs::read_to_string(&picks)
            .map_err(|e| ApiError::new(ShellErrorKind::Dialog, format!("{PICKS_HOOK}: {e}")))?;
        return Ok(listed
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(PathBuf::from)
            .collect());
    }
    let dialog = app.dialog().file().set_title(if folder {
        "Import a folder"
    } else {
        "Import documents"
    });
    let picked = tauri::async_runtime::spawn_blocking(move || match folder {
        true => dialog.blocking_pick_folder().into_iter().collect(),
        false => dialog
            .add_filter(
                "Statements",
                &[
                    "md", "markdown", "txt", "text", "docx", "html", "htm", "pdf",
                ],
            )
            .blocking_pick_files()
            .unwrap_or_default(),
    })
    .await?;
    let paths = picked
        .into_iter()
        .map(|p| p.into_path())
        .collect::<Result<_, _>>();
    paths.map_err(|e| {
        ApiError::new(
            ShellErrorKind::Dialog,
            format!("the chosen location cannot be read as a path: {e}"),
        )
    })
}

#[tauri::command]
pub async fn import_paths(
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
    librarian: State<'_, Librarian>,
) -> Result<ImportReport, ApiError> {
    librarian
        .run(move |library| {
            // A closed window stops listening; the import itself goes on.
            library.import_paths(&paths, |progress| {
                let _ = on_progress.send(progress.clone());
            })
        })
        .await
}

/// Imports the demo library shipped with the app (`assets/samples/`).
#[tauri::command]
pub async fn import_samples(
    on_progress: Channel<ImportProgress>,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<ImportReport, ApiError> {
    let samples = app
        .path()
        .resolve("samples", tauri::path::BaseDirectory::Resource)?;
    import_paths(vec![samples], on_progress, librarian).await
}

/// The UI calls this once its first view is on screen. With
/// `PLENARY_STARTUP_PROBE` set (by the start-up bench), the shell prints a
/// line the bench waits for; otherwise it does nothing.
#[tauri::command(async)]
pub fn library_shown(documents: usize) {
    if std::env::var_os("PLENARY_STARTUP_PROBE").is_some() {
        println!("plenary-startup: library view shown with {documents} documents");
    }
}
