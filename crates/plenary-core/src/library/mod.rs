//! Layer 5: `Library`, the facade the CLI and the desktop shell call, one
//! file per feature: `documents` (import, the documents and their
//! metadata, search, reuse), `drafts`, `talking_points`, `agreed`,
//! `positions`, `contacts`, `commitments`, `sessions`, `termbase`,
//! `topics` and `safekeeping` (backups and encryption). Each method is an
//! adapter over its feature's capability folder. This file holds the library itself: its file and the
//! in-memory reuse index, which is built on first use and rebuilt when
//! another process has written to the file (`PRAGMA data_version`).

mod agreed;
mod commitments;
mod contacts;
mod documents;
mod drafts;
mod positions;
mod safekeeping;
mod sessions;
mod talking_points;
mod termbase;
mod topics;

pub use safekeeping::DAILY_BACKUPS_KEPT;

use crate::model::Result;
use crate::reuse::{self, ReuseIndex};
use crate::store::Store;
use crate::termbase::provide_shipped;
use chrono::NaiveDate;
use std::cell::{Cell, Ref, RefCell};
use std::path::Path;

/// A reuse index built on a second connection to the library file, with
/// what is needed to tell whether it is still current
/// (`Library::build_reuse_index_aside`).
pub struct ReuseIndexAside {
    store: Store,
    version: i64,
    index: ReuseIndex,
}

/// An open library.
pub struct Library {
    store: Store,
    /// The reuse index, built on first use (see `reuse::ReuseIndex`).
    reuse: RefCell<Option<ReuseIndex>>,
    /// The file's `data_version` when the index was last known current.
    reuse_version: Cell<i64>,
}

impl Library {
    /// Opens (creating if needed) the library file at `path` and brings its
    /// schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::over(Store::open(path.as_ref())?)
    }

    /// A library that lives only as long as the value: for tests and benches.
    pub fn open_in_memory() -> Result<Self> {
        Self::over(Store::open_in_memory()?)
    }

    /// A library over an open store, whose termbase is given the concepts
    /// Plenary ships if it never was.
    fn over(mut store: Store) -> Result<Self> {
        provide_shipped(&mut store)?;
        Ok(Library {
            store,
            reuse: RefCell::new(None),
            reuse_version: Cell::new(0),
        })
    }

    /// The file this library lives in, if any.
    pub fn path(&self) -> Option<&Path> {
        self.store.path()
    }

    /// SQLite's and the search index's own consistency checks: "ok", or
    /// the first problem found.
    pub fn integrity_check(&self) -> Result<String> {
        self.store.integrity_check()
    }

    /// True when no transaction is left open on the library.
    pub fn is_idle(&self) -> bool {
        self.store.is_idle()
    }

    /// The reuse index, current with the file: built on first use, and
    /// again when another process has written to the library since.
    fn reuse_index(&self) -> Result<Ref<'_, ReuseIndex>> {
        let version = self.store.data_version()?;
        if version != self.reuse_version.get() {
            self.reuse.replace(None);
        }
        if self.reuse.borrow().is_none() {
            let index = reuse::build_index(&self.store)?;
            self.reuse.replace(Some(index));
            self.reuse_version.set(version);
        }
        Ok(Ref::map(self.reuse.borrow(), |index| {
            index.as_ref().expect("the index was built above")
        }))
    }

    /// Builds the reuse index of the library file at `path` on a
    /// connection of its own, so that a `Library` in use elsewhere (the
    /// app's, which must stay free for the window) can take it with
    /// `adopt_reuse_index` instead of building it on the first suggestion.
    pub fn build_reuse_index_aside(path: &Path) -> Result<ReuseIndexAside> {
        let store = Store::open_for_scan(path)?;
        let version = store.data_version()?;
        let index = reuse::build_index(&store)?;
        Ok(ReuseIndexAside {
            store,
            version,
            index,
        })
    }

    /// Takes an index built aside, when this library has none yet and
    /// nothing was committed to the file since that build began (the
    /// aside connection's `data_version` sees every other connection's
    /// commits, this library's own included). True when it was taken.
    pub fn adopt_reuse_index(&self, aside: ReuseIndexAside) -> Result<bool> {
        if self.reuse.borrow().is_some() || aside.store.data_version()? != aside.version {
            return Ok(false);
        }
        self.reuse_version.set(self.store.data_version()?);
        self.reuse.replace(Some(aside.index));
        Ok(true)
    }

    /// The reuse index taken out for a write, current with the file.
    fn take_reuse_index(&mut self) -> Result<ReuseIndex> {
        drop(self.reuse_index()?);
        Ok(self.reuse.take().unwrap_or_default())
    }
}

/// Today's date on the local calendar: what the desk's views (stale
/// contacts, overdue commitments, the next session) are reckoned from.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
