//! The shape of the code, checked: the core's top-level modules use only
//! the layers below their own and never each other in a circle; SQL lives
//! only in `store/`; and every path `docs/ARCHITECTURE.md` names exists.
//! These read the source tree as text, the way a newcomer would.

#[path = "architecture/graph.rs"]
mod graph;

use graph::{name, Graph, ModulePath};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn core_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Each top-level module of the core and its layer. Layer 4 holds one
/// folder per feature (documents are `import`, `search`, `reuse` and
/// `render`); `library` is the facade; `lib` is the crate's root, which
/// only declares the modules and re-exports.
const LAYERS: &[(&str, u8)] = &[
    ("model", 1),
    ("text", 2),
    ("store", 3),
    ("import", 4),
    ("search", 4),
    ("reuse", 4),
    ("render", 4),
    ("drafts", 4),
    ("talking_points", 4),
    ("agreed", 4),
    ("positions", 4),
    ("contacts", 4),
    ("commitments", 4),
    ("sessions", 4),
    ("termbase", 4),
    ("topics", 4),
    ("library", 5),
    ("lib", 6),
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

/// A crate's files by module path: `lib.rs` or `main.rs` is the root,
/// `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`.
fn crate_files(src: &Path) -> BTreeMap<ModulePath, String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src).unwrap().with_extension("");
            let mut module: ModulePath = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let last = module.last().map(String::as_str);
            let is_root = module.len() == 1 && matches!(last, Some("lib" | "main"));
            if is_root || module.len() > 1 && last == Some("mod") {
                module.pop();
            }
            (module, std::fs::read_to_string(&file).unwrap())
        })
        .collect()
}

/// The top-level module a module path belongs to; the root is `lib`.
fn top_of(module: &ModulePath) -> String {
    module.first().cloned().unwrap_or_else(|| "lib".to_owned())
}

