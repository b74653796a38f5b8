//! Encryption at rest: SQLCipher pages, keyed from a passphrase.
//!
//! Contract: a library file is encrypted when its first 16 bytes are not
//! SQLite's plain header. Those bytes are then SQLCipher's salt, stored in
//! the clear, and the same salt is the Argon2id salt: the 32-byte key is
//! derived once per open from the passphrase and that salt (64 MiB, 3
//! passes, 1 lane) and handed to SQLCipher as a raw key with the salt
//! (`PRAGMA key = "x'<key><salt>'"`), so SQLCipher's own PBKDF2 never runs.
//! The key is checked at once by reading `sqlite_master`; a wrong one is an
//! error on the `passphrase` field and nothing is written. Keys of the
//! libraries unlocked in this process are remembered by path, so a second
//! connection to the same file (the reuse index built aside) needs no
//! passphrase and no second derivation. A new passphrase follows one rule,
//! for the command line and the app alike (`check_new_passphrase`).

use crate::model::{Error, Result};
use argon2::{Algorithm, Argon2, Params, Version};
use rusqlite::Connection;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// Argon2id's cost: memory in KiB, passes, lanes.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;
/// The fewest characters a new passphrase may have.
pub const SHORTEST_PASSPHRASE: usize = 8;

/// The raw key and salt of an encrypted library.
#[derive(Clone)]
pub(crate) struct Cipher {
    key: [u8; 32],
    pub(in crate::store) salt: [u8; 16],
}

/// Keys of the libraries unlocked in this process, by canonical path.
static UNLOCKED: Mutex<Option<HashMap<PathBuf, Cipher>>> = Mutex::new(None);

impl Cipher {
    /// Derives the key for `passphrase` with Argon2id.
    pub(in crate::store) fn derive(passphrase: &str, salt: [u8; 16]) -> Result<Self> {
        if passphrase.is_empty() {
            return Err(Error::field("passphrase", "the passphrase is empty"));
        }
        let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(32))
            .map_err(|e| Error::field("passphrase", format!("key derivation: {e}")))?;
        let mut key = [0u8; 32];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &salt, &mut key)
            .map_err(|e| Error::field("passphrase", format!("key derivation: {e}")))?;
        Ok(Cipher { key, salt })
    }

    /// A new random salt: SQLite's own randomness, which SQLCipher seeds
    /// from the system's.
    pub(in crate::store) fn new_salt(conn: &Connection) -> Result<[u8; 16]> {
        let bytes: Vec<u8> = conn.query_row("SELECT randomblob(16)", [], |r| r.get(0))?;
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&bytes);
        Ok(salt)
    }

    /// The key as SQLCipher reads a raw key with its salt.
    pub(in crate::store) fn sql(&self) -> String {
        let hex: String = self
            .key
            .iter()
            .chain(&self.salt)
            .map(|b| format!("{b:02x}"))
            .collect();
        format!("\"x'{hex}'\"")
    }
}

/// The rule for a new passphrase: at least `SHORTEST_PASSPHRASE`
/// characters, and no space at either end (which a passphrase file or a
/// field would keep or lose unseen, so the same passphrase typed again
/// would not open the library).
pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim() != passphrase {
        return Err(Error::field(
            "passphrase",
            "a passphrase may not begin or end with a space",
        ));
    }
    if passphrase.chars().count() < SHORTEST_PASSPHRASE {
        return Err(Error::field(
            "passphrase",
            format!("a passphrase needs at least {SHORTEST_PASSPHRASE} characters"),
        ));
    }
    Ok(())
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

pub(in crate::store) fn remember(path: &Path, cipher: &Cipher) {
    let mut unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    unlocked
        .get_or_insert_with(HashMap::new)
        .insert(canonical(path), cipher.clone());
}

fn remembered(path: &Path) -> Option<Cipher> {
    let unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    unlocked.as_ref()?.get(&canonical(path)).cloned()
}

pub(in crate::store) fn forget(path: &Path) {
    let mut unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(map) = unlocked.as_mut() {
        map.remove(&canonical(path));
    }
}

