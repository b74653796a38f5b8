//! The `plenary` command line: a thin layer over `plenary-core` that parses
//! arguments, opens the library (`--library`, `PLENARY_LIBRARY`, or the
//! platform data folder) and prints results for people or, with `--json`,
//! for scripts. A failure prints its message on stderr and exits with the
//! code of its kind (`EXIT_CODES`).

mod agreed;
mod commitments;
mod contacts;
mod drafting;
mod filter_args;
mod print;
mod print_commitments;
mod print_drafting;
mod safekeeping;
mod sessions;

use filter_args::FilterArgs;

use clap::{Parser, Subcommand};
use plenary_core::import::FileOutcome;
use plenary_core::render::ExportFormat;
use plenary_core::reuse::{FindOptions, PhraseOptions};
use plenary_core::search::SearchOptions;
use plenary_core::{ErrorKind, Library};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
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
    /// Import files and folders (recursively): .md, .txt, .docx, .html, .pdf.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// List documents, newest first.
    List {
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long)]
        json: bool,
    },
    /// Show one document with its metadata and numbered passages.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Correct a document's metadata field (an empty value clears it).
    Set {
        id: i64,
        field: String,
        value: String,
    },
    /// Cut a document into paragraphs again in another layout, kept as your
    /// choice: markdown, one-per-line, hard-wrapped or run-together.
    Layout {
        id: i64,
        layout: String,
        #[arg(long)]
        json: bool,
    },
    /// Analyse documents again from their text (all of them when no id is
    /// given): paragraphs, roles, guessed fields and reuse links. Fields
    /// corrected by hand and chosen layouts are kept.
    Reanalyse {
        ids: Vec<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Search passages: words, "phrases", prefix*, OR, NOT.
    Search {
        query: String,
        #[command(flatten)]
        filter: FilterArgs,
        /// At most this many passages are ranked.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Every use of a phrase in context, oldest first.
    Concordance {
        phrase: String,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long)]
        json: bool,
    },
    /// Earlier passages that match a text or a stored passage, with score and diff.
    Reuse {
        /// The sentence or paragraph to match (it may start with a dash, as bullets do).
        #[arg(
            long,
            conflicts_with = "passage",
            required_unless_present = "passage",
            allow_hyphen_values = true
        )]
        text: Option<String>,
        /// A stored passage's id (its own document is left out).
        #[arg(long)]
        passage: Option<i64>,
        #[command(flatten)]
        filter: FilterArgs,
        /// How many matches to show.
        #[arg(short, long, default_value_t = 5)]
        k: usize,
        /// Lowest score shown, 0 to 100.
        #[arg(long, default_value_t = 50.0)]
        min_score: f64,
        #[arg(long)]
        json: bool,
    },
    /// A document's reuse map: each passage's earlier sources and later reuses.
    ReuseMap {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Recurring formulations of six words or more found in two documents or more.
    Phrases {
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, default_value_t = 6)]
        min_words: usize,
        #[arg(long, default_value_t = 2)]
        min_documents: usize,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Export a document as Markdown or HTML to standard output.
    Export {
        id: i64,
        #[arg(long, default_value = "md")]
        format: String,
    },
    /// Counts of documents, passages, words, speakers and languages.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Drafts of the next statement: new, list, show, set, write,
    /// provenance, suggest, check, export, deliver.
    Draft {
        #[command(subcommand)]
        command: drafting::DraftCommand,
    },
    /// Agreed texts, which drafts are checked against: add, list, remove.
    Agreed {
        #[command(subcommand)]
        command: agreed::AgreedCommand,
    },
    /// A position's timeline, and who else says the same.
    Positions {
        #[command(subcommand)]
        command: agreed::PositionsCommand,
    },
    /// Talking points: add, list, edit, remove, pillars.
    Points {
        #[command(subcommand)]
        command: drafting::PointsCommand,
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
    /// The calendar of sessions: list, show, add, edit, remove.
    Sessions {
        #[command(subcommand)]
        command: sessions::SessionsCommand,
    },
    /// Show the drafter's settings (delegation, words_per_minute,
    /// insert_mode), one of them, or set one.
    Settings {
        key: Option<String>,
        value: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write a backup of the library (now, or with --if-due once a day).
    Backup(safekeeping::BackupArgs),
    /// Replace the library with a backup, once the backup passes its
    /// checks; the replaced library is kept aside.
    Restore(safekeeping::RestoreArgs),
    /// Encrypt the library with a passphrase (PLENARY_PASSPHRASE or
    /// --passphrase-file).
    Encrypt,
    /// Remove the library's encryption.
    Decrypt,
    /// Change the library's passphrase.
    Passphrase {
        #[command(subcommand)]
        command: safekeeping::PassphraseCommand,
    },
}

/// What `plenary --help` says about exit codes; `exit_code` follows it.
const EXIT_CODES: &str = "Exit codes:
  0  done
  1  the library itself failed (the database or its upgrade)
  2  the command line is wrong
  3  a file could not be imported (an import exits 3 when any file failed,
     a contacts import when any row was refused)
  4  a value or query was refused (a field, a date, a search)
  5  there is no such document, passage, draft, talking point or contact
  6  a file or folder could not be read or written";

/// The exit code of an error kind, as `EXIT_CODES` documents it.
fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Database | ErrorKind::Migration => 1,
        ErrorKind::BadInput | ErrorKind::UnsupportedFormat => 3,
        ErrorKind::InvalidField | ErrorKind::InvalidQuery => 4,
        ErrorKind::NotFound => 5,
        ErrorKind::Io => 6,
    }
}

