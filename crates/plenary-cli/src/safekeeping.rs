//! Keeping the library safe from the command line: `plenary backup` (now,
//! or `--if-due` once a day keeping the newest `--keep`), `plenary restore
//! FILE`, which checks the backup before it replaces the library and keeps
//! the replaced one aside, and `plenary encrypt`, `decrypt` and `passphrase
//! change`. A passphrase comes from `PLENARY_PASSPHRASE` or
//! `--passphrase-file` (the new one from `PLENARY_NEW_PASSPHRASE` or
//! `--new-passphrase-file`), never from an argument, which other users of
//! the machine could read in the process list. They are top-level
//! commands (flattened into `plenary`'s own), thin adapters over `Library`;
//! all but `backup` replace or rewrite the file, so they run with the
//! library closed, and refuse (exit code 7) while another Plenary has it
//! open. `restore` will not take the encryption off an encrypted library
//! with a plain backup unless told `--decrypt`; `encrypt` names the plain
//! backups beside the library and needs `--backups encrypt|delete|keep`
//! to say what becomes of them.

use crate::outcome::{line, open, Failure};
use clap::{Args, Subcommand, ValueEnum};
use plenary_core::{ErrorKind, Library, PlainBackups};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum SafekeepingCommand {
    /// Write a backup of the library (now, or with --if-due once a day).
    Backup(BackupArgs),
    /// Replace the library with a backup, once the backup passes its
    /// checks; the replaced library is kept aside.
    Restore(RestoreArgs),
    /// Encrypt the library with a passphrase (PLENARY_PASSPHRASE or
    /// --passphrase-file): at least 8 characters, no space at either end.
    Encrypt(EncryptArgs),
    /// Remove the library's encryption.
    Decrypt,
    /// Change the library's passphrase.
    Passphrase {
        #[command(subcommand)]
        command: PassphraseCommand,
    },
}

/// Runs a safekeeping command on the library file at `library`, opened
/// with `passphrase` only for a backup.
pub fn run(
    library: &Path,
    command: SafekeepingCommand,
    passphrase: Option<String>,
) -> Result<ExitCode, Failure> {
    match command {
        SafekeepingCommand::Backup(args) => backup(&open(library, passphrase.as_deref())?, args),
        SafekeepingCommand::Restore(args) => restore(library, &args, passphrase.as_deref()),
        SafekeepingCommand::Encrypt(args) => encrypt(library, passphrase, &args),
        SafekeepingCommand::Decrypt => decrypt(library, passphrase),
        SafekeepingCommand::Passphrase { command } => change(library, &command, passphrase),
    }
}

#[derive(Args)]
pub struct BackupArgs {
    /// The folder to write into (default: backups/ beside the library).
    #[arg(long)]
    to: Option<PathBuf>,
    /// Back up only when the newest backup there is more than a day old,
    /// then keep only the newest --keep.
    #[arg(long)]
    if_due: bool,
    /// How many backups --if-due keeps (default: the library's setting,
    /// the app's "daily backups", 14 unless changed there).
    #[arg(long, requires = "if_due")]
    keep: Option<usize>,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup file to put in place of the library.
    file: PathBuf,
    /// Restore a plain backup over an encrypted library, which takes the
    /// library's encryption off (encrypt it again afterwards).
    #[arg(long)]
    decrypt: bool,
}

#[derive(Args)]
pub struct EncryptArgs {
    /// What to do with the backups beside the library that are not
    /// encrypted (asked for when there are any): encrypt them with the
    /// same passphrase, delete them, or keep them readable as they are.
    #[arg(long, value_enum)]
    backups: Option<BackupsChoice>,
}

#[derive(Clone, Copy, ValueEnum)]
enum BackupsChoice {
    Encrypt,
    Delete,
    Keep,
}

