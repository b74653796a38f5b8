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
//! At start the reuse index is built on a second connection, off the lock,
//! and then handed to the library (`warm_reuse_index`): the window lists
//! and searches meanwhile, and the drafting studio's suggestions, which wait
//! for it (`run_with_reuse`), are ready without a build on the first one.

use crate::error::ApiError;
use plenary_core::Library;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// How long work that reads the reuse index waits for the one built at
/// start before it builds its own.
const REUSE_WAIT: Duration = Duration::from_secs(30);

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
}

impl Librarian {
    pub fn new(path: PathBuf) -> Self {
        Librarian {
            path: Arc::new(path),
            library: Arc::new(Mutex::new(None)),
            reuse_ready: Arc::new((Mutex::new(false), Condvar::new())),
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

    /// Builds the reuse index on a thread and a connection of its own, then
    /// hands it to the library. The library is opened first, under the
    /// lock, so that its schema is brought up to date only once.
    pub fn warm_reuse_index(&self) {
        let librarian = self.clone();
        std::thread::spawn(move || {
            if librarian.run_here(|_| Ok(())).is_ok() {
                if let Ok(aside) = Library::build_reuse_index_aside(&librarian.path) {
                    // A refusal (the file changed meanwhile) only means the
                    // index is built on first use instead.
                    let _ = librarian.run_here(move |library| library.adopt_reuse_index(aside));
                }
            }
            crate::memory::release_free_memory();
            let (ready, changed) = &*librarian.reuse_ready;
            *ready.lock().unwrap_or_else(|p| p.into_inner()) = true;
            changed.notify_all();
            // The start-up bench times this line as it times the first view.
            if std::env::var_os("PLENARY_STARTUP_PROBE").is_some() {
                println!("plenary-startup: reuse index ready");
            }
        });
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
            let ready = ready.lock().unwrap_or_else(|p| p.into_inner());
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
        // A panic while holding the lock leaves the connection itself sound
        // (every write is one transaction), so a poisoned lock is taken over.
        let mut slot = self
            .library
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let library = match slot.as_mut() {
            Some(library) => library,
            None => {
                slot.insert(Library::open(self.path.as_path()).map_err(|e| self.cannot_open(e))?)
            }
        };
        Ok(work(library)?)
    }
}
