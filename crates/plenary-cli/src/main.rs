//! The `plenary` command line: a thin layer over `plenary-core` that parses
//! arguments, opens the library (`--library`, `PLENARY_LIBRARY`, or the
//! platform data folder) and prints results for people or, with `--json`,
//! for scripts. Any failure exits non-zero with the error on stderr.

mod print;

use clap::{Args, Parser, Subcommand};
use plenary_core::draft::ExportFormat;
use plenary_core::import::FileStatus;
use plenary_core::reuse::{FindOptions, PhraseOptions};
use plenary_core::search::SearchOptions;
use plenary_core::store::Filter;
use plenary_core::Library;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about = "Plenary: the delegation's library of statements, offline"
)]
struct Cli {
    /// The library file (default: the platform data folder, plenary/library.db).
    #[arg(long, global = true, env = "PLENARY_LIBRARY")]
    library: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import files and folders (recursively): .md, .txt, .docx, .html.
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
        /// The sentence or paragraph to match.
        #[arg(long, conflicts_with = "passage", required_unless_present = "passage")]
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
}

#[derive(Args, Default)]
struct FilterArgs {
    #[arg(long)]
    speaker: Option<String>,
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    language: Option<String>,
    #[arg(long)]
    forum: Option<String>,
    #[arg(long)]
    topic: Option<String>,
    /// Earliest date, e.g. 2021-12-13 or "13 December 2021".
    #[arg(long)]
    from: Option<String>,
    /// Latest date.
    #[arg(long)]
    to: Option<String>,
}

impl FilterArgs {
    fn to_filter(&self) -> Result<Filter, String> {
        let date = |name: &str, value: &Option<String>| -> Result<_, String> {
            value
                .as_deref()
                .map(|v| {
                    plenary_core::import::dates::parse_date(v).ok_or_else(|| {
                        format!(
                            "--{name}: '{v}' is not a date (write 2021-12-13 or 13 December 2021)"
                        )
                    })
                })
                .transpose()
        };
        Ok(Filter {
            speaker: self.speaker.clone(),
            kind: self.kind.clone(),
            language: self.language.clone(),
            forum: self.forum.clone(),
            topic: self.topic.clone(),
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("plenary: {message}");
            ExitCode::FAILURE
        }
    }
}

fn default_library() -> Result<PathBuf, String> {
    plenary_core::default_library_path()
        .ok_or_else(|| "no data folder is known for this user; pass --library PATH".to_owned())
}

fn open(library: Option<PathBuf>) -> Result<Library, String> {
    let path = match library {
        Some(p) => p,
        None => default_library()?,
    };
    Library::open(&path).map_err(|e| format!("cannot open the library {}: {e}", path.display()))
}

/// Prints `value` as JSON for scripts, or with `human` for people.
fn output<T: serde::Serialize + ?Sized>(
    as_json: bool,
    value: &T,
    human: impl Fn(&T),
) -> Result<ExitCode, String> {
    if as_json {
        return json(value);
    }
    human(value);
    Ok(ExitCode::SUCCESS)
}

fn json(value: &(impl serde::Serialize + ?Sized)) -> Result<ExitCode, String> {
    println!(
        "{}",
        serde_json::to_string_pretty(value).map_err(|e| e.to_string())?
    );
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let mut library = open(cli.library)?;
    run_on_library(&mut library, cli.command)
}

fn run_on_library(library: &mut Library, command: Command) -> Result<ExitCode, String> {
    let e = |e: plenary_core::Error| e.to_string();
    match command {
        Command::Import {
            paths,
            json: as_json,
        } => {
            let show_progress = std::io::stderr().is_terminal() && !as_json;
            let report = library
                .import_paths(&paths, |p| {
                    if show_progress && (p.done == p.total || p.done % 25 == 0) {
                        eprint!("\rImporting {}/{} files…", p.done, p.total);
                    }
                })
                .map_err(e)?;
            if show_progress {
                eprintln!();
            }
            let failed = report.files.iter().any(|f| f.status == FileStatus::Failed);
            if as_json {
                json(&report)?;
            } else {
                print::import_report(&report);
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::List {
            filter,
            json: as_json,
        } => {
            let docs = library.documents(&filter.to_filter()?).map_err(e)?;
            output(as_json, docs.as_slice(), print::document_list)
        }
        Command::Show { id, json: as_json } => {
            let doc = library.document(id).map_err(e)?;
            output(as_json, &doc, print::document)
        }
        Command::Set { id, field, value } => {
            let summary = library
                .update_metadata(id, &field, Some(&value))
                .map_err(e)?;
            print::document_list(std::slice::from_ref(&summary));
            Ok(ExitCode::SUCCESS)
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
            let results = library
                .search(&query, &filter.to_filter()?, options)
                .map_err(e)?;
            output(as_json, &results, print::search_results)
        }
        Command::Concordance {
            phrase,
            filter,
            json: as_json,
        } => {
            let lines = library
                .concordance(&phrase, &filter.to_filter()?)
                .map_err(e)?;
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
                    let matches = library.find_reuse(&text, &filter, options).map_err(e)?;
                    (text, matches)
                }
                (None, Some(id)) => {
                    let matches = library.passage_reuse(id, &filter, options).map_err(e)?;
                    (format!("passage {id}"), matches)
                }
                (None, None) => return Err("give --text or --passage".to_owned()),
            };
            output(as_json, &matches, |m| print::reuse_matches(&query, m))
        }
        Command::ReuseMap { id, json: as_json } => {
            let map = library.reuse_map(id).map_err(e)?;
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
            let phrases = library.phrases(&options).map_err(e)?;
            output(as_json, phrases.as_slice(), print::phrases)
        }
        Command::Export { id, format } => {
            let format = ExportFormat::parse(&format).map_err(e)?;
            print!("{}", library.export(id, format).map_err(e)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { json: as_json } => {
            let stats = library.stats().map_err(e)?;
            output(as_json, &stats, |s| print::stats(s, library.path()))
        }
    }
}
