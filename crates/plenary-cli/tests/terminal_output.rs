//! Untrusted text reaches the terminal only escaped. An imported file
//! whose text carries terminal escape sequences (ESC, BEL: a title set, the
//! screen cleared) and one whose name carries a newline that would forge a
//! line of the import report: the human output of `import`, `list`,
//! `show`, `search`, `concordance` and `draft show` holds no control
//! character but the line breaks it means, and one line per file.

#![cfg(unix)]

mod common;

use common::{code, plenary};
use std::path::Path;

const HOSTILE: &str = "Statement by Kenya\x1b]0;owned\x07\n\nMr. Chair,\n\nKenya \x1b[2J\x1b[31msupports\x07 the programme of action.\n";

/// Fails unless `out` is free of control characters other than line
/// breaks and tabs.
fn assert_clean(what: &str, out: &[u8]) {
    let text = String::from_utf8_lossy(out);
    let bad: Vec<String> = text
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(bad.is_empty(), "{what} printed {bad:?}:\n{text}");
}

fn run(library: &Path, args: &[&str]) -> String {
    let out = plenary(library, args);
    assert!(
        code(&out) == 0 || code(&out) == 3,
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean(&format!("{args:?}"), &out.stdout);
    assert_clean(&format!("{args:?} (stderr)"), &out.stderr);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn control_characters_from_imported_files_are_escaped_in_human_output() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("bell.md"), HOSTILE).unwrap();
    let forged = "x\nimported  forged.md  as document 99\n.md";
    std::fs::write(
        folder.join(forged),
        "Statement by Chile\n\nMr. Chair,\n\nChile supports the programme of action.\n",
    )
    .unwrap();
    let library = dir.path().join("library.db");

    let report = run(&library, &["import", folder.to_str().unwrap()]);
    assert_eq!(
        report.lines().count(),
        3,
        "one line per file and the summary:\n{report}"
    );
    assert!(!report.contains("\nimported  forged.md"), "{report}");
    assert!(
        report.contains("\\n"),
        "the newline is shown escaped: {report}"
    );

    let listed = run(&library, &["list"]);
    assert_eq!(
        listed.lines().count(),
        4,
        "a header, two rows, a count:\n{listed}"
    );
    for id in ["1", "2"] {
        run(&library, &["show", id]);
    }
    run(&library, &["search", "supports"]);
    run(&library, &["concordance", "supports"]);
    run(&library, &["stats"]);

    let draft = common::json(
        &library,
        &["draft", "new", "--title", "T\x1b[31m", "--json"],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let body = dir.path().join("body.md");
    std::fs::write(
        &body,
        "Mr. Chair,\x07 the delegation \x1b[5msupports\x1b[0m it.\n",
    )
    .unwrap();
    run(
        &library,
        &["draft", "write", &id, "--from-file", body.to_str().unwrap()],
    );
    run(&library, &["draft", "show", &id]);
    run(&library, &["draft", "list"]);
}
