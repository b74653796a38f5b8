//! Keeping the library file safe: backups (`backup`), the key of an
//! encrypted file and its unlocking at open (`key`), and the file
//! rewritten encrypted, decrypted or under a new passphrase
//! (`encryption`). See `docs/ENCRYPTION.md`.

pub mod backup;
pub mod encryption;
pub mod key;
