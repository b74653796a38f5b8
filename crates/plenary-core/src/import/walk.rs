//! Expanding the paths a user named into the files to import. Folders are
//! walked with `walkdir`, in name order, following symbolic links: a link
//! that leads back into a folder being walked (a loop) is reported and not
//! followed, and so is a link that leads outside the folder the user named
//! (an imported folder never reaches files its owner did not put in it);
//! every entry that cannot be read is reported with its reason. Hidden
//! files and folders are passed over.

use std::path::{Path, PathBuf};

/// A file to import and whether the user named it or a folder walk found it.
pub struct Candidate {
    pub path: PathBuf,
    pub named: bool,
}

/// A path that could not be walked, with the reason.
pub struct Unreadable {
    pub path: PathBuf,
    pub problem: String,
}

/// The files under `path` (itself, when it is a file), and the entries
/// that could not be read.
pub fn files_under(path: &Path, found: &mut Vec<Candidate>, unreadable: &mut Vec<Unreadable>) {
    let root = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut outside = Vec::new();
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() == 0 {
                return true;
            }
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            match leads_outside(e, &root) {
                Some(target) => {
                    outside.push(Unreadable {
                        path: e.path().to_path_buf(),
                        problem: format!(
                            "a link that leads outside {}, to {}; it was not followed",
                            path.display(),
                            target.display()
                        ),
                    });
                    false
                }
                None => true,
            }
        });
    for entry in walk {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => found.push(Candidate {
                named: entry.depth() == 0,
                path: entry.into_path(),
            }),
            Err(e) => {
                let at = e.path().unwrap_or(path).to_path_buf();
                let problem = match (e.loop_ancestor(), e.io_error()) {
                    (Some(ancestor), _) => format!(
                        "a link that leads back to {}, which is being imported already; it was not followed",
                        ancestor.display()
                    ),
                    (None, Some(io)) => format!("cannot be read: {io}"),
                    (None, None) => e.to_string(),
                };
                unreadable.push(Unreadable { path: at, problem });
            }
        }
    }
    unreadable.append(&mut outside);
}

/// Where a symbolic link below the walked folder leads, when that is
/// outside the folder. A broken link leads nowhere and is left to the walk,
/// which reports it.
fn leads_outside(entry: &walkdir::DirEntry, root: &Path) -> Option<PathBuf> {
    if !entry.path_is_symlink() {
        return None;
    }
    let target = std::fs::canonicalize(entry.path()).ok()?;
    (!target.starts_with(root)).then_some(target)
}
