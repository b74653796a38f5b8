//! Running the `plenary` binary as a user does, on a library of the test's
//! own, and reading what it answered.

#![allow(dead_code)]

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `plenary --library LIBRARY ARGS…`, whatever `PLENARY_LIBRARY` says.
pub fn plenary(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env_remove("PLENARY_LIBRARY")
        .output()
        .expect("the plenary binary runs")
}

/// What a command printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs a command that must succeed and gives its JSON output.
pub fn json(library: &Path, args: &[&str]) -> Value {
    let out = plenary(library, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// A command's exit code (-1 when a signal ended it).
pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}
