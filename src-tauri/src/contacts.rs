//! The Points of Contact directory in the window: entries listed, saved
//! and deleted, calls and ping tests logged, the months after which an
//! entry is stale, and the directory imported from a CSV file or exported
//! as CSV or vCard through the system's dialogs (`dialogs`). Each command
//! is a short adapter: take the library, call one core method, convert the
//! error.

use crate::dialogs::{self, SaveAs};
use crate::error::ApiError;
use crate::librarian::Librarian;
use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    Contact, ContactFields, ContactImportReport, ContactLogEntry, ContactLogKind, ContactOutcome,
    PocType,
};
use plenary_core::text::dates::parse_date;
use plenary_core::Error;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

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

/// Asks for a CSV file and imports it, sending the count of rows read as
/// it goes; `None` when the dialog was cancelled.
#[tauri::command]
pub async fn import_contacts(
    on_progress: Channel<u64>,
    app: AppHandle,
    librarian: State<'_, Librarian>,
) -> Result<Option<ContactImportReport>, ApiError> {
    let Some(path) = dialogs::contacts_file(&app).await? else {
        return Ok(None);
    };
    let on_row = every_thousand_rows(on_progress);
    let report = librarian
        .run(move |library| library.import_contacts(&path, on_row))
        .await?;
    Ok(Some(report))
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
