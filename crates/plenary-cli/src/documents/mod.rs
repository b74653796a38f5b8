//! The library's documents from the command line: `plenary import`, `list`,
//! `show`, `set`, `layout`, `reanalyse`, `search`, `concordance`, `reuse`,
//! `reuse-map`, `phrases`, `export` and `stats`. They are top-level
//! commands (flattened into `plenary`'s own), each a thin adapter over
//! `Library`, with `--json` wherever a command reads; `print` shows them to
//! people, and lends its provenance line and word diff to other features.

pub mod print;

use crate::filter_args::FilterArgs;
use crate::outcome::{exit_code, json, lines, output, Failure};
use clap::Subcommand;
use plenary_core::import::FileOutcome;
use plenary_core::render::ExportFormat;
use plenary_core::reuse::{FindOptions, PhraseOptions};
use plenary_core::search::SearchOptions;
use plenary_core::{ErrorKind, Library};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum DocumentsCommand {
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
        /// Follow the query, a term of the termbase, into all six languages.
        #[arg(long)]
        all_languages: bool,
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
}

pub fn run(library: &mut Library, command: DocumentsCommand) -> Result<ExitCode, Failure> {
    match command {
        DocumentsCommand::Import {
            paths,
            json: as_json,
        } => import(library, &paths, as_json),
        DocumentsCommand::List {
            filter,
            json: as_json,
        } => {
            let docs = library.documents(&filter.to_filter()?)?;
            output(as_json, docs.as_slice(), print::document_list)
        }
        DocumentsCommand::Show { id, json: as_json } => {
            let doc = library.document(id)?;
            output(as_json, &doc, print::document)
        }
        DocumentsCommand::Set { id, field, value } => {
            let summary = library.update_metadata(id, &field, Some(&value))?;
            print::document_list(std::slice::from_ref(&summary));
            Ok(ExitCode::SUCCESS)
        }
        DocumentsCommand::Layout {
            id,
            layout,
            json: as_json,
        } => {
            let doc = library.set_layout(id, &layout)?;
            output(as_json, &doc, print::document)
        }
        DocumentsCommand::Reanalyse { ids, json: as_json } => {
            let report = library.reanalyse(&ids)?;
            output(as_json, &report, print::reanalysis)
        }
        DocumentsCommand::Search {
            query,
            filter,
            limit,
            all_languages,
            json: as_json,
        } => {
            let options = SearchOptions {
                limit,
                all_languages,
                ..SearchOptions::default()
            };
            let results = library.search(&query, &filter.to_filter()?, options)?;
            output(as_json, &results, print::search_results)
        }
        DocumentsCommand::Concordance {
            phrase,
            filter,
            json: as_json,
        } => {
            let lines = library.concordance(&phrase, &filter.to_filter()?)?;
            output(as_json, lines.as_slice(), print::concordance)
        }
        DocumentsCommand::Reuse {
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
        DocumentsCommand::ReuseMap { id, json: as_json } => {
            let map = library.reuse_map(id)?;
            output(as_json, &map, print::reuse_map)
        }
        DocumentsCommand::Phrases {
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
        DocumentsCommand::Export { id, format } => {
            let format = ExportFormat::parse(&format)?;
            let exported = library.export(id, format)?;
            // Written to a file or a pipe as it is; on a terminal, its
            // control characters escaped.
            match std::io::stdout().is_terminal() {
                true => print!("{}", lines(&exported)),
                false => print!("{exported}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        DocumentsCommand::Stats { json: as_json } => {
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

/// `plenary import`: progress on a terminal, then the report; exits 3
/// when any file failed.
fn import(library: &mut Library, paths: &[PathBuf], as_json: bool) -> Result<ExitCode, Failure> {
    let show_progress = std::io::stderr().is_terminal() && !as_json;
    let report = library.import_paths(paths, |p| {
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
