//! The library rewritten while another Plenary has it open, as when the
//! window is left open all week and someone runs a command: `encrypt`,
//! `decrypt`, `passphrase change` and `restore` refuse ("the library is
//! open in another Plenary (window or command); close it first") and change
//! nothing, and the other process's write, made afterwards, is in the
//! library (none is lost); `backup` only reads, so it runs, and the write
//! after it is kept too. The other process is a `plenary draft write` that
//! has opened the library and waits for its text on a named pipe.

#![cfg(unix)]

mod common;

use common::{code, ok, plenary_unlocked as plenary, Holder};
use std::path::{Path, PathBuf};
use std::process::Output;

const PASSPHRASE: &str = "open elsewhere passphrase";
const REFUSAL: &str = "the library is open in another Plenary (window or command); close it first";

/// A library with one statement and one draft; the draft's id.
fn library_with_a_draft(dir: &Path) -> (PathBuf, String) {
    let library = dir.join("library.db");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("kenya.md"),
        "Statement by Kenya\n\nMr. Chair,\n\nKenya supports the programme of action.\n",
    )
    .unwrap();
    ok(&plenary(
        &library,
        None,
        &["import", input.to_str().unwrap()],
    ));
    let created = ok(&plenary(
        &library,
        None,
        &["draft", "new", "--title", "Held open", "--json"],
    ));
    let created: serde_json::Value = serde_json::from_str(&created).unwrap();
    let id = created["summary"]["id"].as_i64().unwrap().to_string();
    (library, id)
}

fn draft_body(library: &Path, passphrase: Option<&str>, id: &str) -> String {
    let shown = ok(&plenary(
        library,
        passphrase,
        &["draft", "show", id, "--json"],
    ));
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    shown["body"].as_str().unwrap().to_owned()
}

/// Runs `rewrite` (with `passphrase`) while a holder has the library
/// open (unlocked with `held_with`); the rewrite must refuse with the
/// refusal above (exit code 7) unless `allowed`; then the holder writes its
/// draft, and the write must be in the library.
fn while_held(
    library: &Path,
    id: &str,
    held_with: Option<&str>,
    passphrase: Option<&str>,
    rewrite: &[&str],
    allowed: bool,
) -> Output {
    let holder = Holder::start(library, held_with, id);
    let out = plenary(library, passphrase, rewrite);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if allowed {
        ok(&out);
    } else {
        assert_eq!(code(&out), 7, "{rewrite:?} was not refused: {stderr}");
        assert!(stderr.contains(REFUSAL), "{rewrite:?}: {stderr}");
    }
    let body = format!("Written after `{}`, while it ran.\n", rewrite.join(" "));
    let held = holder.finish(&body);
    ok(&held);
    let stored = draft_body(library, held_with, id);
    assert_eq!(
        stored.trim(),
        body.trim(),
        "the write made after {rewrite:?} was lost"
    );
    out
}

#[test]
fn a_backup_runs_while_another_plenary_has_the_library_open_and_no_write_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (library, id) = library_with_a_draft(dir.path());
    let out = while_held(&library, &id, None, None, &["backup"], true);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let backup = stdout.trim().strip_prefix("backed up to ").unwrap();
    ok(&plenary(Path::new(backup), None, &["stats"]));
}

#[test]
fn a_restore_is_refused_while_another_plenary_has_the_library_open() {
    let dir = tempfile::tempdir().unwrap();
    let (library, id) = library_with_a_draft(dir.path());
    let out = ok(&plenary(&library, None, &["backup"]));
    let backup = out.trim().strip_prefix("backed up to ").unwrap();
    while_held(&library, &id, None, None, &["restore", backup], false);
    assert!(!library_has_kept_aside(dir.path()), "nothing was replaced");
}

#[test]
fn an_encryption_is_refused_while_another_plenary_has_the_library_open() {
    let dir = tempfile::tempdir().unwrap();
    let (library, id) = library_with_a_draft(dir.path());
    while_held(&library, &id, None, Some(PASSPHRASE), &["encrypt"], false);
    assert!(!plenary_core::Library::is_encrypted(&library).unwrap());
}

#[test]
fn a_decryption_is_refused_while_another_plenary_has_the_library_open() {
    let dir = tempfile::tempdir().unwrap();
    let (library, id) = library_with_a_draft(dir.path());
    let pass = Some(PASSPHRASE);
    ok(&plenary(&library, pass, &["encrypt"]));
    while_held(&library, &id, pass, pass, &["decrypt"], false);
    assert!(plenary_core::Library::is_encrypted(&library).unwrap());
}

#[test]
fn a_passphrase_change_is_refused_while_another_plenary_has_the_library_open() {
    let dir = tempfile::tempdir().unwrap();
    let (library, id) = library_with_a_draft(dir.path());
    let pass = Some(PASSPHRASE);
    ok(&plenary(&library, pass, &["encrypt"]));
    let new_file = dir.path().join("new-passphrase");
    std::fs::write(&new_file, "a second passphrase\n").unwrap();
    let change = [
        "passphrase",
        "change",
        "--new-passphrase-file",
        new_file.to_str().unwrap(),
    ];
    while_held(&library, &id, pass, pass, &change, false);
    ok(&plenary(&library, pass, &["stats"]));
}

fn library_has_kept_aside(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".replaced-")
    })
}
