//! The shape of the code, checked: the core's top-level modules use only
//! the layers below their own and never each other in a circle; SQL lives
//! only in `store/`; and every path `docs/ARCHITECTURE.md` names exists.
//! These read the source tree as text, the way a newcomer would.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn core_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Each top-level module of the core and its layer; `lib` is the facade,
/// with the drafting studio's half of it in `drafting.rs` and the desk
/// officer's in `deskwork.rs`, backups in `safekeeping.rs`.
const LAYERS: &[(&str, u8)] = &[
    ("model", 1),
    ("text", 2),
    ("store", 3),
    ("import", 4),
    ("search", 4),
    ("reuse", 4),
    ("render", 4),
    ("draft", 4),
    ("desk", 4),
    ("agreed", 4),
    ("positions", 4),
    ("lib", 5),
    ("drafting", 5),
    ("deskwork", 5),
    ("consensus", 5),
    ("commitwork", 5),
    ("safekeeping", 5),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to.
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(core_src()).unwrap();
    let first = relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The top-level modules a source text names through `crate::` paths,
/// including grouped ones (`crate::{model::X, store::Y}`); an item of the
/// crate's root counts as `lib`.
fn modules_used(source: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group[..group.find('}').unwrap_or(0)]
                .split(',')
                .map(str::trim)
                .collect(),
            None => vec![rest],
        };
        for name in names {
            let module: String = name
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // An item of the crate's root (`crate::Library`) is the facade's.
            if module.starts_with(|c: char| c.is_ascii_uppercase()) {
                used.insert("lib".to_owned());
            } else if !module.is_empty() {
                used.insert(module);
            }
        }
    }
    used
}

#[test]
fn layers_are_used_downwards_and_without_cycles() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&core_src(), &mut files);
    let mut edges: BTreeSet<(String, String)> = BTreeSet::new();
    let mut upward = Vec::new();
    for file in &files {
        let from = module_of(file);
        let from_layer = *layer.get(from.as_str()).unwrap_or_else(|| {
            panic!("{from} has no layer: add it to LAYERS and docs/ARCHITECTURE.md")
        });
        for to in modules_used(&std::fs::read_to_string(file).unwrap()) {
            if to == from {
                continue;
            }
            let to_layer = *layer.get(to.as_str()).unwrap_or_else(|| {
                panic!("{} uses crate::{to}, which has no layer", file.display())
            });
            if to_layer > from_layer {
                upward.push(format!(
                    "{} (layer {from_layer}) uses {to} (layer {to_layer})",
                    file.display()
                ));
            }
            edges.insert((from.clone(), to));
        }
    }
    assert!(
        upward.is_empty(),
        "modules use layers above their own:\n{}",
        upward.join("\n")
    );
    // A cycle: a module that reaches itself along the edges.
    for (start, _) in LAYERS {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&str> = vec![start];
        while let Some(at) = stack.pop() {
            for (_, to) in edges.iter().filter(|(from, _)| from == at) {
                assert_ne!(
                    to, start,
                    "{start} reaches itself through its uses: {edges:?}"
                );
                if seen.insert(to.as_str()) {
                    stack.push(to);
                }
            }
        }
    }
}

/// An SQL statement or the SQLite crate, written outside `store/`.
fn sql_in(source: &str) -> Vec<String> {
    const STATEMENTS: &[&str] = &[
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE ",
        "CREATE ",
        "DROP ",
        "ALTER ",
        "PRAGMA ",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT",
    ];
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| {
            line.contains("rusqlite")
                || line.split('"').skip(1).step_by(2).any(|literal| {
                    // A statement word ends the literal or is followed by a
                    // space or `;` ("BEGIN:VCARD" is a vCard, not SQL).
                    STATEMENTS.iter().any(|s| {
                        literal.trim_start().strip_prefix(s).is_some_and(|rest| {
                            s.ends_with(' ') || rest.is_empty() || rest.starts_with([' ', ';'])
                        })
                    })
                })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn sql_lives_only_in_the_store() {
    let mut files = Vec::new();
    rust_files(&core_src(), &mut files);
    rust_files(&repo().join("crates/plenary-cli/src"), &mut files);
    rust_files(&repo().join("src-tauri/src"), &mut files);
    let store = core_src().join("store");
    // The error type wraps the SQLite crate's errors, and says nothing else of it.
    let error_type = core_src().join("model/error.rs");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&store)) {
        for line in sql_in(&std::fs::read_to_string(file).unwrap()) {
            let wraps_error = *file == error_type
                && (line.contains("rusqlite::Error") || line.contains("rusqlite_migration::Error"));
            if !wraps_error {
                found.push(format!("{}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL outside store/:\n{}",
        found.join("\n")
    );
    assert!(
        !sql_in("let q = \"SELECT id FROM passages\";").is_empty(),
        "the check sees SQL"
    );
    assert!(
        !sql_in("let t = \"BEGIN\";").is_empty(),
        "the check sees BEGIN"
    );
    assert!(
        sql_in("let v = \"BEGIN:VCARD\";").is_empty(),
        "a vCard's first line is not SQL"
    );
}

#[test]
fn every_path_in_the_architecture_doc_exists() {
    let doc = std::fs::read_to_string(repo().join("docs/ARCHITECTURE.md")).unwrap();
    let mut named = Vec::new();
    for (i, part) in doc.split('`').enumerate() {
        let looks_like_path = i % 2 == 1
            && !part.contains(' ')
            && (part.contains('/') || part.ends_with(".rs") || part.ends_with(".md"))
            && !part.contains("::");
        if looks_like_path {
            named.push(part.trim_end_matches('/').to_owned());
        }
    }
    assert!(
        named.len() > 20,
        "the doc names the tree's files: {named:?}"
    );
    let missing: Vec<&String> = named
        .iter()
        .filter(|p| !repo().join(p).exists() && !core_src().join(p).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "docs/ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
    for (module, layer) in LAYERS.iter().filter(|(m, _)| *m != "lib") {
        // The layers below the facade are folders; the facade's are files.
        let path = match layer {
            5 => format!("crates/plenary-core/src/{module}.rs"),
            _ => format!("crates/plenary-core/src/{module}"),
        };
        assert!(
            named.contains(&path),
            "docs/ARCHITECTURE.md describes {path}"
        );
    }
}
