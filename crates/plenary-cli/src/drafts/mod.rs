//! Drafts of the next statement from the command line: `plenary draft
//! new|list|show|set|write|provenance|suggest|insert-point|check|export|
//! send|clear|deliver`, each
//! a thin adapter over `Library`, with `--json` wherever a command reads.
//! `suggest` gathers earlier language paragraph by paragraph; `print`
//! shows drafts to people; `check` is printed by the agreed feature, whose
//! spans it lists.

mod print;
mod suggest;

use crate::filter_args::FilterArgs;
use crate::outcome::{output, refused, write_file, Failure};
use clap::Subcommand;
use plenary_core::model::{Chair, DraftStart, Language};
use plenary_core::render::DraftFormat;
use plenary_core::{ErrorKind, Library};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum DraftCommand {
    /// Start a draft from a template (Blank when none is named) or from a
    /// file, in a language (ar, zh, en, fr, ru, es; English when none is
    /// given): the template's opening and closing are that language's, to a
    /// chair who is a man or a woman ("Señor Presidente:" or "Señora
    /// Presidenta:").
    New {
        #[arg(long)]
        title: String,
        #[arg(long, conflicts_with = "from_file")]
        template: Option<String>,
        #[arg(long, default_value = "en")]
        language: String,
        /// man or woman.
        #[arg(long, default_value = "man")]
        chair: String,
        /// A Markdown file holding the draft's text.
        #[arg(long)]
        from_file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// List drafts by session, then status, then the newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a draft: its fields, speaking time, text and insertions.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Set a draft's title, session, topic, language (ar, zh, en, fr, ru,
    /// es), target_minutes or status (drafting, sent_to_capital, cleared);
    /// an empty value clears the session or topic.
    Set {
        id: i64,
        field: String,
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// Replace a draft's text with a file's, as a new revision.
    Write {
        id: i64,
        #[arg(long)]
        from_file: PathBuf,
    },
    /// Where each paragraph's language comes from, or "new language".
    Provenance {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Earlier language and talking points for each paragraph of a draft,
    /// best first.
    Suggest {
        id: i64,
        #[command(flatten)]
        filter: FilterArgs,
        /// Suggestions per paragraph.
        #[arg(short, long, default_value_t = 5)]
        k: usize,
        #[arg(long)]
        json: bool,
    },
    /// Put a talking point into a draft as a paragraph of its own, after
    /// paragraph N (0 puts it first; by default, before the closing).
    InsertPoint {
        /// The draft.
        draft: i64,
        /// The talking point (see `plenary points list`).
        point: i64,
        #[arg(long)]
        after: Option<usize>,
        #[arg(long)]
        json: bool,
    },
    /// Every agreed, altered and new span of a draft, in order, for capital.
    Check {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Write a draft as docx, pdf, html, md, reading or reading-pdf (the
    /// podium copy), or provenance, provenance-docx or provenance-pdf (the
    /// report for capital).
    Export {
        id: i64,
        #[arg(long)]
        format: String,
        #[arg(long)]
        out: PathBuf,
        /// Put "Check against delivery" above the title.
        #[arg(long)]
        check_against_delivery: bool,
    },
    /// Mark a draft as sent to capital for clearance.
    Send {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Record capital's clearance of a draft as it reads now (by the name
    /// in `plenary settings user_name`).
    Clear {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Add a delivered draft to the library as a statement of the delegation,
    /// filed under its session.
    Deliver {
        id: i64,
        /// The day it was delivered, e.g. 2026-03-05 or "5 March 2026".
        #[arg(long)]
        date: String,
        /// Deliver it although capital has not cleared it as it reads.
        #[arg(long)]
        uncleared: bool,
        #[arg(long)]
        json: bool,
    },
}

fn read_file(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::new(ErrorKind::Io, format!("{}: {e}", path.display())))
}

pub fn run(library: &mut Library, command: DraftCommand) -> Result<ExitCode, Failure> {
    match command {
        DraftCommand::New {
            title,
            template,
            language,
            chair,
            from_file,
            json: as_json,
        } => {
            let body = from_file.as_deref().map(read_file).transpose()?;
            let start = DraftStart {
                template: template.as_deref(),
                body: body.as_deref(),
                language: Language::parse(&language).map_err(|e| refused("language", e))?,
                chair: Chair::parse(&chair).map_err(|e| refused("chair", e))?,
            };
            let draft = library.create_draft(&title, &start)?;
            output(as_json, &draft, print::created)
        }
        DraftCommand::List { json: as_json } => {
            let drafts = library.drafts()?;
            output(as_json, drafts.as_slice(), print::draft_list)
        }
        DraftCommand::Show { id, json: as_json } => {
            let draft = library.draft(id)?;
            let rate = library.settings()?.words_per_minute;
            let changes = library.changes_since_cleared(id)?;
            output(as_json, &draft, |d| print::draft(d, rate, &changes))
        }
        DraftCommand::Set { id, field, value } => {
            let draft = library.update_draft(id, &field, Some(&value))?;
            print::draft_list(std::slice::from_ref(&draft.summary));
            Ok(ExitCode::SUCCESS)
        }
        DraftCommand::Write { id, from_file } => {
            let draft = library.write_draft(id, &read_file(&from_file)?)?;
            let revisions = library.revisions(id)?;
            print::written(&draft, revisions.first());
            Ok(ExitCode::SUCCESS)
        }
        DraftCommand::Provenance { id, json: as_json } => {
            let provenance = library.draft_provenance(id)?;
            output(as_json, provenance.as_slice(), print::provenance)
        }
        DraftCommand::Suggest {
            id,
            filter,
            k,
            json: as_json,
        } => {
            let found = suggest::by_paragraph(library, id, &filter.to_filter()?, k)?;
            output(as_json, found.as_slice(), print::suggestions)
        }
        DraftCommand::InsertPoint {
            draft,
            point,
            after,
            json: as_json,
        } => {
            let draft = library.insert_talking_point(draft, point, after)?;
            output(as_json, &draft, |d| print::point_inserted(d, point))
        }
        DraftCommand::Check { id, json: as_json } => {
            let spans = library.check_draft(id)?;
            output(as_json, spans.as_slice(), crate::agreed::checked)
        }
        DraftCommand::Export {
            id,
            format,
            out,
            check_against_delivery,
        } => {
            let format = DraftFormat::parse(&format)?;
            let bytes = library.export_draft(id, format, check_against_delivery)?;
            write_file(&out, &bytes)
        }
        DraftCommand::Send { id, json: as_json } => {
            let draft = library.send_to_capital(id)?;
            output(as_json, &draft, |d| print::status(d, &[]))
        }
        DraftCommand::Clear { id, json: as_json } => {
            let draft = library.clear_draft(id)?;
            output(as_json, &draft, |d| print::status(d, &[]))
        }
        DraftCommand::Deliver {
            id,
            date,
            uncleared,
            json: as_json,
        } => {
            let draft = library
                .deliver_draft(id, &date, uncleared)
                .map_err(|error| {
                    let unclear = error.kind() == ErrorKind::InvalidField
                        && error.to_string().starts_with("status:")
                        && library
                            .draft(id)
                            .is_ok_and(|d| !d.is_cleared() && d.delivered_document.is_none());
                    match unclear {
                        true => Failure::new(
                            error.kind(),
                            format!("{error}; use --uncleared to deliver it anyway"),
                        ),
                        false => error.into(),
                    }
                })?;
            output(as_json, &draft, print::delivered)
        }
    }
}
