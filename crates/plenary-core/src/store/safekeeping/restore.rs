//! Putting a backup back in place of the library.
//!
//! Contract: `restore` takes only a regular file (a link is refused: what
//! it leads to could change between the check and the copy), refuses a
//! plain backup over an encrypted library unless told to take the
//! encryption off (`allow_plain`), and needs the library to itself: while
//! another Plenary has it open it refuses and changes nothing (see
//! `lock`). It copies the backup beside the library
//! (`<library>.restoring`, its owner's alone), checks the copy
//! (`candidate`: a whole Plenary library with exactly Plenary's schema,
//! brought up to date), and only then swaps it in (`swap`): there is
//! never a moment without a library file, and the library replaced is
//! kept under a name no other file has (`<library>.replaced-<UTC time>`,
//! `-2`… after it when that is taken). An encrypted backup is unlocked
//! with its passphrase; its key is then the library's.

use super::candidate;
use super::files::create_private_file;
use super::key::{self, is_encrypted};
use super::lock::LibraryLock;
use super::names::{new_kept_aside, restoring, taken};
use super::opening::prepare_alone;
use super::swap;
use crate::model::{Error, Result};
use chrono::Utc;
use std::path::{Path, PathBuf};

/// What `restore` did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// Where the library that was replaced now lies, if there was one.
    pub replaced: Option<PathBuf>,
}

/// Replaces the library at `library` with a copy of `backup` (see the
/// module comment), unlocked with `passphrase` when it is encrypted.
pub fn restore(
    library: &Path,
    backup: &Path,
    passphrase: Option<&str>,
    allow_plain: bool,
) -> Result<Restored> {
    let shown = backup.display().to_string();
    let meta = std::fs::symlink_metadata(backup)
        .map_err(|_| Error::bad_input(&shown, "there is no such backup file"))?;
    if meta.file_type().is_symlink() {
        return Err(Error::bad_input(
            &shown,
            "this is a link, not a backup file; name the file itself",
        ));
    }
    if !meta.is_file() {
        return Err(Error::bad_input(&shown, "this is not a backup file"));
    }
    if !allow_plain && is_encrypted(library)? && !is_encrypted(backup)? {
        return Err(Error::field(
            "decrypt",
            format!(
                "the library {} is encrypted and the backup {shown} is not: restoring it would \
                 take the library's encryption off; nothing was changed",
                library.display()
            ),
        ));
    }
    let _alone = LibraryLock::exclusive(library)?;
    prepare_alone(library)?;
    let incoming = restoring(library);
    let checked =
        copy(backup, &incoming).and_then(|()| candidate::check(&incoming, backup, passphrase));
    let cipher = match checked {
        Ok(cipher) => cipher,
        Err(e) => {
            let _ = std::fs::remove_file(&incoming);
            return Err(e);
        }
    };
    let existed = taken(library);
    let aside = new_kept_aside(library, Utc::now());
    swap::put_in_place(library, &incoming, &aside)?;
    key::forget(library);
    if let Some(cipher) = &cipher {
        key::remember(library, cipher);
    }
    Ok(Restored {
        replaced: existed.then_some(aside),
    })
}

/// Copies the regular file `from` to `to`, which only its owner may read,
/// and makes the copy durable.
fn copy(from: &Path, to: &Path) -> Result<()> {
    let mut source = std::fs::File::open(from).map_err(|e| Error::io(from, e))?;
    // The file opened is the one checked: not a device or a pipe that took
    // its name since.
    let meta = source.metadata().map_err(|e| Error::io(from, e))?;
    if !meta.is_file() {
        return Err(Error::bad_input(
            &from.display().to_string(),
            "this is not a backup file",
        ));
    }
    let mut target = create_private_file(to)?;
    std::io::copy(&mut source, &mut target).map_err(|e| Error::io(to, e))?;
    target.sync_all().map_err(|e| Error::io(to, e))
}
