//! The desktop shell's security configuration, checked from its files: the
//! commands `main.rs` registers are the `#[tauri::command]` functions, and
//! `build.rs` declares them by reading that same list; the window's
//! capability allows exactly those plus the few core events it listens to;
//! the UI (`ui/src/lib/backend.ts`) calls every one of them and no other;
//! no plugin permission the app does not use, and no remote origin; the
//! content security policy loads nothing from the network and runs no
//! inline script. The test lives in the core so it runs without building
//! Tauri.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn shell() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri")
}

fn read(relative: &str) -> String {
    let path = shell().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(relative: &str) -> Value {
    serde_json::from_str(&read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The text between `open` and the first `close` after it.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).unwrap_or_else(|| panic!("no {open:?}")) + open.len();
    let end = text[start..]
        .find(close)
        .unwrap_or_else(|| panic!("no {close:?}"));
    &text[start..start + end]
}

/// The commands `main.rs` hands to `generate_handler!`, by function name.
fn registered_commands() -> BTreeSet<String> {
    between(&read("src/main.rs"), "generate_handler![", "]")
        .split(',')
        .map(|path| path.trim().rsplit("::").next().unwrap_or("").to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

/// Every function marked `#[tauri::command]` in the shell's sources.
fn defined_commands() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(shell().join("src")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (at, _) in source.match_indices("#[tauri::command") {
            let rest = &source[at..];
            let after_fn = &rest[rest.find("fn ").expect("a command function") + 3..];
            let name: String = after_fn
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.insert(name);
        }
    }
    names
}

/// The commands the UI calls: the name in each `call<…>("name", …)` of
/// `ui/src/lib/backend.ts`, the one module that talks to the shell.
fn called_commands() -> BTreeSet<String> {
    let path = shell().join("../ui/src/lib/backend.ts");
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut names = BTreeSet::new();
    for (at, _) in source.match_indices("call<") {
        // Past the type argument, which may hold `<…>` of its own.
        let mut depth = 0;
        let rest = &source[at + "call".len()..];
        let Some(end) = rest.char_indices().find_map(|(i, c)| {
            depth += match c {
                '<' => 1,
                '>' => -1,
                _ => 0,
            };
            (depth == 0).then_some(i + 1)
        }) else {
            continue;
        };
        if let Some(quoted) = rest[end..].strip_prefix("(\"") {
            let name = &quoted[..quoted.find('"').expect("a closing quote")];
            names.insert(name.to_owned());
        }
    }
    names
}

fn capability_files() -> Vec<(String, Value)> {
    let mut files: Vec<(String, Value)> = std::fs::read_dir(shell().join("capabilities"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .map(|name| {
            let value = json(&format!("capabilities/{name}"));
            (name, value)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The events API the drag-and-drop listener needs: the only core
/// permissions the window holds.
const CORE_PERMISSIONS: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];

#[test]
fn every_registered_command_is_defined_declared_allowed_and_called_and_nothing_else() {
    let registered = registered_commands();
    assert!(
        registered.len() > 10,
        "generate_handler! not found: {registered:?}"
    );
    assert_eq!(
        defined_commands(),
        registered,
        "#[tauri::command] functions vs main.rs"
    );
    // build.rs declares what main.rs registers by reading it: it keeps no
    // list of its own to fall out of step.
    let build = read("build.rs");
    assert!(
        build.contains("generate_handler!["),
        "build.rs no longer reads main.rs's generate_handler! list"
    );
    let listed: Vec<&String> = registered
        .iter()
        .filter(|name| build.contains(&format!("\"{name}\"")))
        .collect();
    assert!(
        listed.is_empty(),
        "build.rs lists commands itself: {listed:?}"
    );

    let expected: BTreeSet<String> = registered
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .chain(CORE_PERMISSIONS.iter().map(|p| p.to_string()))
        .collect();
    let mut allowed = BTreeSet::new();
    for (name, capability) in capability_files() {
        for permission in capability["permissions"].as_array().unwrap() {
            let permission = permission
                .as_str()
                .unwrap_or_else(|| panic!("{name}: a permission with scopes: {permission}"));
            allowed.insert(permission.to_owned());
        }
    }
    assert_eq!(allowed, expected, "capabilities vs the registered commands");

    let called = called_commands();
    let never_called: Vec<&String> = registered.difference(&called).collect();
    let not_allowed: Vec<&String> = called.difference(&registered).collect();
    assert!(
        never_called.is_empty(),
        "commands the UI never calls (remove them, or call them in backend.ts): {never_called:?}"
    );
    assert!(
        not_allowed.is_empty(),
        "backend.ts calls commands the shell does not register: {not_allowed:?}"
    );
}

#[test]
fn no_capability_reaches_a_remote_origin_or_another_window() {
    let config = json("tauri.conf.json");
    let listed: BTreeSet<&str> = config["app"]["security"]["capabilities"]
        .as_array()
        .expect("capabilities listed by name in tauri.conf.json")
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let files = capability_files();
    assert!(!files.is_empty());
    for (name, capability) in &files {
        assert!(
            capability.get("remote").is_none(),
            "{name} grants remote IPC access"
        );
        assert_eq!(capability["windows"], serde_json::json!(["main"]), "{name}");
        let identifier = capability["identifier"].as_str().unwrap();
        assert!(
            listed.contains(identifier),
            "{name} is not listed in tauri.conf.json"
        );
        for platform in capability["platforms"].as_array().into_iter().flatten() {
            assert_ne!(platform, "android", "{name}");
        }
    }
    assert_eq!(
        listed.len(),
        files.len(),
        "a capability listed without a file"
    );
}

#[test]
fn plugins_are_only_those_in_use_and_the_page_holds_none_of_their_permissions() {
    let main = read("src/main.rs");
    let plugins: Vec<&str> = main
        .match_indices(".plugin(")
        .map(|(at, _)| between(&main[at..], ".plugin(", "::init"))
        .collect();
    assert_eq!(
        plugins,
        ["tauri_plugin_dialog"],
        "plugins registered in main.rs"
    );
    let manifest = read("Cargo.toml");
    let dependencies: Vec<&str> = manifest
        .lines()
        .filter_map(|line| line.split_once(['.', ' ', '=']).map(|(name, _)| name))
        .filter(|name| name.starts_with("tauri-plugin-"))
        .collect();
    assert_eq!(
        dependencies,
        ["tauri-plugin-dialog"],
        "plugin crates in Cargo.toml"
    );
    // The dialog is opened from Rust, so no `dialog:` permission reaches the page.
    for (name, capability) in capability_files() {
        for permission in capability["permissions"].as_array().unwrap() {
            let permission = permission.as_str().unwrap_or("");
            assert!(!permission.starts_with("dialog:"), "{name}: {permission}");
        }
    }
}

/// The sources each CSP directive may name: the app's own files, `data:`
/// images, and the IPC channel (the custom protocol, or its localhost form
/// on platforms that lack custom protocols).
fn allowed_source(directive: &str, source: &str) -> bool {
    match source {
        "'self'" | "'none'" => true,
        "data:" => directive == "img-src",
        "ipc:" | "http://ipc.localhost" => directive == "connect-src",
        _ => false,
    }
}

#[test]
fn the_content_security_policy_forbids_remote_sources_and_inline_script() {
    let config = json("tauri.conf.json");
    let security = &config["app"]["security"];
    let csp = security["csp"].as_object().expect("the CSP as an object");
    for directive in [
        "default-src",
        "script-src",
        "style-src",
        "connect-src",
        "object-src",
    ] {
        assert!(csp.contains_key(directive), "the CSP sets no {directive}");
    }
    for (directive, sources) in csp {
        for source in sources.as_str().unwrap().split_whitespace() {
            assert!(
                allowed_source(directive, source),
                "{directive} allows {source}: the CSP must name no remote source, \
                 wildcard, unsafe-inline or unsafe-eval"
            );
        }
    }
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["script-src"], "'self'");
    // Tauri adds its script and style nonces and hashes only when left on.
    assert!(security
        .get("dangerousDisableAssetCspModification")
        .is_none());
    assert!(security.get("devCsp").is_none());
    assert!(security.get("assetProtocol").is_none());
    assert_eq!(config["app"]["withGlobalTauri"], false);
    assert!(config["build"].get("devUrl").is_none(), "a dev server URL");
    for window in config["app"]["windows"].as_array().unwrap() {
        assert!(
            window.get("url").is_none(),
            "a window loading a URL: {window}"
        );
    }
}
