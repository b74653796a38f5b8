//! Who has a library open. Every process that opens a library holds a
//! shared lock on a file beside it, `<library>.lock`, for as long as it
//! keeps it open; a rewrite of the file (encrypt, decrypt, a passphrase
//! change, a restore) takes that lock exclusively, and when it cannot, it
//! refuses and changes nothing. The lock is the system's advisory file lock
//! (std's `File::lock_shared` and `try_lock`: `flock` on Linux and macOS,
//! `LockFileEx` on Windows), which ends with the process however it ends.
//! It is taken on a file of its own because SQLite takes POSIX locks on the
//! library file, and on Unix closing any descriptor of a file drops every
//! POSIX lock the process holds on it. This module is the only place that
//! knows how the lock is taken.

use super::files::create_private_file;
use super::names::lock as lock_file;
use crate::model::{Error, Result};
use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

/// What a rewrite that cannot have the library to itself says.
pub const OPEN_ELSEWHERE: &str =
    "the library is open in another Plenary (window or command); close it first";

/// How long an open waits for a rewrite under way elsewhere to end.
pub const WAIT: Duration = Duration::from_secs(5);

/// A lock held on a library, shared or exclusive, until it is dropped.
pub struct LibraryLock {
    file: File,
}

impl LibraryLock {
    fn open(library: &Path) -> Result<File> {
        let path = lock_file(library);
        match std::fs::OpenOptions::new().write(true).open(&path) {
            Ok(file) => Ok(file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_private_file(&path),
            Err(e) => Err(Error::io(&path, e)),
        }
    }

    /// The library to this process alone, at once, or the refusal
    /// `OPEN_ELSEWHERE`.
    pub fn exclusive(library: &Path) -> Result<Self> {
        let file = Self::open(library)?;
        match file.try_lock() {
            Ok(()) => Ok(LibraryLock { file }),
            Err(TryLockError::WouldBlock) => Err(Error::Busy(OPEN_ELSEWHERE.to_owned())),
            Err(TryLockError::Error(e)) => Err(Error::io(&lock_file(library), e)),
        }
    }

    /// A share of the library, waiting up to `WAIT` while another process
    /// has it to itself (a rewrite under way). When `alone_first` says
    /// this open must first have the library to itself (to finish a
    /// restore that was cut short, see `swap`), the lock is taken
    /// exclusively instead, and the answer says so; the caller shares it
    /// once done (`share`).
    pub fn shared(library: &Path, alone_first: impl Fn() -> bool) -> Result<(Self, bool)> {
        let file = Self::open(library)?;
        let deadline = Instant::now() + WAIT;
        loop {
            let alone = alone_first();
            let taken = match alone {
                true => file.try_lock(),
                false => file.try_lock_shared(),
            };
            match taken {
                // A restore killed a moment ago may have left its journal
                // between the look and the lock.
                Ok(()) if !alone && alone_first() => file
                    .unlock()
                    .map_err(|e| Error::io(&lock_file(library), e))?,
                Ok(()) => return Ok((LibraryLock { file }, alone)),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(Error::Busy(
                        "the library is being rewritten by another Plenary (an encryption, a \
                         passphrase change or a restore); try again once it is done"
                            .to_owned(),
                    ))
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(&lock_file(library), e)),
            }
        }
    }

    /// Turns an exclusive lock into a shared one.
    pub fn share(&self, library: &Path) -> Result<()> {
        self.file
            .lock_shared()
            .map_err(|e| Error::io(&lock_file(library), e))
    }
}
