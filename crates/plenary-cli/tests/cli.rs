//! The `plenary` binary as a user runs it: exit codes, duplicate reports,
//! search and concordance output, and `--json`.

mod common;

use common::{plenary, stdout};

use std::path::{Path, PathBuf};
use std::process::Output;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples")
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
        Some(3),
        "a failed file makes the exit code that of bad input"
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
    assert_eq!(
        empty_query.status.code(),
        Some(4),
        "a refused query exits 4"
    );
    assert!(String::from_utf8_lossy(&empty_query.stderr).contains("the query is empty"));
    let missing = plenary(&library, &["show", "42"]);
    assert_eq!(missing.status.code(), Some(5), "a missing document exits 5");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no document with id 42"));
    let bad_date = plenary(&library, &["list", "--from", "someday"]);
    assert_eq!(bad_date.status.code(), Some(4), "a refused value exits 4");
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("--from"));
    let bad_field = plenary(&library, &["set", "1", "colour", "blue"]);
    assert_eq!(bad_field.status.code(), Some(4));
    let usage = plenary(&library, &["search"]);
    assert_eq!(usage.status.code(), Some(2), "a wrong command line exits 2");
    let help = stdout(&plenary(&library, &["--help"]));
    for code in 0..=6 {
        assert!(
            help.contains(&format!("\n  {code}  ")),
            "--help documents exit code {code}: {help}"
        );
    }
}

#[test]
fn reuse_text_may_start_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    plenary(&library, &["import", samples().to_str().unwrap()]);
    let bullet = "- At these sessions, States recalled the voluntary, non-binding norms of responsible State behaviour.";
    let output = plenary(&library, &["reuse", "--text", bullet]);
    assert!(
        output.status.success(),
        "a bullet is a text to match, not an option: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Two statements sharing a paragraph, the second dated 2024.
fn two_linked_statements(dir: &Path) -> PathBuf {
    let folder = dir.join("in");
    std::fs::create_dir(&folder).unwrap();
    let shared = "We reaffirm that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.";
    for (name, date, other) in [
        ("a.md", "2021-05-03", "Capacity-building should be demand-driven and gender-sensitive in every region of the world."),
        ("b.md", "2024-05-03", "Confidence-building measures such as the Points of Contact directory deserve our full support now."),
    ] {
        let text = format!("---\ndate: {date}\nspeaker: Chile\nkind: statement\n---\n\n{shared}\n\n{other}\n");
        std::fs::write(folder.join(name), text).unwrap();
    }
    folder
}

#[test]
fn a_corrected_date_turns_the_direction_of_reuse() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let folder = two_linked_statements(dir.path());
    assert!(plenary(&library, &["import", folder.to_str().unwrap()])
        .status
        .success());
    let map = |id: &str| -> serde_json::Value {
        serde_json::from_str(&stdout(&plenary(&library, &["reuse-map", id, "--json"]))).unwrap()
    };
    let before = map("2");
    assert_eq!(
        before["passages"][0]["sources"].as_array().map(Vec::len),
        Some(1),
        "{before}"
    );
    assert_eq!(
        before["passages"][0]["reused_later_in"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );

    let set = plenary(&library, &["set", "2", "date", "3 May 2019"]);
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let after = map("2");
    assert_eq!(
        after["passages"][0]["sources"].as_array().map(Vec::len),
        Some(0),
        "dated 2019, document 2 repeats nothing earlier: {after}"
    );
    assert_eq!(
        after["passages"][0]["reused_later_in"][0]["other"]["document_id"], 1,
        "its passage is now the source of document 1's: {after}"
    );
    let first = map("1");
    assert_eq!(
        first["passages"][0]["sources"][0]["other"]["document_id"], 2,
        "{first}"
    );
}

#[test]
fn layout_and_reanalyse() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let file = dir.path().join("copied.txt");
    std::fs::write(
        &file,
        "Madam Chair,\nFreedonia welcomes the progress report of the working group.\n\
         We remain concerned about ransomware attacks against hospitals.\n",
    )
    .unwrap();
    assert!(plenary(&library, &["import", file.to_str().unwrap()])
        .status
        .success());
    let passages = |output: &Output| -> usize {
        let doc: serde_json::Value = serde_json::from_str(&stdout(output)).unwrap();
        doc["passages"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(passages(&plenary(&library, &["show", "1", "--json"])), 3);

    let chosen = plenary(&library, &["layout", "1", "markdown", "--json"]);
    assert!(
        chosen.status.success(),
        "{}",
        String::from_utf8_lossy(&chosen.stderr)
    );
    assert_eq!(passages(&chosen), 2, "read as Markdown, the two lines join");

    let again = plenary(&library, &["reanalyse"]);
    assert!(again.status.success());
    assert!(stdout(&again).starts_with("Re-analysed 1 documents"));
    let shown = stdout(&plenary(&library, &["show", "1"]));
    assert!(shown.contains("markdown (chosen)"), "{shown}");

    let wrong = plenary(&library, &["layout", "1", "sideways"]);
    assert_eq!(wrong.status.code(), Some(4));
    assert_eq!(
        plenary(&library, &["reanalyse", "7"]).status.code(),
        Some(5)
    );
}