#[test]
fn layers_are_used_downwards_and_without_cycles() {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let files = crate_files(&core_src());
    for module in files.keys() {
        let top = top_of(module);
        assert!(
            layer.contains_key(top.as_str()),
            "{top} has no layer: add it to LAYERS and docs/ARCHITECTURE.md"
        );
    }
    let mut edges: BTreeSet<(String, String)> = BTreeSet::new();
    let mut upward = Vec::new();
    for (from_file, to_file) in Graph::new(files).edges() {
        let (from, to) = (top_of(&from_file), top_of(&to_file));
        let (from_layer, to_layer) = (layer[from.as_str()], layer[to.as_str()]);
        if to_layer > from_layer {
            upward.push(format!(
                "{} (layer {from_layer}) uses {} (layer {to_layer})",
                name(&from_file),
                name(&to_file)
            ));
        }
        if from != to {
            edges.insert((from, to));
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

/// No two files of a crate use each other, directly or around a circle.
#[test]
fn no_file_reaches_itself_through_its_uses() {
    let crates = [
        core_src(),
        repo().join("crates/plenary-cli/src"),
        repo().join("crates/plenary-bench/src"),
        repo().join("src-tauri/src"),
    ];
    let mut cycles = Vec::new();
    for src in crates {
        let graph = Graph::new(crate_files(&src));
        assert!(graph.edges().len() > 5, "{} has uses", src.display());
        for cycle in graph.cycles() {
            cycles.push(format!("{}: {cycle}", src.display()));
        }
    }
    assert!(
        cycles.is_empty(),
        "files that use each other:\n{}",
        cycles.join("\n")
    );
}

/// A small crate written out as (module path, source) pairs.
fn tree(files: &[(&str, &str)]) -> Graph {
    Graph::new(
        files
            .iter()
            .map(|(module, source)| {
                let path: ModulePath = module
                    .split("::")
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned)
                    .collect();
                (path, source.to_string())
            })
            .collect(),
    )
}

/// The file graph sees every form of `use` and qualified path, follows
/// re-exports, and finds a cycle between two files.
#[test]
fn the_file_graph_finds_cycles() {
    // A sibling's item through `super::`, a grouped `crate::` path and a
    // parent's re-export: no cycle among these.
    let fine = tree(&[
        ("", "pub mod store;"),
        (
            "store",
            "mod documents; mod facets; pub use documents::Row; pub struct Store;",
        ),
        (
            "store::documents",
            "use crate::store::{facets::slug, Store}; pub struct Row;",
        ),
        ("store::facets", "use super::Store; pub fn slug() {}"),
    ]);
    assert!(fine.cycles().is_empty(), "{:?}", fine.cycles());
    assert_eq!(fine.edges().len(), 3, "{:?}", fine.edges());
    let with = |facets: &str| {
        tree(&[
            ("", "pub mod store;"),
            ("store", "mod documents; mod facets; pub struct Store;"),
            (
                "store::documents",
                "use super::facets; pub fn read() {} fn f() { facets::slug(); }",
            ),
            ("store::facets", facets),
        ])
    };
    for back in [
        "use super::documents::read;",
        "use crate::store::{documents::{self, read}};",
        "fn g() { super::documents::read(); }",
        "use super::documents as d; fn g() { d::read(); }",
        "mod tests { use super::super::documents::read; }",
    ] {
        let cycles = with(&format!("pub fn slug() {{}} {back}")).cycles();
        assert_eq!(
            cycles,
            ["store::documents -> store::facets -> store::documents"],
            "{back}"
        );
    }
    // A parent that uses its child while the child uses the parent.
    let parent = tree(&[
        (
            "",
            "mod safekeeping; pub struct Library; fn f() { safekeeping::KEPT; }",
        ),
        (
            "safekeeping",
            "use crate::Library; pub const KEPT: usize = 14;",
        ),
    ]);
    assert_eq!(parent.cycles(), ["crate -> safekeeping -> crate"]);
    // Comments and strings name no paths.
    let quiet = with(
        "pub fn slug() {} // super::documents::read\nconst S: &str = \"super::documents::read\";",
    );
    assert!(quiet.cycles().is_empty(), "{:?}", quiet.cycles());
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
            && !part.contains("::")
            && !part.contains('<');
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
    for (module, _) in LAYERS.iter().filter(|(m, _)| *m != "lib") {
        let path = format!("crates/plenary-core/src/{module}");
        assert!(
            named.contains(&path),
            "docs/ARCHITECTURE.md describes {path}"
        );
    }
}

/// The features, by the word users see, and the word their folders and
/// files carry.
const FEATURES: &[(&str, &str)] = &[
    ("documents", "documents"),
    ("drafts", "drafts"),
    ("talking points", "talking_points"),
    ("agreed language", "agreed"),
    ("positions", "positions"),
    ("contacts", "contacts"),
    ("commitments", "commitments"),
    ("sessions", "sessions"),
    ("safekeeping", "safekeeping"),
    ("termbase", "termbase"),
    ("topics", "topics"),
];

/// The layers a feature has a place at, as the table's columns name them.
const FEATURE_LAYERS: [&str; 5] = ["core", "facade", "CLI", "shell", "UI"];

/// The table "Features, layer by layer" of docs/ARCHITECTURE.md: each
/// feature's paths at each layer.
fn feature_table(doc: &str) -> BTreeMap<String, Vec<Vec<String>>> {
    let table = doc
        .split("## Features, layer by layer")
        .nth(1)
        .expect("docs/ARCHITECTURE.md has the section 'Features, layer by layer'");
    let mut rows = BTreeMap::new();
    for line in table.lines().skip_while(|l| !l.starts_with('|')) {
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells[0].starts_with("---") {
            continue;
        }
        if cells[0] == "feature" {
            assert_eq!(cells[1..], FEATURE_LAYERS, "the table's columns");
            continue;
        }
        let paths = cells[1..]
            .iter()
            .map(|cell| {
                cell.split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect()
            })
            .collect();
        rows.insert(cells[0].to_owned(), paths);
    }
    rows
}

/// A path's last part without its extension, the way a feature's word is
/// compared: `talking-points` and `talking_points.rs` are both
/// `talkingpoints`.
fn word_of(path: &str) -> String {
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path);
    let stem = last.split('.').next().unwrap_or(last);
    stem.replace(['_', '-'], "").to_lowercase()
}

#[test]
fn every_feature_has_its_folder_at_every_layer() {
    let doc = std::fs::read_to_string(repo().join("docs/ARCHITECTURE.md")).unwrap();
    let table = feature_table(&doc);
    let mut problems = Vec::new();
    for (feature, word) in FEATURES {
        let Some(layers) = table.get(*feature) else {
            problems.push(format!("no row for {feature}"));
            continue;
        };
        for (layer, paths) in FEATURE_LAYERS.iter().zip(layers) {
            for path in paths.iter().filter(|p| !repo().join(p).exists()) {
                problems.push(format!("{feature}, {layer}: {path} does not exist"));
            }
            let wanted = word.replace('_', "");
            if !paths.iter().any(|p| word_of(p) == wanted) {
                problems.push(format!(
                    "{feature}, {layer}: no folder or file named {word} among {paths:?}"
                ));
            }
        }
    }
    // Every feature's place is in the table: the capability folders, and
    // the command line's, the shell's and the UI's files and folders,
    // but for the shared pieces each layer keeps.
    let listed: BTreeSet<String> = table.values().flatten().flatten().cloned().collect();
    let places = [
        (
            "crates/plenary-core/src",
            &["model", "text", "store", "library", "lib.rs"][..],
        ),
        (
            "crates/plenary-cli/src",
            &["main.rs", "outcome.rs", "filter_args.rs", "settings.rs"][..],
        ),
        (
            "src-tauri/src",
            &[
                "main.rs",
                "librarian.rs",
                "error.rs",
                "views.rs",
                "memory.rs",
                "dialogs.rs",
                "test_hooks.rs",
                "settings.rs",
            ][..],
        ),
        (
            "ui/src",
            &[
                "lib",
                "settings",
                "App.svelte",
                "main.ts",
                "app.css",
                "vite-env.d.ts",
            ][..],
        ),
    ];
    for (folder, shared) in places {
        for entry in std::fs::read_dir(repo().join(folder)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let path = format!("{folder}/{name}");
            if !shared.contains(&name.as_str()) && !listed.contains(&path) {
                problems.push(format!(
                    "{path} is in no feature's row of docs/ARCHITECTURE.md"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check sees a missing place.
    let without_ui = doc.replace("`ui/src/contacts` |", "|");
    let contacts_ui = &feature_table(&without_ui)["contacts"][4];
    assert!(!contacts_ui.iter().any(|p| word_of(p) == "contacts"));
}
