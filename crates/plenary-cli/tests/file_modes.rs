//! Other users of the computer cannot read what Plenary writes: the folders
//! it makes are the owner's alone (0700) and every file it writes is too
//! (0600): the library with its `-wal`, `-shm` and lock file, backups and a
//! backup on its way (`.partial`), the library kept aside by a restore, the
//! copy an encryption or decryption writes (`.rewriting`) and exports. A
//! second local user is tried for real: `su nobody -s /bin/sh -c 'cat
//! FILE'` must fail on each, in a folder that is itself open to everyone
//! (as a home folder often is), so only the file's own mode stops it. That
//! needs root (as the tests run here and in CI); otherwise the modes are
//! still checked and the test says it could not try another user. An
//! existing library readable by others is tightened when it is opened,
//! said once; a killed decryption's plain copy is owner-only and removed
//! at the next open.

#![cfg(unix)]

mod common;

use common::{ok, plenary, Holder};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// True when user `nobody` can read `file`; `None` when no other user can
/// be tried (not root).
fn nobody_reads(file: &Path) -> Option<bool> {
    if !is_root() {
        return None;
    }
    let status = Command::new("su")
        .args(["nobody", "-s", "/bin/sh", "-c", "cat \"$0\" > /dev/null"])
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("su runs");
    Some(status.success())
}

/// A temporary folder anyone may pass through (0755), as a home folder
/// often is: only the modes of what Plenary writes keep others out.
fn open_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    set_mode(dir.path(), 0o755);
    dir
}

/// Checks that `file` is the owner's alone, and that `nobody` cannot read
/// it; a problem is added to `problems`.
fn check_private(file: &Path, problems: &mut Vec<String>) {
    let m = mode(file);
    if m & 0o077 != 0 {
        problems.push(format!("{} has mode {m:o}", file.display()));
    }
    match nobody_reads(file) {
        Some(true) => problems.push(format!("user nobody read {}", file.display())),
        Some(false) => {}
        None => eprintln!(
            "not root: cannot try another user on {}; its mode was checked",
            file.display()
        ),
    }
}

fn import_one(library: &Path, dir: &Path) {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("kenya.md"),
        "Statement by Kenya\n\nMr. Chair,\n\nKenya supports the programme of action.\n",
    )
    .unwrap();
    ok(&plenary(library, &["import", input.to_str().unwrap()]));
}

/// Makes the library large (a 40 MB setting nobody reads), so that a
/// backup or a rewrite takes long enough to be watched.
fn add_ballast(library: &Path) {
    let conn = rusqlite::Connection::open(library).unwrap();
    conn.execute_batch(
        "INSERT INTO settings (key, value) VALUES ('test_ballast', hex(randomblob(20000000)))",
    )
    .unwrap();
}

