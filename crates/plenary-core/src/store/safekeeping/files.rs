//! How Plenary writes files: so that no one else can read them, and never
//! over another file. Folders it makes are its owner's alone (0700 on
//! Unix) and so is every file it writes (0600), from the moment the file
//! exists; a file or folder it finds open to others is tightened the same
//! way (`make_private`). A file given a new name never takes the name of
//! one already there (`rename_new`). The Unix modes live here alone,
//! behind `cfg(unix)`; elsewhere files keep what the system gives them
//! (what Windows needs is in docs/DECISIONS.md).

use crate::model::{Error, Result};
use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Makes `folder` and its missing parents, each its owner's alone.
pub fn create_private_dir(folder: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(folder).map_err(|e| Error::io(folder, e))
}

/// Opens `file` for writing, created or emptied, its owner's alone.
pub fn create_private_file(file: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let opened = options.open(file).map_err(|e| Error::io(file, e))?;
    // A file that was there already kept its mode through the open.
    #[cfg(unix)]
    opened
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::io(file, e))?;
    Ok(opened)
}

/// Makes a new, empty file at `file`, its owner's alone; an error if
/// anything is there already.
pub fn create_new_private_file(file: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(file)
}

/// Writes `bytes` to `file` (an export), its owner's alone.
pub fn write_private(file: &Path, bytes: &[u8]) -> Result<()> {
    let mut opened = create_private_file(file)?;
    opened.write_all(bytes).map_err(|e| Error::io(file, e))
}

/// Takes every right but the owner's off `path`, a file or a folder; true
/// when it had any to take. A path that is not there has none.
pub fn make_private(path: &Path) -> Result<bool> {
    #[cfg(unix)]
    {
        let mode = match std::fs::metadata(path) {
            Ok(meta) => meta.permissions().mode(),
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(Error::io(path, e)),
        };
        if mode & 0o077 == 0 {
            return Ok(false);
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077))
            .map_err(|e| Error::io(path, e))?;
        Ok(true)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(false)
    }
}

/// Gives the file `from` the name `to`, which must be free: an
/// `AlreadyExists` error otherwise, and nothing is renamed. A hard link
/// makes the new name (it fails rather than replace), then the old name
/// goes; where the file system has no hard links, the name is checked and
/// the file renamed.
pub fn rename_new(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Err(e),
        Err(_) if std::fs::symlink_metadata(to).is_ok() => {
            Err(std::io::Error::from(ErrorKind::AlreadyExists))
        }
        Err(_) => std::fs::rename(from, to),
    }
}

/// Makes the names in `folder` (renames, new and removed files) durable.
pub fn sync_folder(folder: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(folder)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(folder, e))?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// The folder a file is in ("." for a bare name).
pub fn folder_of(file: &Path) -> &Path {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}
