//! `plenary` in a shell pipeline whose reader stops early, as in
//! `plenary list | head -1`: it ends quietly, like other Unix tools, with
//! no panic and no backtrace on standard error.

#![cfg(unix)]

mod common;

use common::plenary;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..40 {
        std::fs::write(
            input.join(format!("statement-{i}.md")),
            format!("Statement {i} by Kenya\n\nMr. Chair, Kenya supports measure number {i}.\n"),
        )
        .unwrap();
    }
    assert!(plenary(&library, &["import", input.to_str().unwrap()])
        .status
        .success());

    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(&library)
        .arg("list")
        .env_remove("PLENARY_LIBRARY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the command writes a line.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        status.success() || status.signal() == Some(13),
        "ended by SIGPIPE, as `ls | head` is: {status:?}"
    );
}
