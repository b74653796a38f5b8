//! The library the window works on, and how commands reach it.
//!
//! The file is `PLENARY_LIBRARY` when that is set (the end-to-end tests and
//! the start-up bench point it at a library of their own), or else
//! `plenary/library.db` in the platform's data folder, as for the CLI.
//!
//! One `Library` (one SQLite connection) sits behind a mutex and is opened on
//! first use, so the window appears before the file is read, and a library
//! that cannot be opened is reported to the UI as an error, not a crash.
//! Work runs on Tauri's blocking thread pool, never on the main thread or an
//! async worker. Why one shared connection rather than one per call is in
//! docs/DECISIONS.md.
//!
//! At start (`start_upkeep`) the reuse index is built on a second
//! connection, off the lock, and then handed to the library: the window
//! lists and searches meanwhile, and the drafting studio's suggestions,
//! which wait for it (`run_with_reuse`), are ready without a build on the
//! first one. Then the daily backup is made when one is due, on a
//! connection of its own too, and again every hour the window stays open
//! (`keep_backing_up`), whenever a day has passed since the last.
//!
//! An encrypted library stays closed until `unlock` is given its
//! passphrase; the start-up work waits for that. The library's files that
//! other users could read when it was opened (and only this user can now)
//! are kept for the safekeeping dialog to say once. Setting, changing or
//! removing the passphrase, and restoring a backup (`rewrite_file`), close
//! the library, rewrite or replace the file and open it again, while no
//! start-up work or backup reads it.

use crate::error::ApiError;
use plenary_core::Library;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// How long work that reads the reuse index waits for the one built at
/// start before it builds its own.
const REUSE_WAIT: Duration = Duration::from_secs(30);
/// How often a window left open checks whether the daily backup is due.
const BACKUP_CHECK: Duration = Duration::from_secs(60 * 60);

/// Where the library lives when `PLENARY_LIBRARY` does not say.
pub fn library_path() -> PathBuf {
    if let Some(path) = std::env::var_os("PLENARY_LIBRARY").filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    plenary_core::default_library_path().unwrap_or_else(|| PathBuf::from("library.db"))
}

#[derive(Clone)]
pub struct Librarian {
    path: Arc<PathBuf>,
    library: Arc<Mutex<Option<Library>>>,
    /// True once the reuse index built at start was handed over (or
    /// could not be built).
    reuse_ready: Arc<(Mutex<bool>, Condvar)>,
    /// Held by work that reads the file on a connection of its own (the
    /// start-up work, a backup) or replaces it (a passphrase change).
    upkeep: Arc<Mutex<()>>,
    /// Why the last daily backup failed, if it did.
    daily_problem: Arc<Mutex<Option<String>>>,
    /// The library's files the opens tightened (see `Library::tightened`).
    tightened: Arc<Mutex<Vec<String>>>,
}

