//! Plenary's core: one local SQLite library of a delegation's statements,
//! their passages, and everything read from them. Layers, each using only
//! those below it (see `docs/ARCHITECTURE.md`):
//!
//! 1. `model`: the types every layer shares;
//! 2. `text`: pure text work (passages, sentences, tokens, roles, dates);
//! 3. `store`: the only owner of the SQLite file and the only SQL;
//! 4. capabilities on the store: `import`, `search`, `reuse`, `render`,
//!    `draft`, `desk`, `agreed`, `positions`;
//! 5. `Library`, below: the thin facade the CLI and the desktop shell call
//!    (the drafting studio's methods are in `drafting.rs`, the desk
//!    officer's in `deskwork.rs` and `commitwork.rs`, backups and the
//!    passphrase in `safekeeping.rs`, agreed language and positions in
//!    `consensus.rs`).
//!
//! `Library` also keeps derived data true after every write, whoever wrote:
//! the in-memory reuse index is rebuilt when another process changed the
//! file, a corrected date re-derives the document's reuse links, and a
//! document analysed again (a new layout, or `reanalyse`) gets new
//! passages, heuristic fields and links in one transaction while the
//! index follows.
//! Nothing here knows about windows or Tauri.

pub mod import;
pub mod model;
pub mod render;
pub mod reuse;
pub mod search;
pub mod store;
pub mod text;

pub mod agreed;
mod commitwork;
mod consensus;
pub mod desk;
mod deskwork;
pub mod draft;
mod drafting;
pub mod positions;
mod safekeeping;

pub use model::{Error, ErrorKind, Result};
pub use safekeeping::DAILY_BACKUPS_KEPT;
pub use store::default_library_path;

