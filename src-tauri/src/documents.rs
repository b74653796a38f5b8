//! The library's documents in the window: the library's counts, listing,
//! reading, correcting and re-cutting documents, search, concordance, the
//! reuse map, and importing files (picked in the system's dialog, dropped
//! on the window, or the demo library shipped with the app: only paths the
//! user chose this way are imported, see `granted`). Like every
//! command file, each command is a short adapter: take the library, call
//! one core method, convert the error. Commands are `async` and hand the
//! work to the librarian's blocking pool, so the window never freezes. A
//! long import reports its progress over a `Channel`, one message per file.

use crate::dialogs;
use crate::error::ApiError;
use crate::granted::Granted;
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

/// Searches passages; in `all_languages`, a termbase term followed
/// through its concept into every language.
#[tauri::command]
pub async fn search(
    query: String,
    filter: Filter,
    all_languages: Option<bool>,
    librarian: State<'_, Librarian>,
) -> Result<SearchResults, ApiError> {
    let options = SearchOptions {
        all_languages: all_languages.unwrap_or(false),
        ..SearchOptions::default()
    };
    librarian
        .run(move |library| library.search(&query, &filter, options))
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

/// Asks the user for files (or one folder) to import; empty when
/// cancelled. What is picked may then be imported.
#[tauri::command]
pub async fn pick_import_paths(
    folder: bool,
    app: AppHandle,
    granted: State<'_, Granted>,
) -> Result<Vec<PathBuf>, ApiError> {
    let picked = dialogs::import_paths(&app, folder).await?;
    granted.allow(&picked);
    Ok(picked)
}

/// Imports files and folders the user picked or dropped in this session.
#[tauri::command]
pub async fn import_paths(
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
    librarian: State<'_, Librarian>,
    granted: State<'_, Granted>,
) -> Result<ImportReport, ApiError> {
    granted.check(&paths)?;
    import(paths, on_progress, &librarian).await
}

async fn import(
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
    librarian: &Librarian,
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
    import(vec![samples], on_progress, &librarian).await
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
