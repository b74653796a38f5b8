//! Keeping the library safe from the command line: `plenary backup` (now,
//! or `--if-due` once a day keeping the newest `--keep`) and `plenary
//! restore FILE`, which checks the backup before it replaces the library
//! and keeps the replaced one aside. Thin adapters over `Library`.

use crate::Failure;
use clap::Args;
use plenary_core::{Library, DAILY_BACKUPS_KEPT};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct BackupArgs {
    /// The folder to write into (default: backups/ beside the library).
    #[arg(long)]
    to: Option<PathBuf>,
    /// Back up only when the newest backup there is more than a day old,
    /// then keep only the newest --keep.
    #[arg(long)]
    if_due: bool,
    #[arg(long, default_value_t = DAILY_BACKUPS_KEPT, requires = "if_due")]
    keep: usize,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup file to put in place of the library.
    file: PathBuf,
}

pub fn backup(library: &Library, args: BackupArgs) -> Result<ExitCode, Failure> {
    let folder = match (args.to, library.path()) {
        (Some(folder), _) => folder,
        (None, Some(path)) => Library::default_backup_folder(path),
        (None, None) => PathBuf::from("backups"),
    };
    let made = if args.if_due {
        library.back_up_if_due(&folder, args.keep)?
    } else {
        Some(library.back_up(&folder)?)
    };
    match made {
        Some(file) => println!("backed up to {}", file.display()),
        None => println!(
            "a backup less than a day old is already in {}",
            folder.display()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(library: &Path, args: &RestoreArgs) -> Result<ExitCode, Failure> {
    let restored = Library::restore(library, &args.file)?;
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
