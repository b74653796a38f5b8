//! Encryption at rest as a user scripts it: `plenary encrypt` with the
//! passphrase in `PLENARY_PASSPHRASE`; a plain SQLite client (Python's
//! `sqlite3` module) then sees "file is not a database", and the known
//! sentences are nowhere in the file's bytes; `plenary search` finds them
//! after unlocking, word and trigram (Chinese) search alike, and reuse and
//! drafts work; a missing or wrong passphrase is a clear error; backups stay
//! encrypted and restore with the passphrase; the passphrase is changed
//! (`--passphrase-file`, `PLENARY_NEW_PASSPHRASE`) and removed.

mod common;

use common::{code, plenary_unlocked as plenary};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const SENTENCE: &str = "Kenya supports a permanent mechanism for regular institutional dialogue";
const CHINESE: &str = "我们支持建立常设机制";

fn ok(out: Output) -> String {
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn search(library: &Path, passphrase: Option<&str>, query: &str) -> Value {
    serde_json::from_str(&ok(plenary(
        library,
        passphrase,
        &["search", query, "--json"],
    )))
    .unwrap()
}

/// The speakers of the documents a search found.
fn speakers_found(results: &Value) -> Vec<String> {
    results["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["document"]["speaker"].as_str().map(str::to_owned))
        .collect()
}

/// What Python's own SQLite says when it reads the file's tables.
fn python_reads(file: &Path) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3, sys\ntry:\n    print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM sqlite_master').fetchone()[0])\nexcept Exception as e:\n    print(e)")
        .arg(file)
        .output()
        .expect("python3 runs");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn write_library(dir: &Path) -> std::path::PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("kenya.md"),
        format!("Statement by Kenya\n\nMr. Chair,\n\n{SENTENCE} on ICT security under the auspices of the United Nations.\n\n{CHINESE}。\n"),
    )
    .unwrap();
    std::fs::write(
        input.join("chile.md"),
        "Statement by Chile\n\nMr. Chair,\n\nChile supports a permanent mechanism for regular institutional dialogue on ICT security.\n",
    )
    .unwrap();
    let library = dir.join("library.db");
    ok(plenary(
        &library,
        None,
        &["import", input.to_str().unwrap()],
    ));
    library
}

#[test]
fn an_encrypted_library_is_unreadable_without_its_passphrase_and_works_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let library = write_library(dir.path());
    assert!(
        python_reads(&library).parse::<i64>().is_ok(),
        "plain at first"
    );

    ok(plenary(
        &library,
        Some("correct horse battery"),
        &["encrypt"],
    ));
    assert_eq!(python_reads(&library), "file is not a database");
    for file in [library.clone(), dir.path().join("library.db-wal")] {
        if let Ok(bytes) = std::fs::read(&file) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("permanent mechanism"),
                "{file:?} holds the text"
            );
        }
    }

    let locked = plenary(&library, None, &["search", "mechanism"]);
    assert_eq!(code(&locked), 4);
    assert!(String::from_utf8_lossy(&locked.stderr).contains("is encrypted: give its passphrase"));
    let wrong = plenary(&library, Some("wrong horse"), &["search", "mechanism"]);
    assert_eq!(code(&wrong), 4);
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong passphrase"));
    assert_eq!(
        python_reads(&library),
        "file is not a database",
        "a wrong passphrase changed nothing"
    );

    let pass = Some("correct horse battery");
    let found = search(&library, pass, &format!("\"{SENTENCE}\""));
    assert!(found.to_string().contains(SENTENCE), "{found}");
    let found = search(&library, pass, "常设机制");
    assert_eq!(speakers_found(&found), ["Kenya"], "trigram search: {found}");
    let reuse = ok(plenary(&library, pass, &["reuse", "--text", "Chile supports a permanent mechanism for regular institutional dialogue on ICT security.", "--json"]));
    assert!(reuse.contains("Kenya"), "{reuse}");
    let draft: Value = serde_json::from_str(&ok(plenary(
        &library,
        pass,
        &["draft", "new", "--title", "Encrypted draft", "--json"],
    )))
    .unwrap();
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let body = dir.path().join("body.md");
    std::fs::write(
        &body,
        "Mr. Chair, the delegation supports the programme of action.\n",
    )
    .unwrap();
    ok(plenary(
        &library,
        pass,
        &["draft", "write", &id, "--from-file", body.to_str().unwrap()],
    ));
    assert!(ok(plenary(&library, pass, &["draft", "show", &id])).contains("programme of action"));
    assert_eq!(python_reads(&library), "file is not a database");
}

