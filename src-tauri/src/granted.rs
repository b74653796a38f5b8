//! The files and folders the page may name for an import: only those the
//! user chose in this session, in the import dialog (`pick_import_paths`)
//! or by dropping them on the window (the shell sees the drop itself, in
//! `main.rs`). A page that names any other path (`/etc`, a key in the home
//! folder) is refused before anything is read. What a folder holds is
//! walked by the core, which keeps to the folder (see `import::walk`).

use crate::error::ApiError;
use plenary_core::ErrorKind;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The paths chosen so far in this session.
#[derive(Clone, Default)]
pub struct Granted(Arc<Mutex<HashSet<PathBuf>>>);

impl Granted {
    /// Notes `paths` as chosen by the user.
    pub fn allow(&self, paths: &[PathBuf]) {
        let mut granted = self.0.lock().unwrap_or_else(|e| e.into_inner());
        granted.extend(paths.iter().cloned());
    }

    /// Refuses the first of `paths` the user did not choose.
    pub fn check(&self, paths: &[PathBuf]) -> Result<(), ApiError> {
        let granted = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match paths.iter().find(|p| !granted.contains(*p)) {
            None => Ok(()),
            Some(path) => Err(ApiError::new(
                ErrorKind::BadInput,
                format!(
                    "{}: not chosen in the import dialog or dropped on the window; \
                     nothing was imported",
                    path.display()
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_chosen_paths_pass() {
        let granted = Granted::default();
        let picked = PathBuf::from("/home/someone/statements");
        granted.allow(std::slice::from_ref(&picked));
        assert!(granted.check(std::slice::from_ref(&picked)).is_ok());
        let refused = granted
            .check(&[picked.clone(), PathBuf::from("/etc/passwd")])
            .unwrap_err();
        assert!(
            refused.message.contains("/etc/passwd"),
            "{}",
            refused.message
        );
        assert!(granted.check(&[PathBuf::from("/home/someone")]).is_err());
    }
}