/// A failure on its way to stderr, with its kind for the exit code.
struct Failure {
    kind: ErrorKind,
    message: String,
}

impl Failure {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
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

fn main() -> ExitCode {
    sigpipe::reset();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("plenary: {}", failure.message);
            ExitCode::from(exit_code(failure.kind))
        }
    }
}

fn library_path(library: Option<PathBuf>) -> Result<PathBuf, Failure> {
    library
        .or_else(plenary_core::default_library_path)
        .ok_or_else(|| {
            Failure::new(
                ErrorKind::InvalidField,
                "no data folder is known for this user; pass --library PATH",
            )
        })
}

fn open(path: &Path, passphrase: Option<&str>) -> Result<Library, Failure> {
    Library::open_unlocked(path, passphrase).map_err(|e| {
        Failure::new(
            e.kind(),
            format!("cannot open the library {}: {e}", path.display()),
        )
    })
}

/// Prints `value` as JSON for scripts, or with `human` for people.
fn output<T: serde::Serialize + ?Sized>(
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

fn json(value: &(impl serde::Serialize + ?Sized)) -> Result<ExitCode, Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(ErrorKind::Io, format!("cannot write JSON: {e}")))?;
    println!("{text}");
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let path = library_path(cli.library)?;
    let passphrase = safekeeping::passphrase(cli.passphrase_file.as_deref(), "PLENARY_PASSPHRASE")?;
    // These replace or rewrite the file, so they run with the library closed.
    match &cli.command {
        Command::Restore(args) => return safekeeping::restore(&path, args, passphrase.as_deref()),
        Command::Encrypt => return safekeeping::encrypt(&path, passphrase),
        Command::Decrypt => return safekeeping::decrypt(&path, passphrase),
        Command::Passphrase { command } => {
            return safekeeping::run_passphrase(&path, command, passphrase)
        }
        _ => {}
    }
    let mut library = open(&path, passphrase.as_deref())?;
    run_on_library(&mut library, cli.command)
}

