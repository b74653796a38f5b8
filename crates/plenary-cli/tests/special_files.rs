//! Files that are not files: a named pipe (FIFO) in an imported folder, a
//! link to `/dev/zero` named on the command line, a link whose name says
//! `.md` but whose target is something else. Each is a failed file naming
//! it, at once: the import never hangs on a pipe, never reads without end
//! from a device (these runs have a 3 GB address-space limit, so a reader
//! that tried would fail rather than take the machine's memory), and judges
//! a link by what it leads to. The files beside them are imported.

#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `plenary --library LIBRARY import PATHS…` under a 3 GB address
/// space limit, killed (and the test failed) if it is still running after
/// a minute.
fn import(library: &Path, paths: &[&Path]) -> Output {
    let mut script = String::from("ulimit -v 3000000; exec \"$0\" --library \"$1\" import");
    for i in 0..paths.len() {
        script.push_str(&format!(" \"${}\"", i + 2));
    }
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_plenary"))
        .arg(library)
        .args(paths)
        .env_remove("PLENARY_LIBRARY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            let out = child.wait_with_output().unwrap();
            panic!(
                "the import still ran after a minute: {}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn statement(path: &Path) {
    std::fs::write(
        path,
        "Statement by Kenya\n\nMr. Chair,\n\nKenya supports the programme of action.\n",
    )
    .unwrap();
}

/// The report's line for the file named `name`.
fn line_for<'a>(report: &'a str, name: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("no line for {name} in:\n{report}"))
}

#[test]
fn a_named_pipe_in_an_imported_folder_fails_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).unwrap();
    statement(&folder.join("kenya.md"));
    let pipe = folder.join("pipe.md");
    assert!(Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap()
        .success());

    let out = import(&dir.path().join("library.db"), &[&folder]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(common::code(&out), 3, "a file failed: {report}");
    let failed = line_for(&report, "pipe.md");
    assert!(failed.starts_with("FAILED"), "{failed}");
    assert!(failed.contains("not a regular file"), "{failed}");
    assert!(
        line_for(&report, "kenya.md").starts_with("imported"),
        "{report}"
    );
}

#[test]
fn a_link_to_a_device_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("z.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let good = dir.path().join("kenya.md");
    statement(&good);

    let out = import(&dir.path().join("library.db"), &[&zero, &good]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        common::code(&out),
        3,
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let failed = line_for(&report, "z.txt");
    assert!(failed.starts_with("FAILED"), "{failed}");
    assert!(failed.contains("not a regular file"), "{failed}");
    assert!(
        line_for(&report, "kenya.md").starts_with("imported"),
        "{report}"
    );
}

#[test]
fn a_link_is_judged_by_the_file_it_leads_to() {
    let dir = tempfile::tempdir().unwrap();
    // A file in a format Plenary does not read, behind a link named .md.
    let secret = dir.path().join("id_ed25519");
    std::fs::write(
        &secret,
        "-----BEGIN OPENSSH PRIVATE KEY-----\nnot a statement\n",
    )
    .unwrap();
    let link = dir.path().join("statement.md");
    std::os::unix::fs::symlink(&secret, &link).unwrap();

    let out = import(&dir.path().join("library.db"), &[&link]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(common::code(&out), 3, "{report}");
    let failed = line_for(&report, "statement.md");
    assert!(failed.starts_with("FAILED"), "{failed}");
    assert!(failed.contains("not a format Plenary reads"), "{failed}");
}
