//! Layer 3: the library file. `Store` is the only owner of the SQLite
//! connection and this folder the only place with SQL: the pragmas every
//! connection gets, the numbered migrations in `migrations/` (applied in
//! order and atomically at open), and one module per table or index, each
//! returning typed rows read by column name: the library's documents,
//! passages, indexes and links, and the drafting studio's drafts, their
//! clearances, talking points, settings and templates; the desk's
//! contacts and their log, its commitments with their history, and the
//! calendar of sessions; the agreed texts; the termbase's concepts and
//! their terms; the list of topics and the values drafts, points and
//! commitments take from the lists; and the file's safekeeping: its
//! backups and its
//! encryption. The connection itself is `connection`; how values are
//! kept in columns is `columns`. This file only names the parts.

mod agreed_texts;
mod clearances;
mod columns;
mod commitment_suggestions;
mod commitments;
mod connection;
mod contact_states;
mod contacts;
mod documents;
mod drafts;
mod facets;
mod filter;
mod import_batch;
mod list_values;
mod passages;
mod reanalysis;
mod reuse_links;
mod safekeeping;
mod schema;
mod search_index;
mod sessions;
mod settings;
mod talking_points;
mod termbase;
mod topics;

pub use commitment_suggestions::{StatementSentence, SuggestedSentence};
pub use commitments::CommitmentQuery;
pub use connection::Store;
pub use contacts::ContactImport;
pub use documents::NewDocument;
pub use drafts::{DraftColumn, DraftValue, LastRevision, NewDraft, NewInsertion};
pub use import_batch::ImportBatch;
pub use passages::{BodySentence, PhraseSentence};
pub use reanalysis::Reanalysis;
pub use reuse_links::{LinkEnd, NewLink};
pub use safekeeping::encryption::{
    change_passphrase, decrypt, encrypt, plain_backups, PlainBackups,
};
pub use safekeeping::files::write_private;
pub use safekeeping::key::{check_new_passphrase, is_encrypted};
pub use safekeeping::names::{backup_folder, backups_in};
pub use safekeeping::restore::{restore, Restored};
pub use search_index::{facet_expression, FilterReach, FullTextIndex, PassageMatcher, RankedRow};
pub use talking_points::PointValues;
pub use termbase::MergeCounts;

use std::path::PathBuf;

/// The library file when none is named: `plenary/library.db` in the
/// platform's data folder (`$XDG_DATA_HOME` on Linux), if there is one.
pub fn default_library_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("plenary").join("library.db"))
}
