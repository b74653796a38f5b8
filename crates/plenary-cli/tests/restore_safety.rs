//! `plenary restore` given what a careless or hostile sender might give:
//! a backup with a trigger of someone else's, a dropped table, an old or a
//! future schema version, a column too many, a view, a trigger's body
//! replaced, a text file, a symbolic link. Each is refused with a reason
//! that names the file and what differs, and nothing is replaced. Restores
//! one after another keep every replaced library (their kept-aside names
//! never collide); a plain backup never silently takes the encryption off
//! an encrypted library; and a library whose restore was cut short is
//! never silently replaced by a new, empty one.

mod common;

use common::{code, json, plenary};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn import(library: &Path, dir: &Path, name: &str, state: &str) {
    let input = dir.join(format!("in-{name}"));
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join(format!("{name}.md")),
        format!("Statement by {state}\n\nMr. Chair,\n\n{state} supports the programme of action on ICT security.\n"),
    )
    .unwrap();
    let out = plenary(library, &["import", input.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}

fn documents(library: &Path) -> i64 {
    json(library, &["stats", "--json"])["documents"]
        .as_i64()
        .unwrap()
}

fn backup(library: &Path) -> PathBuf {
    let out = plenary(library, &["backup"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    PathBuf::from(stdout.trim().strip_prefix("backed up to ").unwrap())
}

/// The files beside the library that a restore leaves (kept-aside
/// libraries, copies on their way in).
fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".replaced-") || n.contains(".restoring") || n.contains(".swap"))
        .collect();
    names.sort();
    names
}

/// A copy of `backup` named `name`, changed by `sql`.
fn tampered(dir: &Path, backup: &Path, name: &str, sql: &str) -> PathBuf {
    let copy = dir.join(name);
    std::fs::copy(backup, &copy).unwrap();
    let conn = Connection::open(&copy).unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    copy
}

