//! Plenary's core: one local SQLite library of a delegation's statements,
//! their passages, and everything read from them. Layers, each using only
//! those below it (see `docs/ARCHITECTURE.md`):
//!
//! 1. `model`: the types every layer shares;
//! 2. `text`: pure text work (passages, sentences, tokens, roles, dates);
//! 3. `store`: the only owner of the SQLite file and the only SQL;
//! 4. capabilities on the store, one folder per feature: `import`,
//!    `search`, `reuse` and `render` (documents), `drafts`,
//!    `talking_points`, `agreed`, `positions`, `contacts`, `commitments`,
//!    `sessions`, `termbase` and `topics`;
//! 5. `library`: `Library`, the thin facade the CLI and the desktop shell
//!    call, one file per feature. It also keeps derived data true after
//!    every write, whoever wrote.
//!
//! Nothing here knows about windows or Tauri.

pub mod import;
pub mod model;
pub mod render;
pub mod reuse;
pub mod search;
pub mod store;
pub mod text;

pub mod agreed;
pub mod commitments;
pub mod contacts;
pub mod drafts;
pub mod positions;
pub mod sessions;
pub mod talking_points;
pub mod termbase;
pub mod topics;

mod library;

pub use library::{Library, ReuseIndexAside, DAILY_BACKUPS_KEPT};
pub use model::{Error, ErrorKind, Result};
pub use store::{default_library_path, write_private, PlainBackups, Restored};
