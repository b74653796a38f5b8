//! The `plenary` command line: a thin layer over `plenary-core`. This file
//! holds the arguments (`Cli`, and `Command`, one variant or flattened
//! group per feature) and hands each command to its feature's module,
//! which parses the rest, calls the library and prints the result for
//! people or, with `--json`, for scripts. A failure prints its message on
//! stderr and exits with the code of its kind (`outcome::EXIT_CODES`).

mod agreed;
mod commitments;
mod contacts;
mod documents;
mod drafts;
mod filter_args;
mod outcome;
mod positions;
mod safekeeping;
mod sessions;
mod settings;
mod talking_points;
mod termbase;
mod topics;

use clap::{Parser, Subcommand};
use outcome::{exit_code, Failure, EXIT_CODES};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about = "Plenary: the delegation's library of statements, offline",
    after_help = EXIT_CODES
)]
struct Cli {
    /// The library file (default: the platform data folder, plenary/library.db).
    #[arg(long, global = true, env = "PLENARY_LIBRARY")]
    library: Option<PathBuf>,
    /// A file whose first line is the library's passphrase (default: the
    /// PLENARY_PASSPHRASE variable), for an encrypted library.
    #[arg(long, global = true)]
    passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Documents(documents::DocumentsCommand),
    /// Drafts of the next statement: new, list, show, set, write,
    /// provenance, suggest, check, export, deliver.
    Draft {
        #[command(subcommand)]
        command: drafts::DraftCommand,
    },
    /// Agreed texts, which drafts are checked against: add, list, remove.
    Agreed {
        #[command(subcommand)]
        command: agreed::AgreedCommand,
    },
    /// A position's timeline, and who else says the same.
    Positions {
        #[command(subcommand)]
        command: positions::PositionsCommand,
    },
    /// Talking points: add, list, edit, remove.
    Points {
        #[command(subcommand)]
        command: talking_points::PointsCommand,
    },
    /// The Points of Contact directory: add, list, show, edit, remove, log,
    /// import, export, stale-months.
    Contacts {
        #[command(subcommand)]
        command: contacts::ContactsCommand,
    },
    /// The delegation's commitments: suggest, accept, dismiss, add, list,
    /// set, history, show, remove.
    Commitments {
        #[command(subcommand)]
        command: commitments::CommitmentsCommand,
    },
    /// The calendar of sessions: list, show, add, edit, remove, merge, export.
    Sessions {
        #[command(subcommand)]
        command: sessions::SessionsCommand,
    },
    /// The termbase: concepts with their terms in the six languages.
    Terms {
        #[command(subcommand)]
        command: termbase::TermsCommand,
    },
    /// The list of topics drafts, talking points and commitments are
    /// tagged with: list, add, rename, remove, merge, and the values on no
    /// list (unlisted).
    Topics {
        #[command(subcommand)]
        command: topics::TopicsCommand,
    },
    /// Show the drafter's settings (delegation, words_per_minute,
    /// insert_mode), one of them, or set one.
    Settings(settings::SettingsArgs),
    #[command(flatten)]
    Safekeeping(safekeeping::SafekeepingCommand),
}

fn main() -> ExitCode {
    sigpipe::reset();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("plenary: {}", outcome::line(&failure.message));
            ExitCode::from(exit_code(failure.kind))
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let path = outcome::library_path(cli.library)?;
    let passphrase = safekeeping::passphrase(cli.passphrase_file.as_deref(), "PLENARY_PASSPHRASE")?;
    // Safekeeping may replace or rewrite the file, so it opens the library
    // itself, if at all; every other command works on the open library.
    let open = || outcome::open(&path, passphrase.as_deref());
    match cli.command {
        Command::Documents(command) => documents::run(&mut open()?, command),
        Command::Draft { command } => drafts::run(&mut open()?, command),
        Command::Agreed { command } => agreed::run(&mut open()?, command),
        Command::Positions { command } => positions::run(&mut open()?, command),
        Command::Points { command } => talking_points::run(&mut open()?, command),
        Command::Contacts { command } => contacts::run(&mut open()?, command),
        Command::Commitments { command } => commitments::run(&mut open()?, command),
        Command::Sessions { command } => sessions::run(&mut open()?, command),
        Command::Terms { command } => termbase::run(&mut open()?, command),
        Command::Topics { command } => topics::run(&mut open()?, command),
        Command::Settings(args) => settings::run(&mut open()?, args),
        Command::Safekeeping(command) => safekeeping::run(&path, command, passphrase),
    }
}
