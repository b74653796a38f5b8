//! The delegation's commitments from the command line: `plenary
//! commitments suggest|accept|dismiss|add|list|set|history|show|remove`,
//! each a thin adapter over `Library`, with `--json` wherever a command
//! reads. `print` shows them to people.

mod print;

use crate::outcome::{output, refused, Failure};
use clap::{Args, Subcommand};
use plenary_core::model::{CommitmentFilter, CommitmentInput, CommitmentKind, CommitmentStatus};
use plenary_core::text::dates::parse_date;
use plenary_core::Library;
use std::process::ExitCode;

/// How many suggestions `suggest` lists unless told.
const SUGGESTIONS: usize = 20;

/// A commitment's fields as options; on `set` and `accept`, an empty value
/// clears an optional one.
#[derive(Args, Default)]
pub struct CommitmentArgs {
    #[arg(long, allow_hyphen_values = true)]
    text: Option<String>,
    /// position, pledge, request or action-item.
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    owner: Option<String>,
    /// The due day, e.g. 2026-07-20.
    #[arg(long)]
    due: Option<String>,
    /// A session of the calendar, by key or name (see `plenary sessions list`).
    #[arg(long)]
    session: Option<String>,
    /// A pillar or another topic.
    #[arg(long)]
    topic: Option<String>,
    /// The passage it comes from (an id from `plenary show`).
    #[arg(long)]
    passage: Option<i64>,
}