/// Takes a lock even when a panic poisoned it: every write is one
/// transaction, so what it guards is still sound.
fn hold<T>(lock: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Librarian {
    pub fn new(path: PathBuf) -> Self {
        Librarian {
            path: Arc::new(path),
            library: Arc::new(Mutex::new(None)),
            reuse_ready: Arc::new((Mutex::new(false), Condvar::new())),
            upkeep: Arc::new(Mutex::new(())),
            daily_problem: Arc::new(Mutex::new(None)),
            tightened: Arc::new(Mutex::new(Vec::new())),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` on the library on a blocking thread, opening it first if
    /// this is the first call.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> plenary_core::Result<T> + Send + 'static,
    {
        let librarian = self.clone();
        tauri::async_runtime::spawn_blocking(move || librarian.run_here(work)).await?
    }

    /// Starts the start-up work on a thread: the reuse index is built on a
    /// connection of its own and handed to the library (opened first,
    /// under the lock, so that its schema is brought up to date only once),
    /// then the daily backup is made if one is due. A locked library is
    /// left for `unlock`, which starts this again.
    pub fn start_upkeep(&self) {
        let librarian = self.clone();
        std::thread::spawn(move || {
            let alone = hold(&librarian.upkeep);
            let opened = librarian.run_here(|_| Ok(()));
            if opened.is_err() && librarian.is_locked() {
                return;
            }
            if opened.is_ok() {
                if let Ok(aside) = Library::build_reuse_index_aside(&librarian.path) {
                    // A refusal (the file changed meanwhile) only means the
                    // index is built on first use instead.
                    let _ = librarian.run_here(move |library| library.adopt_reuse_index(aside));
                }
            }
            crate::memory::release_free_memory();
            librarian.set_reuse_ready(true);
            // The start-up bench times this line as it times the first view.
            if std::env::var_os("PLENARY_STARTUP_PROBE").is_some() {
                println!("plenary-startup: reuse index ready");
            }
            if opened.is_ok() {
                librarian.back_up_daily();
            }
            drop(alone);
        });
    }

    fn set_reuse_ready(&self, value: bool) {
        let (ready, changed) = &*self.reuse_ready;
        *hold(ready) = value;
        changed.notify_all();
    }

    /// The daily backup, beside the library, on a connection of its own so
    /// that the window works on meanwhile; a failure is kept for the
    /// safekeeping dialog to show.
    fn back_up_daily(&self) {
        let folder = Library::default_backup_folder(&self.path);
        let made =
            Library::open(self.path.as_path()).and_then(|aside| aside.back_up_daily(&folder));
        *hold(&self.daily_problem) = made
            .err()
            .map(|e| format!("The daily backup into {} failed: {e}", folder.display()));
    }

    /// Checks every hour, for as long as the window is open, whether the
    /// daily backup is due, so a library left open for days is still
    /// backed up daily.
    pub fn keep_backing_up(&self) {
        let librarian = self.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(BACKUP_CHECK);
            let alone = hold(&librarian.upkeep);
            if hold(&librarian.library).is_some() {
                librarian.back_up_daily();
            }
            drop(alone);
        });
    }

    /// Why the last daily backup failed, if it did.
    pub fn daily_problem(&self) -> Option<String> {
        hold(&self.daily_problem).clone()
    }

    /// The library's files that other users could read when it was opened.
    pub fn tightened(&self) -> Vec<String> {
        hold(&self.tightened).clone()
    }

    /// `library`, just opened, after noting which of its files the open
    /// tightened.
    fn opened(&self, library: Library) -> Library {
        let files: Vec<String> = library
            .tightened()
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        if !files.is_empty() {
            eprintln!(
                "plenary: other users of this computer could read these files; only you can now: {}",
                files.join(", ")
            );
            hold(&self.tightened).extend(files);
        }
        library
    }

    /// True when the library is encrypted and not yet unlocked.
    pub fn is_locked(&self) -> bool {
        hold(&self.library).is_none() && Library::is_encrypted(&self.path).unwrap_or(false)
    }

    /// Opens the encrypted library with `passphrase` (a wrong one is an
    /// error and changes nothing), then starts the start-up work.
    pub async fn unlock(&self, passphrase: String) -> Result<(), ApiError> {
        let librarian = self.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let mut slot = hold(&librarian.library);
            if slot.is_none() {
                let library = Library::open_unlocked(librarian.path.as_path(), Some(&passphrase))?;
                *slot = Some(librarian.opened(library));
            }
            drop(slot);
            librarian.start_upkeep();
            Ok(())
        })
        .await?
    }

    /// Runs `work` on a connection of its own (the library opened first),
    /// while no other such work runs: for a backup, which can take seconds
    /// on a large library and should not hold up the window.
    pub async fn run_aside<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Library) -> plenary_core::Result<T> + Send + 'static,
    {
        let librarian = self.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let _alone = hold(&librarian.upkeep);
            librarian.run_here(|_| Ok(()))?;
            Ok(work(&Library::open(librarian.path.as_path())?)?)
        })
        .await?
    }

    /// Closes the library (if it is open), lets `change` rewrite or
    /// replace its file (encrypt, decrypt, change the passphrase, restore
    /// a backup), and opens it again: with `passphrase` when one is given
    /// (a restored encrypted backup), or else with the key known here; the
    /// answer is what `change` gave. The reuse index goes with the closed
    /// library and is built again at once.
    pub async fn rewrite_file<T, F>(
        &self,
        change: F,
        passphrase: Option<String>,
    ) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Path) -> plenary_core::Result<T> + Send + 'static,
    {
        let librarian = self.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let alone = hold(&librarian.upkeep);
            let mut slot = hold(&librarian.library);
            librarian.set_reuse_ready(false);
            *slot = None;
            let changed = change(librarian.path.as_path());
            let reopened = match (&changed, passphrase) {
                (Ok(_), Some(passphrase)) => {
                    Library::open_unlocked(librarian.path.as_path(), Some(&passphrase))
                        .map(|library| *slot = Some(librarian.opened(library)))
                        .map_err(|e| librarian.cannot_open(e))
                }
                _ => librarian.run_locked(&mut slot, |_| Ok(())),
            };
            drop((slot, alone));
            librarian.start_upkeep();
            let changed = changed?;
            reopened.map(|()| changed)
        })
        .await?
    }

    /// `run`, for work that reads the reuse index: it first waits (up to
    /// `REUSE_WAIT`) for the index built at start.
    pub async fn run_with_reuse<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> plenary_core::Result<T> + Send + 'static,
    {
        let librarian = self.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let (ready, changed) = &*librarian.reuse_ready;
            let ready = hold(ready);
            drop(
                changed
                    .wait_timeout_while(ready, REUSE_WAIT, |ready| !*ready)
                    .unwrap_or_else(|p| p.into_inner()),
            );
            librarian.run_here(work)
        })
        .await?
    }

    /// An error opening the library, naming the file (the core's message
    /// may not).
    fn cannot_open(&self, error: plenary_core::Error) -> ApiError {
        let path = self.path.display().to_string();
        let message = error.to_string();
        match message.contains(&path) {
            true => ApiError::new(error.kind(), message),
            false => ApiError::new(
                error.kind(),
                format!("{path} cannot be opened as a library: {message}"),
            ),
        }
    }

    fn run_here<T>(
        &self,
        work: impl FnOnce(&mut Library) -> plenary_core::Result<T>,
    ) -> Result<T, ApiError> {
        self.run_locked(&mut hold(&self.library), work)
    }

    /// `work` on the library in `slot`, opening it first if it is closed.
    fn run_locked<T>(
        &self,
        slot: &mut Option<Library>,
        work: impl FnOnce(&mut Library) -> plenary_core::Result<T>,
    ) -> Result<T, ApiError> {
        let library = match slot.as_mut() {
            Some(library) => library,
            None => {
                let library =
                    Library::open(self.path.as_path()).map_err(|e| self.cannot_open(e))?;
                slot.insert(self.opened(library))
            }
        };
        Ok(work(library)?)
    }
}