/// The first 16 bytes of the file at `path`, if it has that many.
fn header(path: &Path) -> Result<Option<[u8; 16]>> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let mut bytes = [0u8; 16];
    match file.read_exact(&mut bytes) {
        Ok(()) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// True when the file at `path` exists and is encrypted: it does not
/// begin with SQLite's plain header, it is whole pages long (a multiple of
/// 512 bytes, the smallest page), and its first 16 bytes, the salt, are not
/// all text, as a stray text file's would be. Any other file is left to the
/// plain open, which says it is not a database.
pub fn is_encrypted(path: &Path) -> Result<bool> {
    let Some(header) = header(path)? else {
        return Ok(false);
    };
    if &header == PLAIN_HEADER {
        return Ok(false);
    }
    let length = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let text = header
        .iter()
        .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace());
    Ok(length % 512 == 0 && !text)
}

pub(in crate::store) fn wrong_passphrase(path: &Path) -> Error {
    Error::field(
        "passphrase",
        format!(
            "wrong passphrase for {} (or the file is not a Plenary library); nothing was changed",
            path.display()
        ),
    )
}

pub(in crate::store) fn locked(path: &Path) -> Error {
    Error::field(
        "passphrase",
        format!(
            "{} is encrypted: give its passphrase (PLENARY_PASSPHRASE or --passphrase-file)",
            path.display()
        ),
    )
}

/// Keys `conn` to the file at `path` when the file is encrypted, from
/// `passphrase` or a key remembered for the file, and checks the key.
pub(in crate::store) fn unlock(
    conn: &Connection,
    path: &Path,
    passphrase: Option<&str>,
) -> Result<Option<Cipher>> {
    if !is_encrypted(path)? {
        return Ok(None);
    }
    let Some(salt) = header(path)? else {
        return Ok(None);
    };
    let cipher = match (passphrase, remembered(path)) {
        (Some(passphrase), _) => Cipher::derive(passphrase, salt)?,
        (None, Some(cipher)) => cipher,
        (None, None) => return Err(locked(path)),
    };
    conn.execute_batch(&format!("PRAGMA key = {};", cipher.sql()))?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| wrong_passphrase(path))?;
    remember(path, &cipher);
    Ok(Some(cipher))
}

#[cfg(test)]
mod tests {
    use super::{check_new_passphrase, is_encrypted, SHORTEST_PASSPHRASE};

    #[test]
    fn a_new_passphrase_has_eight_characters_and_no_space_at_either_end() {
        for bad in [
            "",
            " ",
            "seven c",
            "        ",
            " geneva spring",
            "geneva spring\t",
        ] {
            assert!(check_new_passphrase(bad).is_err(), "{bad:?}");
        }
        for good in ["eight ch", "ربيع جنيف ٢٠٢٦", "日内瓦春季会议八字"] {
            assert!(check_new_passphrase(good).is_ok(), "{good:?}");
        }
    }

    /// Writes the rule's length beside the generated types, so that the
    /// window checks a passphrase as the core does before it asks (`make
    /// bindings` runs this with the exports).
    #[test]
    fn export_bindings_passphrase_rule() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(
            std::env::var("TS_RS_EXPORT_DIR")
                .unwrap_or_else(|_| "../../ui/src/lib/bindings".into()),
        );
        std::fs::create_dir_all(&dir).unwrap();
        let rule = format!("{{\n  \"shortest\": {SHORTEST_PASSPHRASE}\n}}\n");
        std::fs::write(dir.join("passphraseRule.json"), rule).unwrap();
    }

    #[test]
    fn only_whole_pages_of_random_bytes_read_as_encrypted() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str, bytes: Vec<u8>| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        };
        let notes = b"These are meeting notes, not a library.\n";
        let short_text = file("a.db", notes.repeat(40));
        let page_of_text = file("b.db", notes.iter().copied().cycle().take(4096).collect());
        let salted: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let pages = file("c.db", salted.clone());
        let torn = file("d.db", salted[..3000].to_vec());
        assert!(
            !is_encrypted(&short_text).unwrap(),
            "text is not a database"
        );
        assert!(
            !is_encrypted(&page_of_text).unwrap(),
            "text is text at any length"
        );
        assert!(is_encrypted(&pages).unwrap(), "whole pages of random bytes");
        assert!(!is_encrypted(&torn).unwrap(), "not whole pages");
        assert!(!is_encrypted(&dir.path().join("none.db")).unwrap());
    }
}
