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

/// `plenary --library LIBRARY`, whatever the environment says, with
/// `passphrase` (or none) in `PLENARY_PASSPHRASE`, ready for its arguments.
pub fn command(library: &Path, passphrase: Option<&str>) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
    command
        .arg("--library")
        .arg(library)
        .env_remove("PLENARY_LIBRARY")
        .env_remove("PLENARY_PASSPHRASE")
        .env_remove("PLENARY_NEW_PASSPHRASE");
    if let Some(passphrase) = passphrase {
        command.env("PLENARY_PASSPHRASE", passphrase);
    }
    command
}

/// Runs `plenary --library LIBRARY ARGS…` with `passphrase` (or none) in
/// `PLENARY_PASSPHRASE`.
pub fn plenary_unlocked(library: &Path, passphrase: Option<&str>, args: &[&str]) -> Output {
    command(library, passphrase)
        .args(args)
        .output()
        .expect("the plenary binary runs")
}

/// What a command that must succeed printed on standard output.
pub fn ok(out: &Output) -> String {
    assert_eq!(code(out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    stdout(out)
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

/// A `plenary draft write` that has the library open and waits for the
/// text of its draft on a named pipe: another Plenary holding the library
/// open for as long as the test likes, as a window left open all week
/// does. Unix only (a FIFO, and `/proc` to see the open file).
#[cfg(unix)]
pub struct Holder {
    child: Option<std::process::Child>,
    fifo: std::path::PathBuf,
}

#[cfg(unix)]
impl Holder {
    /// Starts `plenary draft write DRAFT --from-file FIFO` on `library`
    /// (unlocked with `passphrase`), and returns once the process has the
    /// library file open.
    pub fn start(library: &Path, passphrase: Option<&str>, draft: &str) -> Holder {
        let fifo = library.with_extension(format!("holder-{}.fifo", std::process::id()));
        let _ = std::fs::remove_file(&fifo);
        let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success(), "mkfifo {}", fifo.display());
        let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
        command
            .arg("--library")
            .arg(library)
            .args(["draft", "write", draft, "--from-file"])
            .arg(&fifo)
            .env_remove("PLENARY_LIBRARY")
            .env_remove("PLENARY_PASSPHRASE")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        if let Some(passphrase) = passphrase {
            command.env("PLENARY_PASSPHRASE", passphrase);
        }
        let mut child = command.spawn().expect("the plenary binary starts");
        let file = std::fs::canonicalize(library).unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !has_open(child.id(), &file) {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the holding process ended before it opened the library: {status}");
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("the holding process never opened {}", file.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        Holder {
            child: Some(child),
            fifo,
        }
    }

    /// Gives the waiting process its draft text and waits for it to end.
    pub fn finish(mut self, body: &str) -> Output {
        std::fs::write(&self.fifo, body).unwrap();
        let child = self.child.take().expect("a holder is finished once");
        child.wait_with_output().unwrap()
    }
}

#[cfg(unix)]
impl Drop for Holder {
    /// A holder never finished (its test failed) is killed, not left
    /// waiting on its pipe.
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_file(&self.fifo);
    }
}

/// True when process `pid` has `file` open.
#[cfg(unix)]
fn has_open(pid: u32, file: &Path) -> bool {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .any(|target| target == file)
}