#[derive(Subcommand)]
pub enum CommitmentsCommand {
    /// Sentences of the delegation's statements that read as commitments,
    /// by confidence, then newest first.
    Suggest {
        #[arg(long, default_value_t = SUGGESTIONS)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Make a suggestion a commitment linked to its passage, as it is or
    /// with the fields given.
    Accept {
        passage_id: i64,
        sentence: u32,
        #[command(flatten)]
        fields: CommitmentArgs,
        #[arg(long)]
        json: bool,
    },
    /// Dismiss a suggestion for good.
    Dismiss { passage: i64, sentence: u32 },
    /// Add a commitment (--text and --kind are needed); it starts open.
    Add {
        #[command(flatten)]
        fields: CommitmentArgs,
        #[arg(long)]
        json: bool,
    },
    /// List commitments: overdue first, then by due date, then newest.
    List {
        /// open, in-progress, done or dropped.
        #[arg(long)]
        status: Option<String>,
        /// Only those still due before today.
        #[arg(long)]
        overdue: bool,
        /// Only those still due by the next session's last day.
        #[arg(long)]
        due_by_next_session: bool,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        session: Option<String>,
        /// Only those from this statement (a document id).
        #[arg(long)]
        document: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Change a commitment's status or its fields (a due date, an owner …),
    /// with or without --note; every change is kept in its history.
    Set {
        id: i64,
        /// open, in-progress, done or dropped.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
        #[command(flatten)]
        fields: CommitmentArgs,
        #[arg(long)]
        json: bool,
    },
    /// A commitment's history, oldest first: its creation, status changes,
    /// field changes and notes.
    History {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// A commitment with its source in context, its history and the later
    /// statements that repeat it.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Delete a commitment with its history.
    Remove { id: i64 },
}

fn kind(name: &str) -> Result<CommitmentKind, Failure> {
    CommitmentKind::parse(name).ok_or_else(|| {
        refused(
            "kind",
            format!("'{name}' is not one of {}", CommitmentKind::names()),
        )
    })
}

fn status(name: &str) -> Result<CommitmentStatus, Failure> {
    CommitmentStatus::parse(name).ok_or_else(|| {
        refused(
            "status",
            format!("'{name}' is not one of {}", CommitmentStatus::names()),
        )
    })
}

impl CommitmentArgs {
    fn is_empty(&self) -> bool {
        [
            &self.text,
            &self.kind,
            &self.owner,
            &self.due,
            &self.session,
            &self.topic,
        ]
        .iter()
        .all(|v| v.is_none())
            && self.passage.is_none()
    }

    /// `current` with the options given laid over it; an empty value clears.
    fn over(self, current: CommitmentInput) -> Result<CommitmentInput, Failure> {
        let over = |given: Option<String>, was: Option<String>| match given {
            Some(value) => Some(value).filter(|v| !v.trim().is_empty()),
            None => was,
        };
        Ok(CommitmentInput {
            id: current.id,
            text: self.text.unwrap_or(current.text),
            kind: match self.kind {
                Some(name) => kind(&name)?,
                None => current.kind,
            },
            owner: over(self.owner, current.owner),
            due_on: match self.due.as_deref().map(str::trim) {
                Some("") => None,
                Some(value) => Some(parse_date(value).ok_or_else(|| {
                    refused(
                        "due",
                        format!("'{value}' is not a date (write 2026-07-20 or 20 July 2026)"),
                    )
                })?),
                None => current.due_on,
            },
            session: over(self.session, current.session),
            topic: over(self.topic, current.topic),
            source_passage_id: self.passage.or(current.source_passage_id),
        })
    }
}

/// A commitment as its input, to lay options over.
fn as_input(library: &Library, id: i64) -> Result<CommitmentInput, Failure> {
    let c = library.commitment_detail(id)?.commitment;
    Ok(CommitmentInput {
        id: Some(c.id),
        text: c.text,
        kind: c.kind,
        owner: c.owner,
        due_on: c.due_on,
        session: c.session,
        topic: c.topic,
        source_passage_id: c.source.map(|s| s.passage_id),
    })
}

pub fn run(library: &mut Library, command: CommitmentsCommand) -> Result<ExitCode, Failure> {
    match command {
        CommitmentsCommand::Suggest {
            limit,
            json: as_json,
        } => {
            let suggestions = library.commitment_suggestions(limit)?;
            output(as_json, suggestions.as_slice(), print::suggestions)
        }
        CommitmentsCommand::Accept {
            passage_id: passage,
            sentence,
            fields,
            json: as_json,
        } => {
            let edited = match fields.is_empty() {
                true => None,
                false => {
                    // The suggestion's own text and kind, unless replaced.
                    let suggested = library
                        .commitment_suggestions(usize::MAX)?
                        .into_iter()
                        .find(|s| s.source.passage_id == passage && s.sentence_index == sentence);
                    let base = CommitmentInput {
                        id: None,
                        text: suggested
                            .as_ref()
                            .map(|s| s.text.clone())
                            .unwrap_or_default(),
                        kind: suggested.map_or(CommitmentKind::Position, |s| s.kind),
                        owner: None,
                        due_on: None,
                        session: None,
                        topic: None,
                        source_passage_id: Some(passage),
                    };
                    Some(fields.over(base)?)
                }
            };
            let commitment = library.accept_suggestion(passage, sentence, edited.as_ref())?;
            output(as_json, &commitment, |c| {
                print::list(std::slice::from_ref(c))
            })
        }
        CommitmentsCommand::Dismiss { passage, sentence } => {
            library.dismiss_suggestion(passage, sentence)?;
            println!("Sentence {sentence} of passage {passage} dismissed.");
            Ok(ExitCode::SUCCESS)
        }
        CommitmentsCommand::Add {
            fields,
            json: as_json,
        } => {
            let kind = kind(
                fields
                    .kind
                    .as_deref()
                    .ok_or_else(|| refused("kind", "a commitment needs its kind".to_owned()))?,
            )?;
            let blank = CommitmentInput {
                id: None,
                text: String::new(),
                kind,
                owner: None,
                due_on: None,
                session: None,
                topic: None,
                source_passage_id: None,
            };
            let commitment = library.save_commitment(&fields.over(blank)?, None)?;
            if !as_json {
                print::warning(&commitment);
            }
            output(as_json, &commitment, |c| {
                print::list(std::slice::from_ref(c))
            })
        }
        CommitmentsCommand::List {
            status: wanted,
            overdue,
            due_by_next_session,
            topic,
            session,
            document,
            json: as_json,
        } => {
            let filter = CommitmentFilter {
                status: wanted.as_deref().map(status).transpose()?,
                overdue,
                due_by_next_session,
                topic,
                session,
                document_id: document,
            };
            let commitments = library.commitments(&filter)?;
            output(as_json, commitments.as_slice(), print::list)
        }
        CommitmentsCommand::Set {
            id,
            status: wanted,
            note,
            fields,
            json: as_json,
        } => {
            let wanted = wanted.as_deref().map(status).transpose()?;
            // A note goes with the status change when there is one, else
            // with the fields changed, or on its own.
            if !fields.is_empty() || (wanted.is_none() && note.is_some()) {
                let with_fields = note.as_deref().filter(|_| wanted.is_none());
                library.save_commitment(&fields.over(as_input(library, id)?)?, with_fields)?;
            }
            if let Some(wanted) = wanted {
                library.set_commitment_status(id, wanted, note.as_deref())?;
            }
            let commitment = library.commitment_detail(id)?.commitment;
            if !as_json {
                print::warning(&commitment);
            }
            output(as_json, &commitment, |c| {
                print::list(std::slice::from_ref(c))
            })
        }
        CommitmentsCommand::History { id, json: as_json } => {
            let history = library.commitment_detail(id)?.history;
            output(as_json, history.as_slice(), print::history)
        }
        CommitmentsCommand::Show { id, json: as_json } => {
            let detail = library.commitment_detail(id)?;
            output(as_json, &detail, print::detail)
        }
        CommitmentsCommand::Remove { id } => {
            library.delete_commitment(id)?;
            println!("Commitment {id} deleted.");
            Ok(ExitCode::SUCCESS)
        }
    }
}
