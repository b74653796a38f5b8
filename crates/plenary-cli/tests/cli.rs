//! The `plenary` binary as a user runs it: exit codes, duplicate reports,
//! search and concordance output, and `--json`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples")
}

fn plenary(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env_remove("PLENARY_LIBRARY")
        .output()
        .expect("the plenary binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn import_twice_then_read() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let samples = samples();
    let first = plenary(&library, &["import", samples.to_str().unwrap()]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        stdout(&first).contains("2 imported, 0 duplicates"),
        "{}",
        stdout(&first)
    );
    let second = plenary(&library, &["import", samples.to_str().unwrap()]);
    assert!(second.status.success());
    assert!(
        stdout(&second).contains("0 imported, 2 duplicates"),
        "{}",
        stdout(&second)
    );

    let search = stdout(&plenary(&library, &["search", "\"legally binding\""]));
    assert_eq!(
        search.matches("«legally binding»").count(),
        2,
        "both samples, highlighted: {search}"
    );
    assert!(search.contains("2 passages in 2 documents"));

    let lines = stdout(&plenary(&library, &["concordance", "capacity building"]));
    let dates: Vec<&str> = lines
        .lines()
        .filter_map(|l| l.get(..10))
        .filter(|d| d.starts_with("20"))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert!(
        dates.len() >= 5 && dates == sorted,
        "concordance lines in date order: {dates:?}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&plenary(&library, &["list", "--json"]))).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(2));
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(&plenary(&library, &["stats", "--json"]))).unwrap();
    assert_eq!(stats["documents"], 2);

    let reuse_map = stdout(&plenary(&library, &["reuse-map", "2"]));
    assert!(
        reuse_map.contains("4 reuse links to earlier passages"),
        "{reuse_map}"
    );
}

#[test]
fn a_bad_file_among_good_ones_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).unwrap();
    for entry in std::fs::read_dir(samples()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, folder.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(folder.join("photo.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let library = dir.path().join("library.db");
    let output = plenary(&library, &["import", folder.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a failed file makes the exit code non-zero"
    );
    let out = stdout(&output);
    assert!(
        out.contains("FAILED") && out.contains("photo.md") && out.contains("PNG"),
        "{out}"
    );
    assert!(
        out.contains("2 imported, 0 duplicates, 0 skipped, 1 failed"),
        "{out}"
    );
}

#[test]
fn errors_are_messages_and_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let empty_query = plenary(&library, &["search", "   "]);
    assert_eq!(empty_query.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&empty_query.stderr).contains("the query is empty"));
    let missing = plenary(&library, &["show", "42"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no document with id 42"));
    let bad_date = plenary(&library, &["list", "--from", "someday"]);
    assert_eq!(bad_date.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("--from"));
}
