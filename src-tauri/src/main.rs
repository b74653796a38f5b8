//! Plenary's desktop app: a Tauri window around `plenary-core`. This file
//! wires the pieces together: the library the app works on (see `librarian`),
//! the dialog plugin, and the commands the UI may call (see `commands`,
//! `drafting` for the drafting studio's, `desk` for the desk tools',
//! `agreed` for agreed language and positions, and `safekeeping` for the
//! passphrase and backups).
//! Everything the app knows how to do lives in the core; the shell only
//! adapts it to the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod agreed;
mod commands;
mod desk;
mod drafting;
mod error;
mod librarian;
mod memory;
mod safekeeping;
mod views;

use librarian::Librarian;

fn main() {
    let librarian = Librarian::new(librarian::library_path());
    librarian.start_upkeep();
    librarian.keep_backing_up();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(librarian)
        .invoke_handler(tauri::generate_handler![
            commands::library_info,
            commands::list_documents,
            commands::open_document,
            commands::reuse_map,
            commands::update_metadata,
            commands::set_layout,
            commands::reanalyse,
            commands::search,
            commands::concordance,
            commands::pick_import_paths,
            commands::import_paths,
            commands::import_samples,
            commands::library_shown,
            drafting::settings,
            drafting::save_settings,
            drafting::draft_templates,
            drafting::save_template,
            drafting::list_drafts,
            drafting::create_draft,
            drafting::open_draft,
            drafting::save_draft_body,
            drafting::update_draft,
            drafting::delete_draft,
            drafting::suggest,
            drafting::record_insertion,
            drafting::draft_provenance,
            drafting::draft_revisions,
            drafting::revision_body,
            drafting::restore_revision,
            drafting::export_draft,
            drafting::reading_copy,
            drafting::deliver_draft,
            drafting::list_points,
            drafting::save_point,
            drafting::delete_point,
            drafting::pillars,
            agreed::agreed_texts,
            agreed::agreed_text,
            agreed::mark_agreed,
            agreed::unmark_agreed,
            agreed::check_draft,
            agreed::check_document,
            agreed::position_timeline,
            agreed::who_else_says,
            desk::list_contacts,
            desk::save_contact,
            desk::delete_contact,
            desk::log_contact,
            desk::contact_log,
            desk::import_contacts,
            desk::export_contacts,
            desk::stale_months,
            desk::set_stale_months,
            desk::commitment_suggestions,
            desk::accept_suggestion,
            desk::dismiss_suggestion,
            desk::save_commitment,
            desk::set_commitment_status,
            desk::delete_commitment,
            desk::list_commitments,
            desk::commitment_detail,
            desk::list_sessions,
            desk::session_file,
            desk::save_session,
            desk::delete_session,
            desk::desk_agenda,
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
