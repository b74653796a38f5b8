//! Build script: checks that the UI has been built (the binary embeds
//! ui/dist), and declares the app's own commands so that the capability file
//! can allow exactly those and nothing else. The commands are read from the
//! one list of them, `generate_handler!` in `src/main.rs`, by the last
//! segment of each path (`documents::search` declares `search`).

use std::path::Path;

/// The names of the commands `src/main.rs` hands to `generate_handler!`.
fn registered_commands(main: &str) -> Vec<String> {
    let start = main
        .find("generate_handler![")
        .expect("src/main.rs registers its commands with generate_handler![…]")
        + "generate_handler![".len();
    let end = main[start..]
        .find(']')
        .expect("generate_handler![…] is closed in src/main.rs");
    main[start..start + end]
        .split(',')
        .filter_map(|path| path.trim().rsplit("::").next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn main() {
    let dist = Path::new("../ui/dist/index.html");
    if !dist.exists() {
        panic!("ui/dist is missing: build the UI first (`make ui`, or `npm ci && npm run build` in ui/)");
    }
    println!("cargo:rerun-if-changed=src/main.rs");
    let main = std::fs::read_to_string("src/main.rs").expect("src/main.rs can be read");
    // tauri-build keeps the names for the whole run ('static); a build
    // script runs once, so they are simply never freed.
    let commands: Vec<&'static str> = registered_commands(&main)
        .into_iter()
        .map(|name| &*name.leak())
        .collect();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands.leak()));
    tauri_build::try_build(attributes).expect("tauri build script");
}