#[test]
fn backups_stay_encrypted_and_the_passphrase_is_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let library = write_library(dir.path());
    let old = Some("first passphrase");
    ok(plenary(&library, old, &["encrypt"]));

    let out = ok(plenary(&library, old, &["backup"]));
    let backup = out.trim().strip_prefix("backed up to ").unwrap().to_owned();
    assert_eq!(python_reads(Path::new(&backup)), "file is not a database");
    let refused = plenary(&library, None, &["restore", &backup]);
    assert_eq!(
        code(&refused),
        4,
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains(&backup));
    ok(plenary(&library, old, &["restore", &backup]));
    assert!(speakers_found(&search(&library, old, "mechanism")).contains(&"Kenya".to_owned()));

    let new_file = dir.path().join("new-passphrase");
    std::fs::write(&new_file, "second passphrase\n").unwrap();
    ok(plenary(
        &library,
        old,
        &[
            "passphrase",
            "change",
            "--new-passphrase-file",
            new_file.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        code(&plenary(&library, old, &["stats"])),
        4,
        "the old passphrase no longer opens it"
    );
    let by_file = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args([
            "--library",
            library.to_str().unwrap(),
            "--passphrase-file",
            new_file.to_str().unwrap(),
            "search",
            "mechanism",
            "--json",
        ])
        .env_remove("PLENARY_PASSPHRASE")
        .output()
        .unwrap();
    let found: Value = serde_json::from_str(&ok(by_file)).unwrap();
    assert!(
        speakers_found(&found).contains(&"Kenya".to_owned()),
        "{found}"
    );

    ok(plenary(&library, Some("second passphrase"), &["decrypt"]));
    assert!(python_reads(&library).parse::<i64>().is_ok(), "plain again");
    assert!(speakers_found(&search(&library, None, "mechanism")).contains(&"Kenya".to_owned()));
}

/// The backups in the library's backups folder.
fn backups_beside(library: &Path) -> Vec<std::path::PathBuf> {
    let folder = library.parent().unwrap().join("backups");
    let mut found: Vec<_> = std::fs::read_dir(folder)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn encrypting_names_the_plain_backups_and_does_with_them_as_told() {
    let dir = tempfile::tempdir().unwrap();
    let library = write_library(dir.path());
    ok(plenary(&library, None, &["backup"]));
    let plain = backups_beside(&library);
    assert_eq!(plain.len(), 1);
    let pass = Some("the new passphrase");

    // Not told: refused, the backups named, nothing changed.
    let asked = plenary(&library, pass, &["encrypt"]);
    let stderr = String::from_utf8_lossy(&asked.stderr);
    assert_eq!(code(&asked), 4, "{stderr}");
    assert!(
        stderr.contains(&*plain[0].display().to_string()),
        "{stderr}"
    );
    assert!(stderr.contains("--backups encrypt|delete|keep"), "{stderr}");
    assert!(python_reads(&library).parse::<i64>().is_ok(), "still plain");

    // Told to encrypt them: the backup is encrypted too, with the same
    // passphrase, and restores with it.
    let out = ok(plenary(
        &library,
        pass,
        &["encrypt", "--backups", "encrypt"],
    ));
    assert!(out.contains(&*plain[0].display().to_string()), "{out}");
    assert_eq!(python_reads(&library), "file is not a database");
    assert_eq!(python_reads(&plain[0]), "file is not a database");
    ok(plenary(
        &library,
        pass,
        &["restore", plain[0].to_str().unwrap()],
    ));
    assert!(speakers_found(&search(&library, pass, "mechanism")).contains(&"Kenya".to_owned()));

    // Told to delete them.
    ok(plenary(&library, pass, &["decrypt"]));
    ok(plenary(&library, None, &["backup"]));
    let plain: Vec<_> = backups_beside(&library)
        .into_iter()
        .filter(|b| python_reads(b).parse::<i64>().is_ok())
        .collect();
    assert!(!plain.is_empty());
    ok(plenary(&library, pass, &["encrypt", "--backups", "delete"]));
    for backup in &plain {
        assert!(!backup.exists(), "{backup:?} was deleted");
    }

    // Told to keep them: they stay as they were.
    ok(plenary(&library, pass, &["decrypt"]));
    ok(plenary(&library, None, &["backup"]));
    let out = ok(plenary(&library, pass, &["encrypt", "--backups", "keep"]));
    assert!(
        out.contains("not encrypted"),
        "the kept ones are named: {out}"
    );
    assert!(backups_beside(&library)
        .iter()
        .any(|b| python_reads(b).parse::<i64>().is_ok()));
}

#[test]
fn one_passphrase_rule_at_least_eight_characters_and_no_space_at_either_end() {
    let dir = tempfile::tempdir().unwrap();
    let library = write_library(dir.path());
    for bad in [
        " ",
        "short",
        "        ",
        " padded passphrase",
        "padded passphrase ",
    ] {
        let out = plenary(&library, Some(bad), &["encrypt"]);
        assert_eq!(code(&out), 4, "{bad:?} was accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("passphrase"), "{stderr}");
        assert!(python_reads(&library).parse::<i64>().is_ok(), "still plain");
    }
    let pass = Some("eight ch");
    ok(plenary(&library, pass, &["encrypt"]));
    let new_file = dir.path().join("new");
    std::fs::write(&new_file, "tiny\n").unwrap();
    let out = plenary(
        &library,
        pass,
        &[
            "passphrase",
            "change",
            "--new-passphrase-file",
            new_file.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 4, "a short new passphrase was accepted");
    ok(plenary(&library, pass, &["stats"]));
}
