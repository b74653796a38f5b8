//! The system's file dialogs, opened from Rust so that the page holds no
//! dialog permission: the files (or the folder) to import, the file of
//! contacts (CSV or vCard) or the TBX or CSV file of termbase entries to
//! import, and where to save an export, whose bytes it then
//! writes. Each runs on the blocking pool, so the window stays live, and
//! answers nothing (`None`, or no paths) when the user cancels. In debug
//! and test builds `test_hooks` may answer instead of the dialog; release
//! builds have no such path.

use crate::error::{ApiError, ShellErrorKind};
use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, FilePath};

/// The files a statement may be imported from, by extension.
const STATEMENTS: &[&str] = &[
    "md", "markdown", "txt", "text", "docx", "html", "htm", "pdf",
];

/// What a save dialog proposes.
pub struct SaveAs<'a> {
    title: &'a str,
    file_name: String,
    /// The kind of file the dialog filters on, and its extension.
    kind: &'a str,
    extension: &'a str,
}

impl<'a> SaveAs<'a> {
    /// A dialog titled `title` proposing `stem.extension`, with the
    /// characters file systems refuse in `stem` replaced.
    pub fn new(title: &'a str, stem: &str, kind: &'a str, extension: &'a str) -> Self {
        let cleaned: String = stem
            .chars()
            .map(|c| match c {
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
                c if c.is_control() => ' ',
                c => c,
            })
            .take(80)
            .collect();
        let stem = cleaned.trim().trim_matches('.');
        let stem = if stem.is_empty() { "export" } else { stem };
        SaveAs {
            title,
            file_name: format!("{stem}.{extension}"),
            kind,
            extension,
        }
    }
}

fn path_of(picked: FilePath, problem: &str) -> Result<PathBuf, ApiError> {
    picked
        .into_path()
        .map_err(|e| ApiError::new(ShellErrorKind::Dialog, format!("the chosen {problem}: {e}")))
}

/// Files (or one folder) to import; empty when cancelled.
pub async fn import_paths(app: &AppHandle, folder: bool) -> Result<Vec<PathBuf>, ApiError> {
    #[cfg(debug_assertions)]
    if let Some(paths) = crate::test_hooks::import_paths()? {
        return Ok(paths);
    }
    let dialog = app.dialog().file().set_title(match folder {
        true => "Import a folder",
        false => "Import documents",
    });
    let picked = tauri::async_runtime::spawn_blocking(move || match folder {
        true => dialog.blocking_pick_folder().into_iter().collect(),
        false => dialog
            .add_filter("Statements", STATEMENTS)
            .blocking_pick_files()
            .unwrap_or_default(),
    })
    .await?;
    picked
        .into_iter()
        .map(|p| path_of(p, "location cannot be read as a path"))
        .collect()
}

/// A contacts file (CSV or vCard) to import; `None` when cancelled.
pub async fn contacts_file(app: &AppHandle) -> Result<Option<PathBuf>, ApiError> {
    import_file(
        app,
        "Import contacts",
        "Contacts",
        &["csv", "txt", "vcf", "vcard"],
    )
    .await
}

/// A TBX or CSV file of termbase entries to import; `None` when cancelled.
pub async fn termbase_file(app: &AppHandle) -> Result<Option<PathBuf>, ApiError> {
    import_file(
        app,
        "Import a termbase",
        "TBX or CSV",
        &["tbx", "xml", "csv"],
    )
    .await
}

/// One file to import, of the extensions given; `None` when cancelled.
async fn import_file(
    app: &AppHandle,
    title: &str,
    kind: &str,
    extensions: &[&str],
) -> Result<Option<PathBuf>, ApiError> {
    #[cfg(debug_assertions)]
    if let Some(file) = crate::test_hooks::import_file() {
        return Ok(Some(file));
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(kind, extensions);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await?;
    picked
        .map(|p| path_of(p, "file cannot be read as a path"))
        .transpose()
}

/// Asks where to save, as `offer` proposes, and writes `bytes` there: the
/// path written, or `None` when cancelled.
pub async fn save(
    app: &AppHandle,
    offer: SaveAs<'_>,
    bytes: Vec<u8>,
) -> Result<Option<String>, ApiError> {
    let path = match save_path(app, offer).await? {
        Some(path) => path,
        None => return Ok(None),
    };
    // Readable by the user alone, as everything Plenary writes.
    plenary_core::write_private(&path, &bytes)?;
    Ok(Some(path.display().to_string()))
}

async fn save_path(app: &AppHandle, offer: SaveAs<'_>) -> Result<Option<PathBuf>, ApiError> {
    #[cfg(debug_assertions)]
    if let Some(path) = crate::test_hooks::save_path(&offer.file_name)? {
        return Ok(Some(path));
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(offer.title)
        .set_file_name(offer.file_name)
        .add_filter(offer.kind, &[offer.extension]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await?;
    picked
        .map(|p| path_of(p, "location cannot be written as a path"))
        .transpose()
}
