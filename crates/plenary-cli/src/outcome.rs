//! What every command shares: opening the library (`--library`,
//! `PLENARY_LIBRARY`, or the platform data folder); a `Failure`, with the
//! exit code of its kind (`EXIT_CODES`), or for an option's refused value;
//! and a result printed as JSON for scripts or for people, or written to
//! a file, with the small helpers people's lines use (`or_dash`, `cut`).
//! Text from the library or from files (titles, names, passages, paths)
//! is untrusted: before it reaches a terminal its control characters are
//! shown escaped (`line` for what must stay on one line, `lines` for a
//! passage or a draft, whose line breaks are kept), so an ESC or a BEL in
//! an imported text never drives the terminal and a newline in a file name
//! never forges a line of a report. JSON escapes them itself.
//! Features use this module; it uses none of them.

use plenary_core::{ErrorKind, Library};
use std::borrow::Cow;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `plenary --help` says about exit codes; `exit_code` follows it.
pub const EXIT_CODES: &str = "Exit codes:
  0  done
  1  the library itself failed (the database or its upgrade)
  2  the command line is wrong
  3  a file could not be imported (an import exits 3 when any file failed,
     a contacts import when any row was refused, a terms import when any
     entry was left out)
  4  a value or query was refused (a field, a date, a search)
  5  there is no such document, passage, draft, talking point, contact or
     termbase entry
  6  a file or folder could not be read or written
  7  the library is busy: another Plenary (window or command) is writing to
     it, or has it open while this command would rewrite or replace the
     file (encrypt, decrypt, passphrase change, restore); nothing was
     changed";

/// The exit code of an error kind, as `EXIT_CODES` documents it.
pub fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Database | ErrorKind::Migration => 1,
        ErrorKind::BadInput | ErrorKind::UnsupportedFormat => 3,
        ErrorKind::InvalidField | ErrorKind::InvalidQuery => 4,
        ErrorKind::NotFound => 5,
        ErrorKind::Io => 6,
        ErrorKind::Busy => 7,
    }
}

/// A failure on its way to stderr, with its kind for the exit code.
pub struct Failure {
    pub kind: ErrorKind,
    pub message: String,
}

impl Failure {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
        }
    }
}

impl From<plenary_core::Error> for Failure {
    fn from(error: plenary_core::Error) -> Self {
        Failure::new(error.kind(), error.to_string())
    }
}

/// A value given to `--option` that is refused, and why.
pub fn refused(option: &str, problem: String) -> Failure {
    Failure::new(ErrorKind::InvalidField, format!("--{option}: {problem}"))
}

/// The library file: the one given, or the platform data folder's.
pub fn library_path(library: Option<PathBuf>) -> Result<PathBuf, Failure> {
    library
        .or_else(plenary_core::default_library_path)
        .ok_or_else(|| {
            Failure::new(
                ErrorKind::InvalidField,
                "no data folder is known for this user; pass --library PATH",
            )
        })
}

/// Opens the library, and says on standard error which of its files
/// other users could read until now (once: they are the owner's alone
/// from then on).
pub fn open(path: &Path, passphrase: Option<&str>) -> Result<Library, Failure> {
    let library = Library::open_unlocked(path, passphrase).map_err(|e| {
        Failure::new(
            e.kind(),
            format!("cannot open the library {}: {e}", path.display()),
        )
    })?;
    let tightened = library.tightened();
    if !tightened.is_empty() {
        let names: Vec<String> = tightened
            .iter()
            .map(|p| line(&p.display().to_string()).into_owned())
            .collect();
        eprintln!(
            "plenary: other users of this computer could read {} of this library's files; only you can now: {}",
            tightened.len(),
            names.join(", ")
        );
    }
    Ok(library)
}

/// Prints `value` as JSON for scripts, or with `human` for people.
pub fn output<T: serde::Serialize + ?Sized>(
    as_json: bool,
    value: &T,
    human: impl Fn(&T),
) -> Result<ExitCode, Failure> {
    if as_json {
        return json(value);
    }
    human(value);
    Ok(ExitCode::SUCCESS)
}

pub fn json(value: &(impl serde::Serialize + ?Sized)) -> Result<ExitCode, Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(ErrorKind::Io, format!("cannot write JSON: {e}")))?;
    println!("{text}");
    Ok(ExitCode::SUCCESS)
}

/// Writes `bytes` to `out`, readable by its owner alone, and prints the
/// path written.
pub fn write_file(out: &Path, bytes: &[u8]) -> Result<ExitCode, Failure> {
    plenary_core::write_private(out, bytes)?;
    println!("{}", line(&out.display().to_string()));
    Ok(ExitCode::SUCCESS)
}

/// Untrusted `text` for one line of a terminal: every control character
/// (a newline, a tab, ESC, BEL, …) shown escaped, as `\n`, `\t` or
/// `\u{1b}`.
pub fn line(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

/// Untrusted `text` that may run over lines (a passage, a draft): its
/// line breaks and tabs kept, every other control character escaped.
pub fn lines(text: &str) -> Cow<'_, str> {
    escaped(text, true)
}

fn escaped(text: &str, keep_breaks: bool) -> Cow<'_, str> {
    let kept = |c: char| !c.is_control() || (keep_breaks && matches!(c, '\n' | '\t'));
    if text.chars().all(kept) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if kept(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// An optional text for one line, or a dash when it is missing.
pub fn or_dash(value: &Option<String>) -> Cow<'_, str> {
    value.as_deref().map_or(Cow::Borrowed("—"), line)
}

/// The first `n` characters of `text`, for one line, with `…` when it
/// was longer.
pub fn cut(text: &str, n: usize) -> String {
    let mut out: String = line(text).chars().take(n).collect();
    if text.chars().count() > n {
        out.push('…');
    }
    out
}
