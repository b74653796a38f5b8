//! A position's history from the command line: `plenary positions
//! timeline` (how a delegation's wording of a topic, phrase or passage
//! evolved) and `plenary positions others` (who else says the same), thin
//! adapters over `Library` with `--json`, and how they print for people.

use crate::documents::print::{concept_terms, diff, other_wording, provenance};
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
        /// Follow the query, a term of the termbase, into all six languages.
        #[arg(long)]
        all_languages: bool,
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
            all_languages,
            json: as_json,
        } => {
            let timeline = library.position_timeline(&query, speaker.as_deref(), all_languages)?;
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
    if let Some(across) = &timeline.across_languages {
        println!("In all languages: {}", concept_terms(&across.concept));
    }
    let query_language = timeline
        .across_languages
        .as_ref()
        .map(|a| a.query_term.language);
    if timeline.versions.is_empty() {
        match timeline.speaker.as_deref() {
            Some(speaker) => println!(
                "{} never said \"{}\".",
                line(speaker),
                line(&timeline.query)
            ),
            None => println!("No one in the library said \"{}\".", line(&timeline.query)),
        }
    }
    for (i, v) in timeline.versions.iter().enumerate() {
        println!(
            "{} · {}",
            provenance(&v.source),
            line(v.occasion.as_deref().unwrap_or("—"))
        );
        let wording = other_wording(v.wording.as_ref(), query_language);
        if !wording.is_empty() {
            println!("        {}", line(wording.trim_end()));
        }
        match i == 0 || v.diff.is_empty() {
            true => println!("        {}", line(&v.text)),
            false => println!("        {}", diff(&v.diff)),
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