fn backup(library: &Library, args: BackupArgs) -> Result<ExitCode, Failure> {
    let folder = match (args.to, library.path()) {
        (Some(folder), _) => folder,
        (None, Some(path)) => Library::default_backup_folder(path),
        (None, None) => PathBuf::from("backups"),
    };
    let made = match (args.if_due, args.keep) {
        (false, _) => Some(library.back_up(&folder)?),
        (true, Some(keep)) => library.back_up_if_due(&folder, keep)?,
        (true, None) => library.back_up_daily(&folder)?,
    };
    match made {
        Some(file) => println!("backed up to {}", shown(&file)),
        None if args.keep.is_none() && library.daily_backups_kept()? == 0 => {
            println!("daily backups are turned off in this library's settings")
        }
        None => println!(
            "a backup less than a day old is already in {}",
            shown(&folder)
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn restore(
    library: &Path,
    args: &RestoreArgs,
    passphrase: Option<&str>,
) -> Result<ExitCode, Failure> {
    if !args.decrypt && Library::is_encrypted(library)? && !Library::is_encrypted(&args.file)? {
        return Err(Failure::new(
            ErrorKind::InvalidField,
            format!(
                "{}: this backup is not encrypted and the library {} is; restoring it would take \
                 the library's encryption off. Nothing was changed. To restore it all the same, \
                 add --decrypt (and encrypt the library again afterwards)",
                args.file.display(),
                library.display()
            ),
        ));
    }
    let restored = Library::restore(library, &args.file, passphrase, args.decrypt)?;
    println!("restored {} from {}", shown(library), shown(&args.file));
    if let Some(aside) = restored.replaced {
        println!("the library it replaced is kept as {}", shown(&aside));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
pub enum PassphraseCommand {
    /// Change the passphrase: the current one from PLENARY_PASSPHRASE or
    /// --passphrase-file, the new one from PLENARY_NEW_PASSPHRASE or
    /// --new-passphrase-file.
    Change {
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
}

/// A passphrase from a file (its first line) or else an environment variable.
pub fn passphrase(file: Option<&Path>, variable: &str) -> Result<Option<String>, Failure> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Failure::new(ErrorKind::Io, format!("{}: {e}", file.display())))?;
        let line = text.lines().next().unwrap_or("").to_owned();
        return Ok(Some(line));
    }
    Ok(std::env::var(variable).ok())
}

fn required(value: Option<String>, option: &str, variable: &str) -> Result<String, Failure> {
    value.filter(|v| !v.is_empty()).ok_or_else(|| {
        Failure::new(
            ErrorKind::InvalidField,
            format!("passphrase: give it with {option} FILE or {variable}"),
        )
    })
}

fn encrypt(
    library: &Path,
    passphrase: Option<String>,
    args: &EncryptArgs,
) -> Result<ExitCode, Failure> {
    let passphrase = required(passphrase, "--passphrase-file", "PLENARY_PASSPHRASE")?;
    Library::check_new_passphrase(&passphrase)?;
    let plain = Library::plain_backups(library)?;
    let named = |files: &[PathBuf]| -> String {
        let names: Vec<String> = files.iter().map(|f| shown(f)).collect();
        names.join(", ")
    };
    let choice = match (args.backups, plain.is_empty()) {
        (Some(BackupsChoice::Encrypt), _) => PlainBackups::Encrypt,
        (Some(BackupsChoice::Delete), _) => PlainBackups::Delete,
        (Some(BackupsChoice::Keep), _) | (None, true) => PlainBackups::Keep,
        (None, false) => {
            return Err(Failure::new(
                ErrorKind::InvalidField,
                format!(
                    "backups: {} backups of this library are not encrypted and would stay \
                     readable without the passphrase: {}. Say what to do with them: \
                     --backups encrypt|delete|keep (encrypt them with the same passphrase, \
                     delete them, or keep them as they are). Nothing was changed",
                    plain.len(),
                    named(&plain)
                ),
            ))
        }
    };
    let handled = Library::encrypt(library, &passphrase, choice)?;
    println!("{} is encrypted", shown(library));
    if !handled.is_empty() {
        match choice {
            PlainBackups::Encrypt => println!("its backups are encrypted too: {}", named(&handled)),
            PlainBackups::Delete => println!(
                "its plain backups are deleted (not wiped: their blocks may stay on the disk): {}",
                named(&handled)
            ),
            PlainBackups::Keep => println!(
                "these backups are not encrypted, and anyone who can read them can read the library as it was: {}",
                named(&handled)
            ),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn decrypt(library: &Path, passphrase: Option<String>) -> Result<ExitCode, Failure> {
    let passphrase = required(passphrase, "--passphrase-file", "PLENARY_PASSPHRASE")?;
    Library::decrypt(library, &passphrase)?;
    println!("{} is no longer encrypted", shown(library));
    Ok(ExitCode::SUCCESS)
}

fn change(
    library: &Path,
    command: &PassphraseCommand,
    current: Option<String>,
) -> Result<ExitCode, Failure> {
    let PassphraseCommand::Change {
        new_passphrase_file,
    } = command;
    let old = required(current, "--passphrase-file", "PLENARY_PASSPHRASE")?;
    let new = passphrase(new_passphrase_file.as_deref(), "PLENARY_NEW_PASSPHRASE")?;
    let new = required(new, "--new-passphrase-file", "PLENARY_NEW_PASSPHRASE")?;
    Library::change_passphrase(library, &old, &new)?;
    println!("the passphrase of {} is changed", shown(library));
    Ok(ExitCode::SUCCESS)
}

/// A path for one line of the terminal.
fn shown(path: &Path) -> String {
    line(&path.display().to_string()).into_owned()
}
