//! Crash safety: `plenary` killed with SIGKILL at random moments while it
//! imports a generated corpus, while a draft is saved again and again,
//! while it encrypts a library (there, kills must land both before the
//! encrypted copy replaces the library and after, before the process
//! exits), and while it restores a backup (25 kills: some at random, some
//! while the swap's journal is there, some once the backup is in place).
//! After every kill the library opens (plain, or encrypted with the
//! passphrase when the encryption had finished; never a new, empty one in
//! place of a restored one),
//! passes SQLite's and FTS5's integrity checks, and holds only whole
//! documents (each with exactly the passages and words a finished import
//! gives it) and a whole draft (one of the texts written, never part of
//! one). The moments are drawn from a seed printed
//! at the start (`PLENARY_CRASH_SEED` replays one run).

#![cfg(unix)]

mod common;

use plenary_core::model::Filter;
use plenary_core::Library;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const KILLS: usize = 20;
/// Kills that must land during a restore.
const RESTORE_KILLS: usize = 25;

/// splitmix64, enough to spread the kills over an import.
struct Moments(u64);

impl Moments {
    fn from_env() -> Self {
        let seed = std::env::var("PLENARY_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        eprintln!("crash moments from PLENARY_CRASH_SEED={seed}");
        Moments(seed)
    }

    /// A duration in `0..within`.
    fn next(&mut self, within: Duration) -> Duration {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        within.mul_f64(((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64)
    }
}

/// A corpus of `n` distinct statements, some with Chinese passages (which
/// go to the trigram index too).
fn write_corpus(folder: &Path, n: usize) {
    std::fs::create_dir_all(folder).unwrap();
    let states = [
        "Kenya", "Chile", "Norway", "Fiji", "Ghana", "Peru", "Japan", "Egypt",
    ];
    for i in 0..n {
        let state = states[i % states.len()];
        let mut text = format!("Statement by {state}\n\nMr. Chair,\n\n");
        for p in 0..12 {
            text.push_str(&format!(
                "{state} recalls resolution {i}/{p} and supports paragraph {p} of the draft on capacity-building number {i}, \
                 which the delegation of {state} considers essential for the session {i}.\n\n"
            ));
        }
        if i % 5 == 0 {
            text.push_str(&format!("主席先生，我们支持第{i}号决议草案。\n\n"));
        }
        text.push_str("I thank you.\n");
        std::fs::write(folder.join(format!("{i:04}-{state}.md")), text).unwrap();
    }
}

fn start(library: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env_remove("PLENARY_LIBRARY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the plenary binary starts")
}

/// Kills `child` with SIGKILL after `after`, unless it ended first; true
/// when the kill ended it mid-way.
fn kill_after(child: Child, after: Duration) -> bool {
    let deadline = Instant::now() + after;
    kill_when(child, Duration::from_millis(2), || {
        Instant::now() >= deadline
    })
}

/// Kills `child` with SIGKILL as soon as `now` says so (asked every `pause`),
/// unless it ended first; true when the kill ended it, not a process that
/// had already exited by itself.
fn kill_when(mut child: Child, pause: Duration, mut now: impl FnMut() -> bool) -> bool {
    use std::os::unix::process::ExitStatusExt;
    while !now() {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(pause);
    }
    // `Child::kill` sends SIGKILL on Unix.
    child.kill().unwrap();
    child.wait().unwrap().signal() == Some(9)
}

/// Runs `command` with its standard output a pipe kept full, so that once
/// it has done its work it waits to say so (`plenary encrypt` and `plenary
/// restore` print after the rename), and kills it the moment `done` says
/// the work is done; true when the kill ended it.
fn kill_once_done(mut command: Command, done: impl FnMut() -> bool) -> bool {
    use std::io::Write;
    let (reader, mut writer) = std::io::pipe().unwrap();
    let child = command
        .stdout(writer.try_clone().unwrap())
        .spawn()
        .expect("the plenary binary starts");
    // Writes until the pipe is full, and on until the reader is dropped.
    let filler = std::thread::spawn(move || while writer.write_all(&[b'.'; 4096]).is_ok() {});
    let killed = kill_when(child, Duration::from_millis(1), done);
    drop(reader);
    filler.join().unwrap();
    killed
}

/// Kills `encrypt` once it has put the encrypted library in place, the
/// moment the file reads as encrypted; true when the kill ended it.
fn kill_once_encrypted(encrypt: Command, library: &Path) -> bool {
    kill_once_done(encrypt, || Library::is_encrypted(library).unwrap_or(false))
}

/// Each document's passage and word counts, by source file name.
fn shapes(library: &Library) -> HashMap<String, (i64, i64)> {
    library
        .documents(&Filter::default())
        .unwrap()
        .into_iter()
        .map(|d| {
            let name = Path::new(d.source_path.as_deref().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, (d.passage_count, d.word_count))
        })
        .collect()
}

fn assert_whole(path: &Path, what: &str) -> Library {
    let library = Library::open(path).unwrap_or_else(|e| panic!("{what}: does not open: {e}"));
    assert_eq!(library.integrity_check().unwrap(), "ok", "{what}");
    assert!(library.is_idle(), "{what}");
    library
}

#[test]
fn an_import_killed_at_random_moments_leaves_a_whole_library() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write_corpus(&corpus, 200);
    let corpus_arg = corpus.to_str().unwrap();

    let reference = dir.path().join("reference.db");
    let started = Instant::now();
    let out = common::plenary(&reference, &["import", corpus_arg]);
    let full = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = shapes(&Library::open(&reference).unwrap());
    assert_eq!(expected.len(), 200);

    let mut moments = Moments::from_env();
    let (mut killed, mut attempts, mut partial) = (0, 0, 0);
    // A kill that comes after the import ended does not count: the runs go
    // on until KILLS have landed mid-way.
    while killed < KILLS && attempts < KILLS * 3 {
        // Pairs of runs share a library, so every other kill lands on a
        // library that already holds part of the corpus.
        let library = dir.path().join(format!("library-{}.db", attempts / 2));
        let child = start(&library, &["import", corpus_arg]);
        killed += usize::from(kill_after(child, moments.next(full.mul_f64(0.8))));
        let what = format!("after run {attempts} ({killed} kills)");
        let stored = shapes(&assert_whole(&library, &what));
        for (name, shape) in &stored {
            assert_eq!(
                Some(shape),
                expected.get(name),
                "{what}: {name} is not whole"
            );
        }
        partial += usize::from(!stored.is_empty() && stored.len() < expected.len());
        attempts += 1;
    }
    eprintln!("{killed} imports killed mid-way in {attempts} runs ({partial} left part of the corpus); a full import took {full:?}");
    assert_eq!(killed, KILLS, "only {killed} kills landed during an import");
}

#[test]
fn a_draft_saved_again_and_again_survives_kills() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let created = common::json(
        &library,
        &["draft", "new", "--title", "Kill test", "--json"],
    );
    let id = created["summary"]["id"].as_i64().unwrap().to_string();
    let bodies: Vec<String> = (0..4)
        .map(|v| {
            (0..200)
                .map(|p| format!("Version {v}, paragraph {p}: the delegation supports the programme of action.\n\n"))
                .collect()
        })
        .collect();
    let files: Vec<PathBuf> = bodies
        .iter()
        .enumerate()
        .map(|(v, body)| {
            let file = dir.path().join(format!("body-{v}.md"));
            std::fs::write(&file, body).unwrap();
            file
        })
        .collect();

    let started = Instant::now();
    let out = common::plenary(
        &library,
        &[
            "draft",
            "write",
            &id,
            "--from-file",
            files[0].to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let one_save = started.elapsed();

    let mut moments = Moments::from_env();
    let (mut killed, mut attempts) = (0, 0);
    while killed < KILLS && attempts < KILLS * 3 {
        let file = files[(attempts + 1) % files.len()].to_str().unwrap();
        let child = start(&library, &["draft", "write", &id, "--from-file", file]);
        killed += usize::from(kill_after(child, moments.next(one_save)));
        let what = format!("after run {attempts} of a draft save ({killed} kills)");
        let opened = assert_whole(&library, &what);
        let draft = opened.draft(id.parse().unwrap()).unwrap();
        assert!(
            bodies.iter().any(|b| b.trim() == draft.body.trim()),
            "{what}: the draft holds part of a text"
        );
        attempts += 1;
    }
    eprintln!("{killed} draft saves killed mid-way in {attempts} runs; one save took {one_save:?}");
    assert_eq!(killed, KILLS, "only {killed} kills landed during a save");
}

#[test]
fn an_encryption_killed_at_random_moments_leaves_one_whole_library() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write_corpus(&corpus, 60);
    let library = dir.path().join("library.db");
    let out = common::plenary(&library, &["import", corpus.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = shapes(&Library::open(&library).unwrap());
    let passphrase = "kill test passphrase";
    let encrypt = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
        command
            .args(["--library", library.to_str().unwrap(), "encrypt"])
            .env("PLENARY_PASSPHRASE", passphrase)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    let started = Instant::now();
    let status = encrypt().status().unwrap();
    let one_run = started.elapsed();
    assert!(status.success());
    Library::decrypt(&library, passphrase).unwrap();

    // Kills are drawn over a tenth more than the first (slowest, cold) run,
    // so some come after a run ended. The rename that ends an encryption
    // comes a moment before the process exits, too short a window for a
    // random kill to hit, so every fourth run is killed inside it
    // (`kill_once_encrypted`).
    let mut moments = Moments::from_env();
    let window = one_run.mul_f64(1.1);
    let (mut plain, mut encrypted, mut finished, mut attempts) = (0, 0, 0, 0);
    while (plain + encrypted < KILLS || plain == 0 || encrypted == 0) && attempts < KILLS * 3 {
        let killed = if attempts % 4 == 3 {
            kill_once_encrypted(encrypt(), &library)
        } else {
            kill_after(encrypt().spawn().unwrap(), moments.next(window))
        };
        let what = format!("after run {attempts} of an encryption (killed: {killed})");
        let is_encrypted = Library::is_encrypted(&library).unwrap();
        let opened = Library::open_unlocked(&library, is_encrypted.then_some(passphrase))
            .unwrap_or_else(|e| panic!("{what}: does not open: {e}"));
        assert_eq!(opened.integrity_check().unwrap(), "ok", "{what}");
        assert_eq!(shapes(&opened), expected, "{what}");
        drop(opened);
        match (killed, is_encrypted) {
            (true, false) => plain += 1,
            (true, true) => encrypted += 1,
            (false, true) => finished += 1,
            (false, false) => {
                panic!("{what}: an encryption that ran to its end left the library plain")
            }
        }
        if is_encrypted {
            Library::decrypt(&library, passphrase).unwrap();
        }
        attempts += 1;
    }
    eprintln!(
        "{} encryptions killed in {attempts} runs: {plain} before the rename (the library \
         still plain), {encrypted} after it (encrypted, opened with the passphrase); \
         {finished} ran to their end; one took {one_run:?}",
        plain + encrypted
    );
    assert!(
        plain + encrypted >= KILLS,
        "only {} kills landed during an encryption",
        plain + encrypted
    );
    assert!(plain > 0, "no kill landed before the encryption's rename");
    assert!(
        encrypted > 0,
        "no kill landed after the encryption's rename (does `plenary encrypt` still \
         print once the encrypted library is in place?)"
    );
}

#[test]
fn a_restore_killed_at_any_moment_leaves_a_whole_library_never_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write_corpus(&corpus, 60);
    let first = dir.path().join("first");
    std::fs::create_dir_all(&first).unwrap();
    for entry in std::fs::read_dir(&corpus).unwrap().take(30) {
        let path = entry.unwrap().path();
        std::fs::rename(&path, first.join(path.file_name().unwrap())).unwrap();
    }
    let library = dir.path().join("library.db");
    let backup = |what: &str| {
        let out = common::plenary(&library, &["backup"]);
        assert!(out.status.success(), "{what}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        PathBuf::from(stdout.trim().strip_prefix("backed up to ").unwrap())
    };
    assert!(
        common::plenary(&library, &["import", first.to_str().unwrap()])
            .status
            .success()
    );
    let smaller = shapes(&Library::open(&library).unwrap());
    let thirty = backup("thirty");
    std::thread::sleep(Duration::from_millis(1100));
    assert!(
        common::plenary(&library, &["import", corpus.to_str().unwrap()])
            .status
            .success()
    );
    let larger = shapes(&Library::open(&library).unwrap());
    let sixty = backup("sixty");
    assert_eq!((smaller.len(), larger.len()), (30, 60));

    let restore = |from: &Path| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_plenary"));
        command
            .args(["--library", library.to_str().unwrap(), "restore"])
            .arg(from)
            .env_remove("PLENARY_LIBRARY")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    let started = Instant::now();
    assert!(restore(&thirty).status().unwrap().success());
    let one_run = started.elapsed();
    let journal = dir.path().join("library.db.swap");

    // Runs alternate between the two backups; every fourth is killed the
    // moment the swap's journal appears, the next once the restore is
    // done, the others at random over a little more than a run.
    let mut moments = Moments::from_env();
    let (mut killed, mut attempts, mut mid_swap, mut after) = (0, 0, 0, 0);
    while killed < RESTORE_KILLS && attempts < RESTORE_KILLS * 4 {
        let (from, to) = match attempts % 2 {
            0 => (&sixty, &larger),
            _ => (&thirty, &smaller),
        };
        let before = shapes(&assert_whole(&library, "before the run"));
        let landed = match attempts % 4 {
            0 => {
                let landed = kill_when(
                    restore(from).spawn().unwrap(),
                    Duration::from_micros(100),
                    || journal.exists(),
                );
                mid_swap += usize::from(landed);
                landed
            }
            1 => {
                let landed = kill_once_done(restore(from), || {
                    Library::open(&library).is_ok_and(|l| shapes(&l) == *to)
                });
                after += usize::from(landed);
                landed
            }
            _ => kill_after(
                restore(from).spawn().unwrap(),
                moments.next(one_run.mul_f64(1.1)),
            ),
        };
        killed += usize::from(landed);
        let what = format!("after restore run {attempts} ({killed} kills)");
        assert!(library.exists(), "{what}: there is no library file");
        let found = shapes(&assert_whole(&library, &what));
        assert!(!found.is_empty(), "{what}: the library is empty");
        assert!(
            found == before || found == *to,
            "{what}: the library is neither the one before ({} documents) nor the backup ({}): {}",
            before.len(),
            to.len(),
            found.len()
        );
        assert!(
            !journal.exists(),
            "{what}: the open left the swap's journal"
        );
        attempts += 1;
    }
    eprintln!(
        "{killed} restores killed in {attempts} runs ({mid_swap} while the swap's journal was \
         there, {after} once the backup was in place); one took {one_run:?}"
    );
    assert_eq!(
        killed, RESTORE_KILLS,
        "only {killed} kills landed during a restore"
    );
}
