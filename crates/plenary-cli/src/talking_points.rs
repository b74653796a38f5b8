//! Talking points from the command line: `plenary points
//! add|list|edit|remove`, each a thin adapter over `Library`, with
//! `--json` wherever a command reads, and how a point prints for people.
//! A point's pillar is a topic of the list (`plenary topics`) and its
//! session one of the calendar (`plenary sessions`).

use crate::outcome::{line, or_dash, output, Failure};
use clap::Subcommand;
use plenary_core::model::{TalkingPoint, TalkingPointInput};
use plenary_core::{ErrorKind, Library};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum PointsCommand {
    /// Add a talking point.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long, allow_hyphen_values = true)]
        text: String,
        /// A topic of the list (see `plenary topics list`).
        #[arg(long)]
        pillar: Option<String>,
        /// A session of the calendar, by key or name (see `plenary sessions list`).
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
}

pub fn run(library: &mut Library, command: PointsCommand) -> Result<ExitCode, Failure> {
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
            output(as_json, &point, |p| list(std::slice::from_ref(p)))
        }
        PointsCommand::List {
            query,
            pillar,
            session,
            json: as_json,
        } => {
            let points =
                library.talking_points(query.as_deref(), pillar.as_deref(), session.as_deref())?;
            output(as_json, points.as_slice(), list)
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
            output(as_json, &point, |p| list(std::slice::from_ref(p)))
        }
        PointsCommand::Remove { id } => {
            library.delete_talking_point(id)?;
            println!("Talking point {id} deleted.");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn list(points: &[TalkingPoint]) {
    if points.is_empty() {
        println!("No talking points. Add one with: plenary points add --title T --text X");
    }
    for p in points {
        println!(
            "{:>5}  {}  [{} · {}]",
            p.id,
            line(&p.title),
            or_dash(&p.pillar),
            or_dash(&p.session)
        );
        for text in p.text.lines() {
            println!("       {}", line(text));
        }
    }
}
