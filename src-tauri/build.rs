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
    ];
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    tauri_build::try_build(attributes).expect("tauri build script");
}
