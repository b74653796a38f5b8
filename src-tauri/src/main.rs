//! Plenary's desktop app: a Tauri window around `plenary-core`. This file
//! wires the pieces together: the library the app works on (`librarian`),
//! the dialog plugin, and the commands the UI may call, one file per
//! feature (`documents`, `drafts`, `talking_points`, `settings`, `agreed`,
//! `positions`, `contacts`, `commitments`, `sessions`, `termbase`,
//! `safekeeping`).
//! `generate_handler!` below is the one list of those commands: `build.rs`
//! reads it to declare them, and a test checks the window's capability and
//! the UI's calls against it. Everything the app knows how to do lives in
//! the core; the shell only adapts it to the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod agreed;
mod commitments;
mod contacts;
mod dialogs;
mod documents;
mod drafts;
mod error;
mod granted;
mod librarian;
mod memory;
mod positions;
mod safekeeping;
mod sessions;
mod settings;
mod talking_points;
mod termbase;
#[cfg(debug_assertions)]
mod test_hooks;
mod topics;
mod views;

use granted::Granted;
use librarian::Librarian;
use tauri::{DragDropEvent, Manager, WindowEvent};

fn main() {
    let librarian = Librarian::new(librarian::library_path());
    librarian.start_upkeep();
    librarian.keep_backing_up();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(librarian)
        .manage(Granted::default())
        // What is dropped on the window may be imported (see `granted`).
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
                window.state::<Granted>().allow(paths);
            }
        })
        .manage(contacts::PickedContactsFile::default())
        .invoke_handler(tauri::generate_handler![
            documents::library_info,
            documents::list_documents,
            documents::open_document,
            documents::reuse_map,
            documents::update_metadata,
            documents::set_layout,
            documents::reanalyse,
            documents::search,
            documents::concordance,
            documents::pick_import_paths,
            documents::import_paths,
            documents::import_samples,
            documents::library_shown,
            settings::settings,
            settings::save_settings,
            drafts::draft_templates,
            drafts::save_template,
            drafts::list_drafts,
            drafts::create_draft,
            drafts::open_draft,
            drafts::save_draft_body,
            drafts::update_draft,
            drafts::delete_draft,
            drafts::suggest,
            drafts::record_insertion,
            drafts::draft_provenance,
            drafts::draft_revisions,
            drafts::revision_body,
            drafts::restore_revision,
            drafts::export_draft,
            drafts::reading_copy,
            drafts::send_to_capital,
            drafts::clear_draft,
            drafts::changes_since_cleared,
            drafts::deliver_draft,
            talking_points::list_points,
            talking_points::save_point,
            talking_points::delete_point,
            agreed::agreed_text,
            agreed::mark_agreed,
            agreed::unmark_agreed,
            agreed::check_draft,
            agreed::check_document,
            positions::position_timeline,
            positions::who_else_says,
            contacts::list_contacts,
            contacts::save_contact,
            contacts::delete_contact,
            contacts::log_contact,
            contacts::contact_log,
            contacts::pick_contacts_file,
            contacts::preview_picked_contacts,
            contacts::import_picked_contacts,
            contacts::state_names,
            contacts::export_contacts,
            contacts::stale_months,
            contacts::set_stale_months,
            termbase::list_concepts,
            termbase::save_concept,
            termbase::delete_concept,
            termbase::import_termbase,
            termbase::export_termbase,
            termbase::term_hits,
            termbase::concept_named,
            commitments::commitment_suggestions,
            commitments::accept_suggestion,
            commitments::dismiss_suggestion,
            commitments::save_commitment,
            commitments::set_commitment_status,
            commitments::delete_commitment,
            commitments::list_commitments,
            commitments::commitment_detail,
            sessions::list_sessions,
            sessions::session_file,
            sessions::save_session,
            sessions::delete_session,
            sessions::desk_agenda,
            sessions::merge_session,
            sessions::export_calendar,
            topics::list_topics,
            topics::add_topic,
            topics::rename_topic,
            topics::delete_topic,
            topics::merge_topic,
            topics::unlisted_values,
            safekeeping::library_access,
            safekeeping::unlock_library,
            safekeeping::safekeeping,
            safekeeping::back_up_now,
            safekeeping::set_daily_backups,
            safekeeping::set_passphrase,
            safekeeping::change_passphrase,
            safekeeping::remove_passphrase,
            safekeeping::list_backups,
            safekeeping::restore_backup,
        ])
        .run(tauri::generate_context!())
        .expect("the Plenary window could not be started");
}