/// Starts `plenary ARGS` and watches for `file` to appear while it runs:
/// the mode it had (None when it never appeared), and the process, still
/// running or ended.
fn watch_for(
    library: &Path,
    args: &[&str],
    passphrase: Option<&str>,
    file: &Path,
) -> (Option<u32>, std::process::Child) {
    let mut command = common::command(library, passphrase);
    command
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = command.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(meta) = std::fs::metadata(file) {
            return (Some(meta.permissions().mode() & 0o777), child);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    (None, child)
}

#[test]
fn no_other_user_can_read_a_file_plenary_wrote() {
    let dir = open_folder();
    // The library's folder does not exist yet: Plenary makes it.
    let folder = dir.path().join("plenary");
    let library = folder.join("library.db");
    import_one(&library, dir.path());
    let mut problems = Vec::new();
    if mode(&folder) != 0o700 {
        problems.push(format!(
            "the folder Plenary made has mode {:o}",
            mode(&folder)
        ));
    }

    // While another Plenary has it open: the library, its -wal and -shm,
    // and the lock file, whatever is there.
    let draft = ok(&plenary(
        &library,
        &["draft", "new", "--title", "Modes", "--json"],
    ));
    let draft: serde_json::Value = serde_json::from_str(&draft).unwrap();
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let holder = Holder::start(&library, None, &id);
    let mut beside: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    beside.sort();
    let names: Vec<String> = beside
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for companion in ["library.db", "library.db-wal", "library.db-shm"] {
        assert!(
            names.iter().any(|n| n == companion),
            "{companion} in {names:?}"
        );
    }
    for file in &beside {
        if file.extension().is_none_or(|e| e != "fifo") {
            check_private(file, &mut problems);
        }
    }
    ok(&holder.finish("Mr. Chair, the delegation supports the programme.\n"));

    // Backups: in the folder beside the library, and in a shared folder.
    let made = ok(&plenary(&library, &["backup"]));
    let backup = PathBuf::from(made.trim().strip_prefix("backed up to ").unwrap());
    let backups = folder.join("backups");
    if mode(&backups) != 0o700 {
        problems.push(format!("the backups folder has mode {:o}", mode(&backups)));
    }
    check_private(&backup, &mut problems);
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    set_mode(&shared, 0o755);
    let made = ok(&plenary(
        &library,
        &["backup", "--to", shared.to_str().unwrap()],
    ));
    check_private(
        Path::new(made.trim().strip_prefix("backed up to ").unwrap()),
        &mut problems,
    );

    // A backup on its way, watched while it is written.
    add_ballast(&library);
    let partial_dir = dir.path().join("watched");
    std::fs::create_dir(&partial_dir).unwrap();
    set_mode(&partial_dir, 0o755);
    let (seen, child) = watch_partial(&library, &partial_dir);
    match seen {
        Some((file, m)) if m & 0o077 != 0 => problems.push(format!(
            "{} had mode {m:o} while it was written",
            file.display()
        )),
        Some(_) => {}
        None => problems.push("no .partial file was seen while a backup ran".into()),
    }
    ok(&child.wait_with_output().unwrap());

    // The library kept aside by a restore, and the restored library.
    ok(&plenary(&library, &["restore", backup.to_str().unwrap()]));
    check_private(&library, &mut problems);
    let aside: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".replaced-"))
        .collect();
    assert!(!aside.is_empty());
    for file in &aside {
        check_private(file, &mut problems);
    }

    // Exports.
    let out = dir.path().join("draft.md");
    ok(&plenary(
        &library,
        &[
            "draft",
            "export",
            &id,
            "--format",
            "md",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    check_private(&out, &mut problems);
    let contacts = dir.path().join("contacts.csv");
    ok(&plenary(
        &library,
        &["contacts", "export", "--out", contacts.to_str().unwrap()],
    ));
    check_private(&contacts, &mut problems);

    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Starts a backup into `folder` and watches for its `.partial` file:
/// the file and its mode, if it was seen, and the process.
fn watch_partial(library: &Path, folder: &Path) -> (Option<(PathBuf, u32)>, std::process::Child) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(library)
        .args(["backup", "--to"])
        .arg(folder)
        .env_remove("PLENARY_LIBRARY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let partial = std::fs::read_dir(folder).ok().and_then(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| p.to_string_lossy().ends_with(".partial"))
        });
        if let Some(file) = partial {
            if let Ok(meta) = std::fs::metadata(&file) {
                return (Some((file, meta.permissions().mode() & 0o777)), child);
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    (None, child)
}

#[test]
fn a_killed_decryption_leaves_no_copy_others_can_read_and_the_next_open_removes_it() {
    let dir = open_folder();
    let library = dir.path().join("library.db");
    import_one(&library, dir.path());
    add_ballast(&library);
    let passphrase = "a passphrase for this test";
    let encrypt = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--library", library.to_str().unwrap(), "encrypt"])
        .env("PLENARY_PASSPHRASE", passphrase)
        .output()
        .unwrap();
    ok(&encrypt);

    let rewriting = dir.path().join("library.db.rewriting");
    let (seen, mut child) = watch_for(&library, &["decrypt"], Some(passphrase), &rewriting);
    // Killed as soon as its plain copy appeared.
    let _ = child.kill();
    let _ = child.wait();
    let mut problems = Vec::new();
    match seen {
        Some(m) if m & 0o077 != 0 => problems.push(format!("the plain copy had mode {m:o}")),
        Some(_) => {}
        None => problems.push("the decryption never wrote its copy".into()),
    }
    if rewriting.exists() {
        check_private(&rewriting, &mut problems);
    }
    let opened = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["--library", library.to_str().unwrap(), "stats"])
        .env("PLENARY_PASSPHRASE", passphrase)
        .output()
        .unwrap();
    ok(&opened);
    if rewriting.exists() {
        problems.push("the next open left the plain copy in place".into());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_library_others_could_read_is_tightened_when_opened_and_said_once() {
    let dir = open_folder();
    let library = dir.path().join("library.db");
    import_one(&library, dir.path());
    let made = ok(&plenary(&library, &["backup"]));
    let backup = PathBuf::from(made.trim().strip_prefix("backed up to ").unwrap());
    // As an earlier version left them.
    set_mode(&library, 0o644);
    set_mode(&dir.path().join("backups"), 0o755);
    set_mode(&backup, 0o644);

    let first = plenary(&library, &["stats"]);
    ok(&first);
    let said = String::from_utf8_lossy(&first.stderr).into_owned();
    assert!(
        said.contains("other users"),
        "the tightening is said: {said:?}"
    );
    assert_eq!(mode(&library), 0o600);
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(mode(&dir.path().join("backups")), 0o700);
    let second = plenary(&library, &["stats"]);
    ok(&second);
    assert!(
        !String::from_utf8_lossy(&second.stderr).contains("other users"),
        "said once: {}",
        String::from_utf8_lossy(&second.stderr)
    );
}
