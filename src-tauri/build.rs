//! Build script: checks that the UI has been built (the binary embeds
//! ui/dist), and declares the app's own commands so that the capability file
//! can allow exactly those and nothing else.

fn main() {
    let dist = std::path::Path::new("../ui/dist/index.html");
    if !dist.exists() {
        panic!("ui/dist is missing: build the UI first (`make ui`, or `npm ci && npm run build` in ui/)");
    }
    let commands = &[
        "library_info",
        "list_documents",
        "open_document",
        "reuse_map",
        "update_metadata",
        "set_layout",
        "reanalyse",
        "search",
        "concordance",
        "pick_import_paths",
        "import_paths",
        "import_samples",
        "library_shown",
        "settings",
        "save_settings",
        "draft_templates",
        "save_template",
        "list_drafts",
        "create_draft",
        "open_draft",
        "save_draft_body",
        "update_draft",
        "delete_draft",
        "suggest",
        "record_insertion",
        "draft_provenance",
        "draft_revisions",
        "revision_body",
        "restore_revision",
        "export_draft",
        "reading_copy",
        "deliver_draft",
        "list_points",
        "save_point",
        "delete_point",
        "pillars",
        "list_contacts",
        "save_contact",
        "delete_contact",
        "log_contact",
        "contact_log",
        "import_contacts",
        "export_contacts",
        "stale_months",
        "set_stale_months",
        "commitment_suggestions",
        "accept_suggestion",
        "dismiss_suggestion",
        "save_commitment",
        "set_commitment_status",
        "delete_commitment",
        "list_commitments",
        "commitment_detail",
        "list_sessions",
        "session_file",
        "save_session",
        "delete_session",
        "desk_agenda",
    ];
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    tauri_build::try_build(attributes).expect("tauri build script");
}
