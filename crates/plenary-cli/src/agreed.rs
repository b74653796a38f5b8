//! Agreed language and positions from the command line: `plenary agreed
//! add|list|remove`, `plenary draft check` (in `drafting.rs`, printed
//! here) and `plenary positions timeline|others`, each a thin adapter over
//! `Library` like the commands in `main.rs`, with `--json` wherever a
//! command reads.

use crate::{output, print, Failure};
use clap::Subcommand;
use plenary_core::agreed::{CheckedSpan, SpanKind};
use plenary_core::model::AgreedText;
use plenary_core::positions::PositionTimeline;
use plenary_core::reuse::ReuseMatch;
use plenary_core::Library;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum AgreedCommand {
    /// Mark a document as an agreed text, cited by its document symbol.
    Add {
        /// The document's id (see `plenary list`).
        id: i64,
        /// The symbol it is cited by, for example A/77/275.
        #[arg(long)]
        symbol: String,
        #[arg(long)]
        json: bool,
    },
    /// List the agreed texts, by symbol.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Take the agreed mark off a document.
    Remove { id: i64 },
}

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

pub fn run_agreed(library: &mut Library, command: AgreedCommand) -> Result<ExitCode, Failure> {
    match command {
        AgreedCommand::Add {
            id,
            symbol,
            json: as_json,
        } => {
            let marked = library.mark_agreed(id, &symbol)?;
            output(as_json, &marked, |m| agreed_list(std::slice::from_ref(m)))
        }
        AgreedCommand::List { json: as_json } => {
            let texts = library.agreed_texts()?;
            output(as_json, texts.as_slice(), agreed_list)
        }
        AgreedCommand::Remove { id } => {
            library.unmark_agreed(id)?;
            println!("Document {id} is no longer an agreed text.");
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn run_positions(
    library: &mut Library,
    command: PositionsCommand,
) -> Result<ExitCode, Failure> {
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

fn agreed_list(texts: &[AgreedText]) {
    if texts.is_empty() {
        println!("No agreed texts. Mark one with `plenary agreed add ID --symbol S`.");
    }
    for t in texts {
        println!(
            "{:<20} #{:<6} {}  {}",
            t.symbol,
            t.document_id,
            t.date.as_deref().unwrap_or("undated"),
            t.title.as_deref().unwrap_or("—")
        );
    }
}

/// The spans of a checked draft, in order, for capital.
pub fn checked(spans: &[CheckedSpan]) {
    let count = |kind| spans.iter().filter(|s| s.kind == kind).count();
    println!(
        "{} agreed, {} altered, {} new",
        count(SpanKind::Agreed),
        count(SpanKind::Altered),
        count(SpanKind::New)
    );
    for s in spans {
        let cited = s
            .source
            .as_ref()
            .map_or(String::new(), |a| a.citation.clone());
        match s.kind {
            SpanKind::Agreed => println!("¶{} AGREED   {cited}: {}", s.paragraph + 1, s.text),
            SpanKind::Altered => println!(
                "¶{} ALTERED  {cited} ({:.1}%): {}",
                s.paragraph + 1,
                s.score.unwrap_or(0.0),
                print::diff(&s.diff)
            ),
            SpanKind::New => println!("¶{} new      {}", s.paragraph + 1, s.text),
        }
    }
}

fn timeline_lines(timeline: &PositionTimeline) {
    if timeline.versions.is_empty() {
        println!(
            "{} never said {:?}.",
            timeline.speaker.as_deref().unwrap_or("No one"),
            timeline.query
        );
    }
    for (i, v) in timeline.versions.iter().enumerate() {
        println!(
            "{} · {}",
            print::provenance(&v.source),
            v.occasion.as_deref().unwrap_or("—")
        );
        match i {
            0 => println!("        {}", v.text),
            _ => println!("        {}", print::diff(&v.diff)),
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
            m.source.speaker.as_deref().unwrap_or("unknown speaker"),
            print::provenance(&m.source)
        );
        println!("        {}", m.source_text);
    }
}
