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
//! library closed.

use crate::outcome::{open, Failure};
use clap::{Args, Subcommand};
use plenary_core::{ErrorKind, Library};
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
    /// --passphrase-file).
    Encrypt,
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
        SafekeepingCommand::Encrypt => encrypt(library, passphrase),
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
        Some(file) => println!("backed up to {}", file.display()),
        None if args.keep.is_none() && library.daily_backups_kept()? == 0 => {
            println!("daily backups are turned off in this library's settings")
        }
        None => println!(
            "a backup less than a day old is already in {}",
            folder.display()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn restore(
    library: &Path,
    args: &RestoreArgs,
    passphrase: Option<&str>,
) -> Result<ExitCode, Failure> {
    let restored = Library::restore(library, &args.file, passphrase)?;
    println!(
        "restored {} from {}",
        library.display(),
        args.file.display()
    );
    if let Some(aside) = restored.replaced {
        println!("the library it replaced is kept as {}", aside.display());
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

fn encrypt(library: &Path, passphrase: Option<String>) -> Result<ExitCode, Failure> {
    let passphrase = required(passphrase, "--passphrase-file", "PLENARY_PASSPHRASE")?;
    Library::encrypt(library, &passphrase)?;
    println!("{} is encrypted", library.display());
    Ok(ExitCode::SUCCESS)
}

fn decrypt(library: &Path, passphrase: Option<String>) -> Result<ExitCode, Failure> {
    let passphrase = required(passphrase, "--passphrase-file", "PLENARY_PASSPHRASE")?;
    Library::decrypt(library, &passphrase)?;
    println!("{} is no longer encrypted", library.display());
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
    println!("the passphrase of {} is changed", library.display());
    Ok(ExitCode::SUCCESS)
}
