//! The Points of Contact directory in the window: entries listed, saved
//! and deleted, calls and ping tests logged, the months after which an
//! entry is stale, the States an entry may be of, and the directory
//! imported from an address book's file (CSV or vCard) or exported as CSV
//! or vCard through the system's dialogs (`dialogs`). An import has two
//! steps: `pick_contacts_file` asks for the file and answers its mapping
//! step, keeping the file picked; `import_picked_contacts` imports that
//! file, and no other, through the mapping the user confirmed. Each
//! command is a short adapter: take the library, call one core method,
//! convert the error.

use crate::dialogs::{self, SaveAs};
use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    Contact, ContactFields, ContactFilePreview, ContactImportReport, ContactLogEntry,
    ContactLogKind, ContactMapping, ContactOutcome, MappingSource, PocType,
};
use plenary_core::text::dates::parse_date;
use plenary_core::Error;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// The contacts file the user picked last, which only an import reads.
#[derive(Default)]
pub struct PickedContactsFile(Mutex<Option<PathBuf>>);

#[tauri::command]
pub async fn list_contacts(
    query: Option<String>,
    state: Option<String>,
    poc_type: Option<PocType>,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Contact>, ApiError> {
    librarian
        .run(move |library| library.contacts(query.as_deref(), state.as_deref(), poc_type))
        .await
}

/// Adds an entry (`id` null) or rewrites one.
#[tauri::command]
pub async fn save_contact(
    id: Option<i64>,
    fields: ContactFields,
    librarian: State<'_, Librarian>,
) -> Result<Contact, ApiError> {
    librarian
        .run(move |library| match id {
            Some(id) => library.edit_contact(id, &fields),
            None => library.add_contact(&fields),
        })
        .await
}

#[tauri::command]
pub async fn delete_contact(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_contact(id))
        .await
}

/// Logs a call, email or ping test made on `date` (`YYYY-MM-DD`); gives
/// back the entry, verified when it answered a call or ping test.
#[tauri::command]
pub async fn log_contact(
    id: i64,
    date: String,
    kind: ContactLogKind,
    outcome: ContactOutcome,
    note: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Contact, ApiError> {
    let date = parse_date(&date).ok_or_else(|| {
        Error::field(
            "date",
            format!("'{date}' is not a date (write 2025-06-10 or 10 June 2025)"),
        )
    })?;
    let note = note.filter(|n| !n.trim().is_empty());
    librarian
        .run(move |library| library.log_contact(id, date, kind, outcome, note.as_deref()))
        .await
}

#[tauri::command]
pub async fn contact_log(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<Vec<ContactLogEntry>, ApiError> {
    librarian.run(move |library| library.contact_log(id)).await
}

/// Asks for a contacts file (CSV or vCard) and answers its mapping step,
/// by `preset`'s headers when given; `None` when the dialog was cancelled.
#[tauri::command]
pub async fn pick_contacts_file(
    preset: Option<MappingSource>,
    app: AppHandle,
    picked: State<'_, PickedContactsFile>,
    librarian: State<'_, Librarian>,
) -> Result<Option<ContactFilePreview>, ApiError> {
    let Some(path) = dialogs::contacts_file(&app).await? else {
        return Ok(None);
    };
    let file = path.clone();
    let preview = librarian
        .run(move |library| library.preview_contacts(&file, preset))
        .await?;
    if let Ok(mut kept) = picked.0.lock() {
        *kept = Some(path);
    }
    Ok(Some(preview))
}

/// The mapping step of the file picked, again, by `preset`'s headers.
#[tauri::command]
pub async fn preview_picked_contacts(
    preset: Option<MappingSource>,
    picked: State<'_, PickedContactsFile>,
    librarian: State<'_, Librarian>,
) -> Result<ContactFilePreview, ApiError> {
    let path = picked_path(&picked)?;
    librarian
        .run(move |library| library.preview_contacts(&path, preset))
        .await
}

/// Imports the file picked through `mapping`, sending the count of
/// entries read as it goes.
#[tauri::command]
pub async fn import_picked_contacts(
    mapping: ContactMapping,
    on_progress: Channel<u64>,
    picked: State<'_, PickedContactsFile>,
    librarian: State<'_, Librarian>,
) -> Result<ContactImportReport, ApiError> {
    let path = picked_path(&picked)?;
    let on_row = every_thousand_rows(on_progress);
    librarian
        .run(move |library| library.import_contacts(&path, Some(&mapping), on_row))
        .await
}

/// The file picked, or an error when none was.
fn picked_path(picked: &PickedContactsFile) -> Result<PathBuf, ApiError> {
    picked
        .0
        .lock()
        .ok()
        .and_then(|p| p.clone())
        .ok_or_else(|| Error::field("file", "pick a contacts file first").into())
}

/// The canonical names of the States an entry may be of.
#[tauri::command]
pub async fn state_names(librarian: State<'_, Librarian>) -> Result<Vec<String>, ApiError> {
    librarian
        .run(|library| {
            Ok(library
                .state_names()
                .into_iter()
                .map(str::to_owned)
                .collect())
        })
        .await
}

/// Every thousandth row is enough for a progress line; a closed window
/// stops listening, and the import goes on.
fn every_thousand_rows(on_progress: Channel<u64>) -> impl FnMut(u64) {
    move |rows| {
        if rows % 1000 == 0 {
            let _ = on_progress.send(rows);
        }
    }
}

/// Writes the whole directory as CSV or vCard 3.0 where the user chooses:
/// the path written, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_contacts(
    format: String,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<String>, ApiError> {
    let format = ContactFormat::parse(&format)?;
    let bytes = librarian
        .run(move |library| library.export_contacts(&[], format))
        .await?;
    let extension = format.extension();
    let offer = SaveAs::new("Export the contacts", "contacts", extension, extension);
    dialogs::save(&app, offer, bytes).await
}

/// The months after which an unverified entry is flagged stale.
#[tauri::command]
pub async fn stale_months(librarian: State<'_, Librarian>) -> Result<u32, ApiError> {
    librarian
        .run(|library| library.contact_stale_months())
        .await
}

#[tauri::command]
pub async fn set_stale_months(
    months: u32,
    librarian: State<'_, Librarian>,
) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.set_contact_stale_months(months))
        .await
}
