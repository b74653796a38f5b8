//! `plenary backup` and `plenary restore` as a user runs them: a backup
//! taken, the library changed, the backup put back (the replaced library
//! kept aside and still readable); a damaged backup refused before anything
//! is touched; and the daily backup made only when the last is a day old,
//! keeping the newest few (as many as the library's setting says, or none
//! when it turns them off); and half-written backups a crash left removed
//! by the next backup.

mod common;

use common::{code, json, plenary, stdout};
use std::path::{Path, PathBuf};

fn statement(folder: &Path, name: &str, state: &str) {
    std::fs::create_dir_all(folder).unwrap();
    std::fs::write(
        folder.join(name),
        format!("Statement by {state}\n\nMr. Chair,\n\n{state} supports the programme of action on ICT security.\n"),
    )
    .unwrap();
}

/// Writes a statement by `state` into `dir/in` and imports that folder.
fn import_statement(library: &Path, dir: &Path, name: &str, state: &str) {
    let input = dir.join("in");
    statement(&input, name, state);
    let out = plenary(library, &["import", input.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
}

fn documents(library: &Path) -> i64 {
    json(library, &["stats", "--json"])["documents"]
        .as_i64()
        .unwrap()
}

/// The file named on the line of `out` that starts with `prefix`.
fn named_file(out: &str, prefix: &str) -> PathBuf {
    let line = out
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no {prefix:?} in {out}"));
    PathBuf::from(line.trim())
}

fn backups(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_restored_brings_the_library_back_and_keeps_the_replaced_one() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import_statement(&library, dir.path(), "kenya.md", "Kenya");

    let out = plenary(
        &library,
        &["backup", "--to", dir.path().join("saved").to_str().unwrap()],
    );
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let backup = named_file(&stdout(&out), "backed up to ");
    assert!(backup.starts_with(dir.path().join("saved")), "{backup:?}");

    import_statement(&library, dir.path(), "chile.md", "Chile");
    assert_eq!(documents(&library), 2);

    let out = plenary(&library, &["restore", backup.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(documents(&library), 1, "the library is as it was backed up");
    let aside = named_file(&stdout(&out), "the library it replaced is kept as ");
    assert_eq!(documents(&aside), 2, "the replaced library is whole");
    let search = json(&library, &["search", "Kenya", "--json"]);
    assert!(search.to_string().contains("Kenya"), "{search}");
}

#[test]
fn a_damaged_backup_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import_statement(&library, dir.path(), "kenya.md", "Kenya");
    let out = plenary(&library, &["backup"]);
    let backup = named_file(&stdout(&out), "backed up to ");
    assert!(
        backup.starts_with(dir.path().join("backups")),
        "beside the library: {backup:?}"
    );

    let mut bytes = std::fs::read(&backup).unwrap();
    let half = bytes.len() / 2;
    bytes[half..].iter_mut().for_each(|b| *b = 0x5A);
    let damaged = dir.path().join("damaged.db");
    std::fs::write(&damaged, &bytes).unwrap();
    let not_a_library = dir.path().join("notes.db");
    std::fs::write(&not_a_library, "Mr. Chair, this is not a database.").unwrap();

    for bad in [&damaged, &not_a_library, &dir.path().join("missing.db")] {
        let out = plenary(&library, &["restore", bad.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(code(&out), 0, "{bad:?} was restored");
        assert!(stderr.contains(&*bad.display().to_string()), "{stderr}");
        assert_eq!(documents(&library), 1, "the library is untouched");
    }
    let left: Vec<String> = backups(dir.path())
        .into_iter()
        .filter(|n| n.contains("replaced") || n.contains("restoring"))
        .collect();
    assert!(left.is_empty(), "nothing was moved aside: {left:?}");
}

#[test]
fn the_daily_backup_runs_once_a_day_and_keeps_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import_statement(&library, dir.path(), "kenya.md", "Kenya");
    let folder = dir.path().join("daily");
    let daily = [
        "backup",
        "--if-due",
        "--keep",
        "3",
        "--to",
        folder.to_str().unwrap(),
    ];

    let first = stdout(&plenary(&library, &daily));
    assert!(first.starts_with("backed up to "), "{first}");
    let again = stdout(&plenary(&library, &daily));
    assert!(again.contains("less than a day old"), "{again}");
    assert_eq!(backups(&folder).len(), 1);

    // Five older backups, the newest two days old: one is due, and only the
    // three newest are kept.
    let made = backups(&folder).remove(0);
    for day in 1..=5 {
        std::fs::copy(
            folder.join(&made),
            folder.join(format!("plenary-2026-01-0{day}T08-00-00Z.db")),
        )
        .unwrap();
    }
    std::fs::remove_file(folder.join(&made)).unwrap();
    let third = stdout(&plenary(&library, &daily));
    assert!(third.starts_with("backed up to "), "{third}");
    let kept = backups(&folder);
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert_eq!(
        &kept[..2],
        [
            "plenary-2026-01-04T08-00-00Z.db",
            "plenary-2026-01-05T08-00-00Z.db"
        ]
    );
    assert_eq!(documents(&folder.join(&kept[2])), 1);
}

#[test]
fn the_daily_backup_keeps_as_many_as_the_library_says_and_none_when_off() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import_statement(&library, dir.path(), "chile.md", "Chile");
    let folder = dir.path().join("daily");
    let daily = ["backup", "--if-due", "--to", folder.to_str().unwrap()];

    {
        let mut settings = plenary_core::Library::open(&library).unwrap();
        assert_eq!(settings.daily_backups_kept().unwrap(), 14, "the default");
        let refused = settings.set_daily_backups_kept(400).unwrap_err();
        assert!(
            refused.to_string().contains("daily_backups_kept"),
            "{refused}"
        );
        settings.set_daily_backups_kept(0).unwrap();
    }
    let off = stdout(&plenary(&library, &daily));
    assert!(off.contains("turned off"), "{off}");
    assert!(!folder.exists(), "no backup was made");

    plenary_core::Library::open(&library)
        .unwrap()
        .set_daily_backups_kept(2)
        .unwrap();
    std::fs::create_dir_all(&folder).unwrap();
    let old = dir.path().join("old.db");
    assert_eq!(
        code(&plenary(
            &library,
            &["backup", "--to", dir.path().to_str().unwrap()]
        )),
        0
    );
    let made = backups(dir.path())
        .into_iter()
        .find(|n| n.starts_with("plenary-"))
        .unwrap();
    std::fs::rename(dir.path().join(made), &old).unwrap();
    for day in 1..=4 {
        std::fs::copy(
            &old,
            folder.join(format!("plenary-2026-02-0{day}T08-00-00Z.db")),
        )
        .unwrap();
    }
    let made = stdout(&plenary(&library, &daily));
    assert!(made.starts_with("backed up to "), "{made}");
    let kept = backups(&folder);
    assert_eq!(kept.len(), 2, "the setting's two are kept: {kept:?}");
    assert_eq!(kept[0], "plenary-2026-02-04T08-00-00Z.db");
}

#[test]
fn a_backup_removes_the_half_written_ones_a_crash_left() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    import_statement(&library, dir.path(), "kenya.md", "Kenya");
    let folder = dir.path().join("backups");
    std::fs::create_dir_all(&folder).unwrap();
    // Left by a backup killed an hour ago.
    let leftover = folder.join("plenary-2026-01-05T08-00-00Z.db.partial");
    std::fs::write(&leftover, vec![0u8; 4096]).unwrap();
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&leftover)
        .unwrap()
        .set_modified(an_hour_ago)
        .unwrap();
    let other = folder.join("notes.txt");
    std::fs::write(&other, "not Plenary's").unwrap();
    // One another process is writing this very moment.
    let busy = folder.join("plenary-2026-01-06T08-00-00Z.db.partial");
    std::fs::write(&busy, vec![0u8; 4096]).unwrap();

    let out = plenary(&library, &["backup"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!leftover.exists(), "the half-written backup was removed");
    assert!(other.exists(), "other files are left alone");
    assert!(busy.exists(), "one being written is left alone");
    assert_eq!(
        backups(&folder)
            .iter()
            .filter(|n| n.ends_with(".db"))
            .count(),
        1
    );
}
