//! Two Plenarys writing at once. A long import leaves the library free
//! between its short batches (and while it reads and parses files), so a
//! draft saved meanwhile goes through; a writer that still cannot get in
//! within the busy timeout gets its own exit code (7) and "the library is
//! busy…", not the "library itself failed" of exit code 1.

#![cfg(unix)]

mod common;

use common::code;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn write_corpus(folder: &Path, n: usize) {
    std::fs::create_dir_all(folder).unwrap();
    let states = ["Kenya", "Chile", "Norway", "Fiji", "Ghana", "Peru"];
    for i in 0..n {
        let state = states[i % states.len()];
        let mut text = format!("Statement by {state}\n\nMr. Chair,\n\n");
        for p in 0..12 {
            text.push_str(&format!(
                "{state} recalls resolution {i}/{p} and supports paragraph {p} of the draft \
                 on capacity-building number {i}, which {state} considers essential.\n\n"
            ));
        }
        std::fs::write(folder.join(format!("{i:04}-{state}.md")), text).unwrap();
    }
}

fn new_draft(library: &Path) -> String {
    let created = common::json(library, &["draft", "new", "--title", "Busy", "--json"]);
    created["summary"]["id"].as_i64().unwrap().to_string()
}

#[test]
fn drafts_are_saved_while_a_long_import_runs() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let corpus = dir.path().join("corpus");
    write_corpus(&corpus, 3000);
    let id = new_draft(&library);
    let body = dir.path().join("body.md");

    let import = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(&library)
        .arg("import")
        .arg(&corpus)
        .env_remove("PLENARY_LIBRARY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut import = import;
    std::thread::sleep(Duration::from_millis(500));
    let mut saves = 0;
    let started = Instant::now();
    while import.try_wait().unwrap().is_none() && saves < 8 {
        std::fs::write(&body, format!("Save {saves} during the import.\n")).unwrap();
        let out = common::plenary(
            &library,
            &["draft", "write", &id, "--from-file", body.to_str().unwrap()],
        );
        assert_eq!(
            code(&out),
            0,
            "save {saves}, {:?} into the import: {}",
            started.elapsed(),
            String::from_utf8_lossy(&out.stderr)
        );
        saves += 1;
        std::thread::sleep(Duration::from_millis(150));
    }
    let imported = import.wait_with_output().unwrap();
    assert_eq!(
        code(&imported),
        0,
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(saves >= 3, "only {saves} saves ran during the import");
    let stats = common::json(&library, &["stats", "--json"]);
    assert_eq!(stats["documents"], 3000);
}

#[test]
fn a_writer_kept_out_gets_the_busy_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let id = new_draft(&library);
    let body = dir.path().join("body.md");
    std::fs::write(&body, "Mr. Chair, a text that waits.\n").unwrap();
    // Another program holds the write lock for 12 seconds.
    let mut holder = Command::new("python3")
        .arg("-c")
        .arg(
            "import sqlite3, sys, time\n\
             c = sqlite3.connect(sys.argv[1], isolation_level=None)\n\
             c.execute('BEGIN IMMEDIATE')\n\
             print('held', flush=True)\n\
             time.sleep(12)\n",
        )
        .arg(&library)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(holder.stdout.as_mut().unwrap()),
        &mut line,
    )
    .unwrap();
    assert_eq!(line.trim(), "held");

    let out = common::plenary(
        &library,
        &["draft", "write", &id, "--from-file", body.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(code(&out), 7, "{stderr}");
    assert!(stderr.contains("the library is busy"), "{stderr}");
    holder.kill().unwrap();
    holder.wait().unwrap();
}

/// The documents of a library: (id, source file name), in id order.
fn stored(library: &Path) -> Vec<(i64, String)> {
    let listed = common::json(library, &["list", "--json"]);
    let mut found: Vec<(i64, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let path = d["source_path"].as_str().unwrap();
            let name = Path::new(path).file_name().unwrap().to_string_lossy();
            (d["id"].as_i64().unwrap(), name.into_owned())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn two_imports_at_once_store_every_file_whole_under_ids_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let long = dir.path().join("long");
    write_corpus(&long, 2000);
    let short = dir.path().join("short");
    std::fs::create_dir_all(&short).unwrap();
    for i in 0..40 {
        std::fs::write(
            short.join(format!("s{i:02}-Japan.md")),
            format!(
                "Statement by Japan\n\nMr. Chair,\n\nJapan welcomes report {i} and the \
                 programme of action number {i} on capacity-building.\n"
            ),
        )
        .unwrap();
    }
    let start = |folder: &Path| {
        Command::new(env!("CARGO_BIN_EXE_plenary"))
            .arg("--library")
            .arg(&library)
            .arg("import")
            .arg(folder)
            .env_remove("PLENARY_LIBRARY")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let first = start(&long);
    std::thread::sleep(Duration::from_millis(500));
    let second = start(&short).wait_with_output().unwrap();
    let first = first.wait_with_output().unwrap();
    for out in [&first, &second] {
        assert_eq!(code(out), 0, "{}", String::from_utf8_lossy(&out.stderr));
        assert!(!String::from_utf8_lossy(&out.stdout).contains("FAILED"));
    }

    let documents = stored(&library);
    assert_eq!(documents.len(), 2040);
    // The short import's documents came in between the long one's.
    let position = |prefix: bool| {
        documents
            .iter()
            .filter(move |(_, name)| name.starts_with('s') == prefix)
            .map(|(id, _)| *id)
    };
    let (short_first, long_last) = (
        position(true).min().unwrap(),
        position(false).max().unwrap(),
    );
    assert!(
        short_first < long_last,
        "the imports did not interleave (the short one began at {short_first}, the long one \
         ended at {long_last}): the test proves nothing"
    );
    // Every document holds its own file's text, whatever id it took.
    for (id, name) in documents.iter().step_by(23) {
        let shown = common::json(&library, &["show", &id.to_string(), "--json"]);
        let number: usize = name[..name.find('-').unwrap()]
            .trim_start_matches('s')
            .parse()
            .unwrap();
        let text = shown["passages"].to_string();
        let mark = match name.starts_with('s') {
            true => format!("report {number} "),
            false => format!("resolution {number}/"),
        };
        assert!(
            text.contains(&mark),
            "document {id} ({name}) holds another's text"
        );
    }
    let reuse = common::json(
        &library,
        &["reuse-map", &documents[600].0.to_string(), "--json"],
    );
    assert!(reuse.is_object());
    let check = plenary_core::Library::open(&library).unwrap();
    assert_eq!(check.integrity_check().unwrap(), "ok");
}