use import::{ImportProgress, ImportReport, ReanalysisReport};
use model::{Document, DocumentSummary, Field, Filter, Layout, LibraryStats, Metadata, Provenance};
use render::ExportFormat;
use reuse::{FindOptions, Phrase, PhraseOptions, ReuseIndex, ReuseMap, ReuseMatch};
use search::{ConcordanceLine, SearchOptions, SearchResults};
use std::cell::{Cell, Ref, RefCell};
use std::path::{Path, PathBuf};
use store::Store;

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
        Ok(Self::over(Store::open(path.as_ref())?))
    }

    /// A library that lives only as long as the value: for tests and benches.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self::over(Store::open_in_memory()?))
    }

    fn over(store: Store) -> Self {
        Library {
            store,
            reuse: RefCell::new(None),
            reuse_version: Cell::new(0),
        }
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

    /// Imports files and folders (recursively), calling `on_progress` after
    /// each file. Only a failure of the library itself is an `Err`; a bad
    /// file is a `Failed` outcome in the report.
    pub fn import_paths(
        &mut self,
        paths: &[PathBuf],
        on_progress: impl FnMut(&ImportProgress),
    ) -> Result<ImportReport> {
        let index = self.take_reuse_index()?;
        let (report, index) = import::import_paths(&mut self.store, index, paths, on_progress)?;
        self.reuse.replace(index);
        Ok(report)
    }

    /// One document with its passages.
    pub fn document(&self, id: i64) -> Result<Document> {
        self.store.document(id)
    }

    /// Documents matching `filter`, newest first.
    pub fn documents(&self, filter: &Filter) -> Result<Vec<DocumentSummary>> {
        self.store.documents(filter)
    }

    /// Corrects one metadata field, named as in `Field`; `None` or an empty
    /// value clears it. The field is marked as set by the user, so no
    /// heuristic overrides it. A new date re-derives the document's reuse
    /// links, so that each runs from the earlier passage to the later one.
    pub fn update_metadata(
        &mut self,
        id: i64,
        field: &str,
        value: Option<&str>,
    ) -> Result<DocumentSummary> {
        let field = Field::parse(field).map_err(|p| Error::field(field, p))?;
        let mut metadata = Metadata::default();
        import::front_matter::set_field(&mut metadata, field, value)
            .map_err(|p| Error::field(field.name(), p))?;
        let summary = self.store.correct_field(id, field, &metadata)?;
        if field == Field::Date {
            let mut index = self.take_reuse_index()?;
            let relinked =
                reuse::relink_document(&mut self.store, &mut index, id, summary.metadata.date);
            self.reuse.replace(Some(index));
            relinked?;
        }
        Ok(summary)
    }

    /// Cuts document `id` into paragraphs again in `layout` (named as in
    /// `Layout::as_str`), kept as its user's choice: its passages,
    /// sentences, search index rows, heuristic fields and reuse links are
    /// rewritten in one transaction.
    pub fn set_layout(&mut self, id: i64, layout: &str) -> Result<Document> {
        let chosen = Layout::parse(layout).ok_or_else(|| {
            let names: Vec<&str> = Layout::ALL.iter().map(|l| l.as_str()).collect();
            Error::field("layout", format!("use one of {}", names.join(", ")))
        })?;
        self.reanalyse_with(&[id], Some(chosen))?;
        self.store.document(id)
    }

    /// Analyses documents again from their stored text (all of them when
    /// `ids` is empty), keeping every field a person set and each layout a
    /// user chose; heuristic fields and reuse links are derived again.
    pub fn reanalyse(&mut self, ids: &[i64]) -> Result<ReanalysisReport> {
        self.reanalyse_with(ids, None)
    }

    /// The documents imported before layouts were recorded, which a
    /// re-analysis would cut into paragraphs as a reader sees them.
    pub fn unanalysed_documents(&self) -> Result<Vec<i64>> {
        self.store.unanalysed_documents()
    }

    fn reanalyse_with(&mut self, ids: &[i64], chosen: Option<Layout>) -> Result<ReanalysisReport> {
        let mut ids = match ids.is_empty() {
            true => self.store.document_ids(&Filter::default())?,
            false => ids.to_vec(),
        };
        ids.sort_unstable();
        ids.dedup();
        for id in &ids {
            self.store.document_exists(*id)?;
        }
        let mut index = self.take_reuse_index()?;
        // On an error the index may hold sentences that were never
        // written: it is dropped here and rebuilt on next use.
        let report = import::reanalyse_documents(&mut self.store, &mut index, &ids, chosen)?;
        self.reuse.replace(Some(index));
        Ok(report)
    }

    /// Counts for `plenary stats` and the library view.
    pub fn stats(&self) -> Result<LibraryStats> {
        self.store.stats()
    }

    /// Searches passages; see `search::query` for the query language.
    pub fn search(
        &self,
        input: &str,
        filter: &Filter,
        options: SearchOptions,
    ) -> Result<SearchResults> {
        search::search(&self.store, input, filter, options)
    }

    /// Every occurrence of `phrase`, oldest first (undated documents last).
    pub fn concordance(&self, phrase: &str, filter: &Filter) -> Result<Vec<ConcordanceLine>> {
        search::concordance(&self.store, phrase, filter)
    }

    /// The earlier passages that best match `text`, best first.
    pub fn find_reuse(
        &self,
        text: &str,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
        reuse::find_reuse(&self.store, &*self.reuse_index()?, text, filter, options)
    }

    /// Suggestions for a drafter at work on `text`: earlier language that
    /// matches it or goes on from its last sentence, at most `k`, best
    /// first and, among equal scores, newest first (`reuse::suggest`).
    pub fn suggest(&self, text: &str, filter: &Filter, k: usize) -> Result<Vec<ReuseMatch>> {
        reuse::suggest(&self.store, &*self.reuse_index()?, text, filter, k)
    }

    /// `find_reuse` for a stored passage, leaving out its own document.
    pub fn passage_reuse(
        &self,
        passage_id: i64,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
        reuse::passage_reuse(
            &self.store,
            &*self.reuse_index()?,
            passage_id,
            filter,
            options,
        )
    }

    /// A passage's provenance and its text.
    pub fn provenance(&self, passage_id: i64) -> Result<(Provenance, String)> {
        self.store.provenance(passage_id)
    }

    /// A document's reuse map: each passage's earlier sources and later reuses.
    pub fn reuse_map(&self, document_id: i64) -> Result<ReuseMap> {
        reuse::reuse_map(&self.store, document_id)
    }

    /// The recurring formulations in the documents the filter lets through.
    pub fn phrases(&self, options: &PhraseOptions) -> Result<Vec<Phrase>> {
        reuse::phrases(&self.store, options)
    }

    /// A document as Markdown with front matter, or as an HTML page.
    pub fn export(&self, id: i64, format: ExportFormat) -> Result<String> {
        render::export(&self.store, id, format)
    }
}
