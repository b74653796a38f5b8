//! What happens to a library's file before SQLite opens it.
//!
//! Contract: `open` makes the library's folder if need be (its owner's
//! alone), and takes this process's share of the library's lock (`lock`),
//! first finishing, with the library to itself, a restore that was cut
//! short (`swap`). A missing library is made, empty and its owner's alone,
//! unless a file beside it says a restore or a rewrite was under way (a
//! kept-aside library, a copy on its way in): then the open is refused,
//! naming the file, rather than a new, empty library silently made in its
//! place. Copies a killed rewrite or restore left beside a library
//! (`.rewriting`, which may hold the whole library in the clear, and
//! `.restoring`) are removed: no rewrite can be under way while this
//! process holds its share. Files of the library that others could read
//! (earlier versions wrote them so) are tightened, and named, so the
//! caller can say so once. `prepare_alone` does the finishing and the
//! removing for a rewrite that has the library to itself.

use super::files::{create_new_private_file, create_private_dir, folder_of, make_private};
use super::lock::LibraryLock;
use super::names::{
    backup_folder, backups_in, beside, journal, kept_aside, lock, partial_backups_in, restoring,
    rewriting, taken,
};
use super::swap;
use crate::model::{Error, Result};
use std::path::{Path, PathBuf};

/// A library file made ready for SQLite: the lock this process holds on
/// it, and the files that were open to others and are no longer.
pub struct Opened {
    pub lock: LibraryLock,
    pub tightened: Vec<PathBuf>,
}

/// Makes the library at `library` ready to open (see the module comment).
pub fn open(library: &Path) -> Result<Opened> {
    let folder = folder_of(library);
    if !folder.exists() {
        create_private_dir(folder)?;
    }
    let (held, alone) = LibraryLock::shared(library, || swap::unfinished(library))?;
    if alone {
        swap::finish(library)?;
        held.share(library)?;
    }
    if !taken(library) {
        refuse_if_interrupted(library)?;
        match create_new_private_file(library) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(Error::io(library, e)),
        }
    }
    remove_leftovers(library)?;
    Ok(Opened {
        lock: held,
        tightened: tighten(library)?,
    })
}

/// For a rewrite that holds the library's lock exclusively: finishes a
/// restore that was cut short and removes what killed rewrites left.
pub fn prepare_alone(library: &Path) -> Result<()> {
    swap::finish(library)?;
    remove_leftovers(library)
}

/// Refuses to make a new library at `library` when a file beside it says
/// one was there and a restore or rewrite of it did not finish.
fn refuse_if_interrupted(library: &Path) -> Result<()> {
    let mut left: Vec<PathBuf> = kept_aside(library);
    left.extend(
        [restoring(library), rewriting(library)]
            .into_iter()
            .filter(|p| taken(p)),
    );
    let Some(last) = left.last() else {
        return Ok(());
    };
    let name = library.file_name().unwrap_or_default().to_string_lossy();
    Err(Error::io(
        library,
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!(
                "there is no library file here, but {} is beside it: a restore or a rewrite of \
                 the library did not finish. No new library was made. To use that file, give \
                 it the name {name}; to start a new library, move it elsewhere",
                last.display()
            ),
        ),
    ))
}

fn remove_leftovers(library: &Path) -> Result<()> {
    let unwritten_journal = beside(&journal(library), ".partial");
    for leftover in [rewriting(library), restoring(library), unwritten_journal] {
        match std::fs::remove_file(&leftover) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&leftover, e)),
        }
    }
    Ok(())
}

/// Takes others' rights off every file that goes with the library, and
/// off its backups folder and the platform's data folder; the ones that
/// had any.
fn tighten(library: &Path) -> Result<Vec<PathBuf>> {
    let mut paths = vec![
        library.to_path_buf(),
        beside(library, "-wal"),
        beside(library, "-shm"),
        lock(library),
    ];
    for aside in kept_aside(library) {
        paths.push(beside(&aside, "-wal"));
        paths.push(aside);
    }
    let folder = backup_folder(library);
    paths.extend(backups_in(&folder)?.into_iter().map(|(_, backup)| backup));
    paths.extend(partial_backups_in(&folder));
    paths.push(folder);
    if is_data_folder(folder_of(library)) {
        paths.push(folder_of(library).to_path_buf());
    }
    let mut tightened = Vec::new();
    for path in paths {
        if make_private(&path)? {
            tightened.push(path);
        }
    }
    Ok(tightened)
}

/// True when `folder` is Plenary's own in the platform's data folder.
fn is_data_folder(folder: &Path) -> bool {
    let Some(default) = crate::store::default_library_path() else {
        return false;
    };
    let ours = folder_of(&default);
    match (std::fs::canonicalize(folder), std::fs::canonicalize(ours)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
