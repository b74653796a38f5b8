//! A position's history from the command line: `plenary positions
//! timeline` (how a delegation's wording of a topic, phrase or passage
//! evolved) and `plenary positions others` (who else says the same), thin
//! adapters over `Library` with `--json`, and how they print for people.

use crate::documents::print::{diff, provenance};
use crate::outcome::{line, output, Failure};
use clap::Subcommand;
use plenary_core::positions::PositionTimeline;
use plenary_core::reuse::ReuseMatch;
use plenary_core::Library;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum PositionsCommand {
    /// How a delegation's wording of a topic, phrase or passage evolved:
    /// each version with its date and occasion, and the diff to the one before.
    Timeline {
        /// A topic or phrase (searched for as words), or a passage (matched).
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Whose statements (the delegation in the settings by default).
        #[arg(long)]
        speaker: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Who else says this: other speakers with the same or near wording.
    Others {
        /// A draft paragraph (the delegation's own statements are left out).
        #[arg(
            long,
            conflicts_with = "passage",
            required_unless_present = "passage",
            allow_hyphen_values = true
        )]
        text: Option<String>,
        /// A stored passage's id (its speaker's own statements are left out).
        #[arg(long)]
        passage: Option<i64>,
        #[arg(short, long, default_value_t = 10)]
        k: usize,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(library: &mut Library, command: PositionsCommand) -> Result<ExitCode, Failure> {
    match command {
        PositionsCommand::Timeline {
            query,
            speaker,
            json: as_json,
        } => {
            let timeline = library.position_timeline(&query, speaker.as_deref())?;
            output(as_json, &timeline, timeline_lines)
        }
        PositionsCommand::Others {
            text,
            passage,
            k,
            json: as_json,
        } => {
            let found = match (passage, text) {
                (Some(id), _) => library.who_else_says_passage(id, k)?,
                (None, Some(text)) => library.who_else_says(&text, k)?,
                (None, None) => Vec::new(),
            };
            output(as_json, found.as_slice(), others)
        }
    }
}

fn timeline_lines(timeline: &PositionTimeline) {
    if timeline.versions.is_empty() {
        println!(
            "{} never said \"{}\".",
            line(timeline.speaker.as_deref().unwrap_or("No one")),
            line(&timeline.query)
        );
    }
    for (i, v) in timeline.versions.iter().enumerate() {
        println!(
            "{} · {}",
            provenance(&v.source),
            line(v.occasion.as_deref().unwrap_or("—"))
        );
        match i {
            0 => println!("        {}", line(&v.text)),
            _ => println!("        {}", diff(&v.diff)),
        }
    }
}

fn others(found: &[ReuseMatch]) {
    if found.is_empty() {
        println!("No other speaker uses this wording.");
    }
    for m in found {
        println!(
            "{:>5.1}%  {} · {}",
            m.score,
            line(m.source.speaker.as_deref().unwrap_or("unknown speaker")),
            provenance(&m.source)
        );
        println!("        {}", line(&m.source_text));
    }
}
