//! Putting a checked copy in place of the library (a restore) so that there
//! is never a moment without a library file, the library it replaces is
//! kept under a name of its own, and a swap cut short is finished by the
//! next open. It runs with the library to itself (see `lock`).
//!
//! First a journal beside the library (`<library>.swap`, see `names`)
//! names the copy coming in and the name the library will be kept under,
//! and is made durable (written whole under another name, then renamed, so
//! it is there complete or not at all). Then: a `-wal` a crash left beside the library,
//! which belongs to the old file, moves to the kept-aside name (the `-shm`,
//! an index SQLite rebuilds, is removed); the library takes the kept-aside
//! name as a second name, a hard link, which never replaces a file; the
//! copy is renamed over the library's name, which the system does in one
//! step; and the journal goes. On a file system without hard links the
//! library is renamed aside instead, and for a moment there is no library
//! file: the journal says a swap is under way, and the next open finishes
//! it rather than make a new library. Each step can be taken again, so
//! finishing resumes from whatever it finds.

use super::files::{folder_of, rename_new, sync_folder};
use super::names::{beside, journal, taken};
use crate::model::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// The journal: file names in the library's folder.
#[derive(Serialize, Deserialize)]
struct Journal {
    incoming: String,
    aside: String,
}

fn file_name(path: &Path) -> Result<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .ok_or_else(|| {
            Error::bad_input(
                &path.display().to_string(),
                "the file name is not UTF-8; Plenary cannot keep a journal of it",
            )
        })
}

/// Puts `incoming` in place of `library`, keeping the library (if there
/// is one) as `aside`, a name no file has (see the module comment).
pub fn put_in_place(library: &Path, incoming: &Path, aside: &Path) -> Result<()> {
    let folder = folder_of(library);
    let entry = Journal {
        incoming: file_name(incoming)?,
        aside: file_name(aside)?,
    };
    let path = journal(library);
    let text =
        serde_json::to_vec(&entry).map_err(|e| Error::io(&path, std::io::Error::other(e)))?;
    // Written whole under another name first: a journal is there complete
    // or not at all.
    let written = beside(&path, ".partial");
    let mut file = super::files::create_private_file(&written)?;
    file.write_all(&text)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io(&written, e))?;
    std::fs::rename(&written, &path).map_err(|e| Error::io(&path, e))?;
    sync_folder(folder)?;
    steps(library, incoming, aside)?;
    std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    sync_folder(folder)
}

/// True when a swap's journal says one was under way.
pub fn unfinished(library: &Path) -> bool {
    taken(&journal(library))
}

/// Finishes a swap that was cut short, if its journal is there.
pub fn finish(library: &Path) -> Result<()> {
    let path = journal(library);
    let text = match std::fs::read(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let entry: Journal = serde_json::from_slice(&text).map_err(|e| {
        Error::bad_input(
            &path.display().to_string(),
            format!(
                "a restore of this library was cut short and its journal cannot be read ({e}); \
                 the library is left as it is: look at the files beside it"
            ),
        )
    })?;
    let folder = folder_of(library);
    steps(
        library,
        &folder.join(&entry.incoming),
        &folder.join(&entry.aside),
    )?;
    std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    sync_folder(folder)
}

/// The swap's steps, each taken only if it is still to do.
fn steps(library: &Path, incoming: &Path, aside: &Path) -> Result<()> {
    if !taken(incoming) {
        // The copy is in place already.
        return Ok(());
    }
    if taken(library) && !taken(aside) {
        let wal = beside(library, "-wal");
        if taken(&wal) {
            let kept = beside(aside, "-wal");
            rename_new(&wal, &kept).map_err(|e| Error::io(&kept, e))?;
        }
        let shm = beside(library, "-shm");
        if taken(&shm) {
            std::fs::remove_file(&shm).map_err(|e| Error::io(&shm, e))?;
        }
        if let Err(e) = std::fs::hard_link(library, aside) {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                return Err(Error::io(aside, e));
            }
            rename_new(library, aside).map_err(|e| Error::io(aside, e))?;
        }
        sync_folder(folder_of(library))?;
    }
    std::fs::rename(incoming, library).map_err(|e| Error::io(library, e))?;
    sync_folder(folder_of(library))
}