fn run_on_library(library: &mut Library, command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Import {
            paths,
            json: as_json,
        } => {
            let show_progress = std::io::stderr().is_terminal() && !as_json;
            let report = library.import_paths(&paths, |p| {
                if show_progress && (p.done == p.total || p.done % 25 == 0) {
                    eprint!("\rImporting {}/{} files…", p.done, p.total);
                }
            })?;
            if show_progress {
                eprintln!();
            }
            let failed = report
                .files
                .iter()
                .any(|f| matches!(f, FileOutcome::Failed { .. }));
            if as_json {
                json(&report)?;
            } else {
                print::import_report(&report);
            }
            Ok(match failed {
                true => ExitCode::from(exit_code(ErrorKind::BadInput)),
                false => ExitCode::SUCCESS,
            })
        }
        Command::List {
            filter,
            json: as_json,
        } => {
            let docs = library.documents(&filter.to_filter()?)?;
            output(as_json, docs.as_slice(), print::document_list)
        }
        Command::Show { id, json: as_json } => {
            let doc = library.document(id)?;
            output(as_json, &doc, print::document)
        }
        Command::Set { id, field, value } => {
            let summary = library.update_metadata(id, &field, Some(&value))?;
            print::document_list(std::slice::from_ref(&summary));
            Ok(ExitCode::SUCCESS)
        }
        Command::Layout {
            id,
            layout,
            json: as_json,
        } => {
            let doc = library.set_layout(id, &layout)?;
            output(as_json, &doc, print::document)
        }
        Command::Reanalyse { ids, json: as_json } => {
            let report = library.reanalyse(&ids)?;
            output(as_json, &report, print::reanalysis)
        }
        Command::Search {
            query,
            filter,
            limit,
            json: as_json,
        } => {
            let options = SearchOptions {
                limit,
                ..SearchOptions::default()
            };
            let results = library.search(&query, &filter.to_filter()?, options)?;
            output(as_json, &results, print::search_results)
        }
        Command::Concordance {
            phrase,
            filter,
            json: as_json,
        } => {
            let lines = library.concordance(&phrase, &filter.to_filter()?)?;
            output(as_json, lines.as_slice(), print::concordance)
        }
        Command::Reuse {
            text,
            passage,
            filter,
            k,
            min_score,
            json: as_json,
        } => {
            let options = FindOptions {
                k,
                min_score,
                exclude_document: None,
            };
            let filter = filter.to_filter()?;
            let (query, matches) = match (text, passage) {
                (Some(text), _) => {
                    let matches = library.find_reuse(&text, &filter, options)?;
                    (text, matches)
                }
                (None, Some(id)) => {
                    let matches = library.passage_reuse(id, &filter, options)?;
                    (format!("passage {id}"), matches)
                }
                (None, None) => {
                    return Err(Failure::new(
                        ErrorKind::InvalidQuery,
                        "give --text or --passage",
                    ))
                }
            };
            output(as_json, &matches, |m| print::reuse_matches(&query, m))
        }
        Command::ReuseMap { id, json: as_json } => {
            let map = library.reuse_map(id)?;
            output(as_json, &map, print::reuse_map)
        }
        Command::Phrases {
            filter,
            min_words,
            min_documents,
            limit,
            json: as_json,
        } => {
            let options = PhraseOptions {
                filter: filter.to_filter()?,
                min_words,
                min_documents,
                limit,
            };
            let phrases = library.phrases(&options)?;
            output(as_json, phrases.as_slice(), print::phrases)
        }
        Command::Export { id, format } => {
            let format = ExportFormat::parse(&format)?;
            print!("{}", library.export(id, format)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Draft { command } => drafting::run_draft(library, command),
        Command::Points { command } => drafting::run_points(library, command),
        Command::Contacts { command } => contacts::run_contacts(library, command),
        Command::Agreed { command } => agreed::run_agreed(library, command),
        Command::Positions { command } => agreed::run_positions(library, command),
        Command::Commitments { command } => commitments::run_commitments(library, command),
        Command::Sessions { command } => sessions::run_sessions(library, command),
        Command::Settings {
            key,
            value,
            json: as_json,
        } => drafting::run_settings(library, key, value, as_json),
        Command::Backup(args) => safekeeping::backup(library, args),
        Command::Restore(_) | Command::Encrypt | Command::Decrypt | Command::Passphrase { .. } => {
            unreachable!("these run before the library opens")
        }
        Command::Stats { json: as_json } => {
            let stats = library.stats()?;
            let waiting = library.unanalysed_documents()?.len();
            output(as_json, &stats, |s| {
                print::stats(s, library.path());
                if waiting > 0 {
                    println!("{waiting} documents were imported by an earlier version; `plenary reanalyse` cuts them into paragraphs as a reader sees them.");
                }
            })
        }
    }
}
