//! Keeping the library file safe: who has it open (`lock`), what is done
//! to the file before SQLite opens it (`opening`), the files that go with
//! it (`names`) and how they are written, owner-only and never over
//! another (`files`); backups (`backup`) and putting one back (`restore`,
//! which checks it first, `candidate`, and swaps it in, `swap`); the key of
//! an encrypted file and its unlocking at open (`key`), and the file
//! rewritten encrypted, decrypted or under a new passphrase
//! (`encryption`). See `docs/ENCRYPTION.md`.

pub mod backup;
mod candidate;
pub mod encryption;
pub mod files;
pub mod key;
pub mod lock;
pub mod names;
pub mod opening;
pub mod restore;
mod swap;