#[test]
fn hostile_and_unusable_backups_are_refused_with_a_reason_and_nothing_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import(&library, dir.path(), "kenya", "Kenya");
    let good = backup(&library);
    import(&library, dir.path(), "chile", "Chile");
    let received = dir.path().join("received");
    std::fs::create_dir_all(&received).unwrap();

    let cases: Vec<(PathBuf, &str)> = vec![
        (
            tampered(
                &received,
                &good,
                "trigger.db",
                "CREATE TRIGGER wipe AFTER INSERT ON contacts BEGIN DELETE FROM documents; END;",
            ),
            "trigger wipe",
        ),
        (
            tampered(
                &received,
                &good,
                "replaced-trigger.db",
                "DROP TRIGGER passages_ad; \
                 CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN DELETE FROM documents; END;",
            ),
            "trigger passages_ad",
        ),
        (
            tampered(
                &received,
                &good,
                "dropped.db",
                "DROP TABLE contact_log; DROP TABLE contacts;",
            ),
            "table contacts",
        ),
        (
            tampered(&received, &good, "old.db", "PRAGMA user_version = 3;"),
            "schema 3",
        ),
        (
            tampered(&received, &good, "future.db", "PRAGMA user_version = 99;"),
            "schema 99",
        ),
        (
            tampered(
                &received,
                &good,
                "columns.db",
                "ALTER TABLE contacts ADD COLUMN note_to_self TEXT;",
            ),
            "column note_to_self",
        ),
        (
            tampered(
                &received,
                &good,
                "view.db",
                "CREATE VIEW everything AS SELECT * FROM documents;",
            ),
            "view everything",
        ),
        (
            tampered(
                &received,
                &good,
                "index.db",
                "DROP INDEX documents_by_date;",
            ),
            "index documents_by_date",
        ),
    ];
    let text = received.join("notes.db");
    std::fs::write(
        &text,
        "Mr. Chair, these are notes, not a library.\n".repeat(200),
    )
    .unwrap();
    let mut cases = cases;
    cases.push((text, "not a Plenary library"));
    #[cfg(unix)]
    {
        let link = received.join("link.db");
        std::os::unix::fs::symlink(&good, &link).unwrap();
        cases.push((link, "link"));
    }

    // Every case is tried, and every problem named at the end.
    let mut problems = Vec::new();
    for (file, reason) in &cases {
        let out = plenary(&library, &["restore", file.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if code(&out) == 0 {
            problems.push(format!("{file:?} was restored"));
            // Put the library back for the next case.
            let aside = leftovers(dir.path());
            std::fs::rename(dir.path().join(&aside[0]), &library).unwrap();
            continue;
        }
        if !stderr.contains(&*file.display().to_string()) || !stderr.contains(reason) {
            problems.push(format!(
                "{file:?}: the refusal should name the file and say {reason:?}: {stderr}"
            ));
        }
        let out = plenary(&library, &["stats", "--json"]);
        let stats: Option<serde_json::Value> = serde_json::from_slice(&out.stdout).ok();
        if stats.is_none_or(|s| s["documents"] != 2) {
            problems.push(format!("{file:?}: the library was changed"));
        }
        if !leftovers(dir.path()).is_empty() {
            problems.push(format!(
                "{file:?}: files were left: {:?}",
                leftovers(dir.path())
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The untouched backup itself is still welcome.
    let out = plenary(&library, &["restore", good.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(documents(&library), 1);
}

#[test]
fn restores_in_quick_succession_keep_every_replaced_library() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import(&library, dir.path(), "kenya", "Kenya");
    let one = backup(&library);
    import(&library, dir.path(), "chile", "Chile");
    import(&library, dir.path(), "peru", "Peru");
    assert_eq!(documents(&library), 3);

    for _ in 0..3 {
        let out = plenary(&library, &["restore", one.to_str().unwrap()]);
        assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    }
    let kept: Vec<String> = leftovers(dir.path())
        .into_iter()
        .filter(|n| {
            n.starts_with("library.db.replaced-") && !n.ends_with("-wal") && !n.ends_with("-shm")
        })
        .collect();
    assert_eq!(
        kept.len(),
        3,
        "one kept-aside library per restore: {kept:?}"
    );
    let mut counts: Vec<i64> = kept
        .iter()
        .map(|name| documents(&dir.path().join(name)))
        .collect();
    counts.sort();
    assert_eq!(counts, [1, 1, 3], "the original library is among them");
}

#[test]
fn a_plain_backup_does_not_silently_take_the_encryption_off() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import(&library, dir.path(), "kenya", "Kenya");
    let plain = backup(&library);
    // The plain backup leaves the backups folder, so encrypting asks
    // nothing about it.
    let moved = dir.path().join("plain-backup.db");
    std::fs::rename(&plain, &moved).unwrap();
    let passphrase = "a passphrase for this test";
    let encrypt = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--library", library.to_str().unwrap(), "encrypt"])
        .env("PLENARY_PASSPHRASE", passphrase)
        .output()
        .unwrap();
    assert_eq!(
        code(&encrypt),
        0,
        "{}",
        String::from_utf8_lossy(&encrypt.stderr)
    );

    let out = plenary(&library, &["restore", moved.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(
        code(&out),
        0,
        "a plain backup was restored over an encrypted library"
    );
    assert!(stderr.contains("--decrypt"), "{stderr}");
    assert!(plenary_core::Library::is_encrypted(&library).unwrap());
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );

    let out = plenary(&library, &["restore", "--decrypt", moved.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!plenary_core::Library::is_encrypted(&library).unwrap());
    assert_eq!(documents(&library), 1);
}

#[test]
fn a_library_whose_restore_was_cut_short_is_never_replaced_by_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import(&library, dir.path(), "kenya", "Kenya");
    // What a restore killed between moving the library aside and putting
    // the backup in its place left: no library, the old one kept aside.
    let aside = dir.path().join("library.db.replaced-2026-01-05T08-00-00Z");
    std::fs::rename(&library, &aside).unwrap();

    let out = plenary(&library, &["stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(
        code(&out),
        0,
        "a new library was made: {}",
        common::stdout(&out)
    );
    assert!(
        stderr.contains("library.db.replaced-2026-01-05T08-00-00Z"),
        "{stderr}"
    );
    assert!(!library.exists(), "no empty library was made in its place");
    assert_eq!(documents(&aside), 1, "the kept-aside library is untouched");
}
