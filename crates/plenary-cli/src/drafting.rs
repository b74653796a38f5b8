//! The drafting studio from the command line: `plenary draft …`,
//! `plenary points …` and `plenary settings`, each a thin adapter over
//! `Library` like the commands in `main.rs`, with `--json` wherever a
//! command reads. What people see is printed by `print_drafting`.

use crate::{json, output, print_drafting, Failure, FilterArgs};
use clap::Subcommand;
use plenary_core::drafts::{paragraphs, settings};
use plenary_core::model::TalkingPointInput;
use plenary_core::render::DraftFormat;
use plenary_core::reuse::ReuseMatch;
use plenary_core::{ErrorKind, Library};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum DraftCommand {
    /// Start a draft from a template (Blank when none is named) or from a file.
    New {
        #[arg(long)]
        title: String,
        #[arg(long, conflicts_with = "from_file")]
        template: Option<String>,
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
    /// Set a draft's title, session, topic, target_minutes or status
    /// (drafting, cleared); an empty value clears the session or topic.
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
    /// Earlier language for each paragraph of a draft, best first.
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
    /// Every agreed, altered and new span of a draft, in order, for capital.
    Check {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Write a draft as docx, html, md, reading (the podium copy) or
    /// provenance (the report for capital).
    Export {
        id: i64,
        #[arg(long)]
        format: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Add a delivered draft to the library as a statement of the delegation.
    Deliver {
        id: i64,
        /// The day it was delivered, e.g. 2026-03-05 or "5 March 2026".
        #[arg(long)]
        date: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum PointsCommand {
    /// Add a talking point.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long, allow_hyphen_values = true)]
        text: String,
        /// A pillar (see `plenary points pillars`) or another topic.
        #[arg(long)]
        pillar: Option<String>,
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List talking points, newest first, holding every word of --query.
    List {
        #[arg(long)]
        query: Option<String>,
        #[arg(long)]
        pillar: Option<String>,
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Change a talking point; an empty --pillar or --session clears it.
    Edit {
        id: i64,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        text: Option<String>,
        #[arg(long)]
        pillar: Option<String>,
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete a talking point.
    Remove { id: i64 },
    /// The pillars to tag points with, then the other topics in use.
    Pillars {
        #[arg(long)]
        json: bool,
    },
}

/// One paragraph of a draft with the earlier language suggested for it.
#[derive(Serialize)]
pub struct ParagraphSuggestions {
    pub index: usize,
    pub text: String,
    pub suggestions: Vec<ReuseMatch>,
}

fn read_file(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::new(ErrorKind::Io, format!("{}: {e}", path.display())))
}

pub fn run_draft(library: &mut Library, command: DraftCommand) -> Result<ExitCode, Failure> {
    match command {
        DraftCommand::New {
            title,
            template,
            from_file,
            json: as_json,
        } => {
            let body = from_file.as_deref().map(read_file).transpose()?;
            let draft = library.create_draft(&title, template.as_deref(), body.as_deref())?;
            output(as_json, &draft, print_drafting::created)
        }
        DraftCommand::List { json: as_json } => {
            let drafts = library.drafts()?;
            output(as_json, drafts.as_slice(), print_drafting::draft_list)
        }
        DraftCommand::Show { id, json: as_json } => {
            let draft = library.draft(id)?;
            let rate = library.settings()?.words_per_minute;
            output(as_json, &draft, |d| print_drafting::draft(d, rate))
        }
        DraftCommand::Set { id, field, value } => {
            let draft = library.update_draft(id, &field, Some(&value))?;
            print_drafting::draft_list(std::slice::from_ref(&draft.summary));
            Ok(ExitCode::SUCCESS)
        }
        DraftCommand::Write { id, from_file } => {
            let draft = library.write_draft(id, &read_file(&from_file)?)?;
            let revisions = library.revisions(id)?;
            print_drafting::written(&draft, revisions.first());
            Ok(ExitCode::SUCCESS)
        }
        DraftCommand::Provenance { id, json: as_json } => {
            let provenance = library.draft_provenance(id)?;
            output(as_json, provenance.as_slice(), print_drafting::provenance)
        }
        DraftCommand::Suggest {
            id,
            filter,
            k,
            json: as_json,
        } => {
            let draft = library.draft(id)?;
            let filter = filter.to_filter()?;
            let mut found = Vec::new();
            for (index, text) in paragraphs(&draft.body).into_iter().enumerate() {
                let suggestions = library.suggest(text, &filter, k)?;
                if !suggestions.is_empty() {
                    found.push(ParagraphSuggestions {
                        index,
                        text: text.to_owned(),
                        suggestions,
                    });
                }
            }
            output(as_json, found.as_slice(), print_drafting::suggestions)
        }
        DraftCommand::Check { id, json: as_json } => {
            let spans = library.check_draft(id)?;
            output(as_json, spans.as_slice(), crate::agreed::checked)
        }
        DraftCommand::Export { id, format, out } => {
            let bytes = library.export_draft(id, DraftFormat::parse(&format)?)?;
            std::fs::write(&out, bytes)
                .map_err(|e| Failure::new(ErrorKind::Io, format!("{}: {e}", out.display())))?;
            println!("{}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        DraftCommand::Deliver {
            id,
            date,
            json: as_json,
        } => {
            let draft = library.deliver_draft(id, &date)?;
            output(as_json, &draft, print_drafting::delivered)
        }
    }
}

pub fn run_points(library: &mut Library, command: PointsCommand) -> Result<ExitCode, Failure> {
    match command {
        PointsCommand::Add {
            title,
            text,
            pillar,
            session,
            json: as_json,
        } => {
            let point = library.save_talking_point(&TalkingPointInput {
                id: None,
                title,
                text,
                pillar,
                session,
            })?;
            output(as_json, &point, |p| {
                print_drafting::points(std::slice::from_ref(p))
            })
        }
        PointsCommand::List {
            query,
            pillar,
            session,
            json: as_json,
        } => {
            let points =
                library.talking_points(query.as_deref(), pillar.as_deref(), session.as_deref())?;
            output(as_json, points.as_slice(), print_drafting::points)
        }
        PointsCommand::Edit {
            id,
            title,
            text,
            pillar,
            session,
            json: as_json,
        } => {
            let current = library
                .talking_points(None, None, None)?
                .into_iter()
                .find(|p| p.id == id)
                .ok_or_else(|| {
                    Failure::new(
                        ErrorKind::NotFound,
                        format!("there is no talking point with id {id}"),
                    )
                })?;
            let point = library.save_talking_point(&TalkingPointInput {
                id: Some(id),
                title: title.unwrap_or(current.title),
                text: text.unwrap_or(current.text),
                pillar: pillar.or(current.pillar),
                session: session.or(current.session),
            })?;
            output(as_json, &point, |p| {
                print_drafting::points(std::slice::from_ref(p))
            })
        }
        PointsCommand::Remove { id } => {
            library.delete_talking_point(id)?;
            println!("Talking point {id} deleted.");
            Ok(ExitCode::SUCCESS)
        }
        PointsCommand::Pillars { json: as_json } => {
            let pillars = library.pillars()?;
            output(as_json, pillars.as_slice(), |p| {
                p.iter().for_each(|name| println!("{name}"))
            })
        }
    }
}

/// `plenary settings [KEY [VALUE]]`: every setting, one, or one changed.
pub fn run_settings(
    library: &mut Library,
    key: Option<String>,
    value: Option<String>,
    as_json: bool,
) -> Result<ExitCode, Failure> {
    let mut current = library.settings()?;
    if let (Some(key), Some(value)) = (&key, &value) {
        settings::set(&mut current, key, value)?;
        current = library.save_settings(&current)?;
    }
    match key {
        None => output(as_json, &current, print_drafting::settings),
        Some(key) => {
            let shown = settings::value(&current, &key)?;
            match as_json {
                true => json(&shown),
                false => {
                    println!("{shown}");
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}
