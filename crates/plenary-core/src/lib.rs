//! Plenary's core: one local SQLite library of a delegation's statements,
//! their passages, and everything read from them (search, reuse, drafting,
//! the desk). `Library::open(path)` / `Library::open_in_memory()` is the one
//! entry point; every capability is a method on `Library`, implemented in the
//! module that owns it. Nothing here knows about windows or Tauri.

pub mod draft;
pub mod error;
pub mod import;
pub mod reuse;
pub mod search;
pub mod store;
pub mod text;

pub use error::{Error, Result};
pub use store::{default_library_path, Library};
