//! The desk tools' commands, each a short adapter like those in `commands`:
//! take the library, call one core method, convert the error: the Points
//! of Contact directory, then commitments (with the suggested ones), then
//! the calendar of sessions and the home view's desk agenda.
//! `import_contacts` asks for a CSV file with the system's open dialog,
//! unless `PLENARY_TEST_IMPORT_FILE` names one; `export_contacts` asks
//! where to save, unless `PLENARY_TEST_EXPORT_DIR` names a folder (the
//! end-to-end tests, which cannot drive a dialog).

use crate::error::{ApiError, ShellErrorKind};
use crate::librarian::Librarian;
use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentStatus,
    CommitmentSuggestion, Contact, ContactFields, ContactImportReport, ContactLogEntry,
    ContactLogKind, ContactOutcome, DeskAgenda, PocType, Session, SessionFile,
};
use plenary_core::text::dates::parse_date;
use plenary_core::{Error, ErrorKind};
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// When set, names the CSV file `import_contacts` reads instead of
/// showing an open dialog.
const IMPORT_FILE_HOOK: &str = "PLENARY_TEST_IMPORT_FILE";
/// When set, names a folder `export_contacts` writes `contacts.<ext>`
/// into, instead of showing a save dialog (the same hook as `export_draft`).
const EXPORT_DIR_HOOK: &str = "PLENARY_TEST_EXPORT_DIR";

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
    let path = match std::env::var_os(IMPORT_FILE_HOOK) {
        Some(file) => PathBuf::from(file),
        None => {
            let dialog = app
                .dialog()
                .file()
                .set_title("Import contacts")
                .add_filter("CSV", &["csv", "txt"]);
            let picked =
                tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await?;
            let Some(picked) = picked else {
                return Ok(None);
            };
            picked.into_path().map_err(|e| {
                ApiError::new(
                    ShellErrorKind::Dialog,
                    format!("the chosen file cannot be read as a path: {e}"),
                )
            })?
        }
    };
    let report = librarian
        .run(move |library| {
            // Every thousandth row is enough for a progress line; a closed
            // window stops listening, and the import goes on.
            library.import_contacts(&path, |rows| {
                if rows % 1000 == 0 {
                    let _ = on_progress.send(rows);
                }
            })
        })
        .await?;
    Ok(Some(report))
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
    let extension = match format {
        ContactFormat::Csv => "csv",
        ContactFormat::Vcard => "vcf",
    };
    let bytes = librarian
        .run(move |library| library.export_contacts(&[], format))
        .await?;
    let path = match std::env::var_os(EXPORT_DIR_HOOK) {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir)
                .map_err(|e| ApiError::new(ErrorKind::Io, format!("{}: {e}", dir.display())))?;
            dir.join(format!("contacts.{extension}"))
        }
        None => {
            let dialog = app
                .dialog()
                .file()
                .set_title("Export the contacts")
                .set_file_name(format!("contacts.{extension}"))
                .add_filter(extension, &[extension]);
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

/// Sentences of the delegation's statements that read as commitments,
/// surest first.
#[tauri::command]
pub async fn commitment_suggestions(
    limit: usize,
    librarian: State<'_, Librarian>,
) -> Result<Vec<CommitmentSuggestion>, ApiError> {
    librarian
        .run(move |library| library.commitment_suggestions(limit))
        .await
}

/// Makes a suggestion a commitment linked to its passage, as suggested or
/// as `edited`.
#[tauri::command]
pub async fn accept_suggestion(
    passage_id: i64,
    sentence_index: u32,
    edited: Option<CommitmentInput>,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    librarian
        .run(move |library| library.accept_suggestion(passage_id, sentence_index, edited.as_ref()))
        .await
}

#[tauri::command]
pub async fn dismiss_suggestion(
    passage_id: i64,
    sentence_index: u32,
    librarian: State<'_, Librarian>,
) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.dismiss_suggestion(passage_id, sentence_index))
        .await
}

/// Adds a commitment (`input.id` null) or rewrites one.
#[tauri::command]
pub async fn save_commitment(
    input: CommitmentInput,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    librarian
        .run(move |library| library.save_commitment(&input))
        .await
}

/// Moves a commitment to `status`; the change is kept with its date and note.
#[tauri::command]
pub async fn set_commitment_status(
    id: i64,
    status: CommitmentStatus,
    note: Option<String>,
    librarian: State<'_, Librarian>,
) -> Result<Commitment, ApiError> {
    let note = note.filter(|n| !n.trim().is_empty());
    librarian
        .run(move |library| library.set_commitment_status(id, status, note.as_deref()))
        .await
}

#[tauri::command]
pub async fn delete_commitment(id: i64, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_commitment(id))
        .await
}

#[tauri::command]
pub async fn list_commitments(
    filter: CommitmentFilter,
    librarian: State<'_, Librarian>,
) -> Result<Vec<Commitment>, ApiError> {
    librarian
        .run(move |library| library.commitments(&filter))
        .await
}

#[tauri::command]
pub async fn commitment_detail(
    id: i64,
    librarian: State<'_, Librarian>,
) -> Result<CommitmentDetail, ApiError> {
    librarian
        .run(move |library| library.commitment_detail(id))
        .await
}

/// The calendar, by start date.
#[tauri::command]
pub async fn list_sessions(librarian: State<'_, Librarian>) -> Result<Vec<Session>, ApiError> {
    librarian.run(|library| library.sessions()).await
}

/// A session's page: its drafts, commitments due, talking points and
/// statements.
#[tauri::command]
pub async fn session_file(
    key: String,
    librarian: State<'_, Librarian>,
) -> Result<SessionFile, ApiError> {
    librarian
        .run(move |library| library.session_file(&key))
        .await
}

/// Creates a session or replaces the one of the same key.
#[tauri::command]
pub async fn save_session(
    session: Session,
    librarian: State<'_, Librarian>,
) -> Result<Session, ApiError> {
    librarian
        .run(move |library| library.save_session(&session))
        .await
}

#[tauri::command]
pub async fn delete_session(key: String, librarian: State<'_, Librarian>) -> Result<(), ApiError> {
    librarian
        .run(move |library| library.delete_session(&key))
        .await
}

/// The home view's summary: the next session and what is due before it.
#[tauri::command]
pub async fn desk_agenda(librarian: State<'_, Librarian>) -> Result<DeskAgenda, ApiError> {
    librarian.run(|library| library.desk_agenda()).await
}
