//! Agreed language from the command line: `plenary agreed
//! add|list|remove`, each a thin adapter over `Library`, with `--json`
//! wherever a command reads, and how agreed texts print for people. It
//! also prints what `plenary draft check` finds: each span of a draft,
//! agreed, altered or new.

use crate::documents::print::diff;
use crate::outcome::{line, output, Failure};
use clap::Subcommand;
use plenary_core::agreed::{CheckedSpan, SpanKind};
use plenary_core::model::AgreedText;
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

pub fn run(library: &mut Library, command: AgreedCommand) -> Result<ExitCode, Failure> {
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

fn agreed_list(texts: &[AgreedText]) {
    if texts.is_empty() {
        println!("No agreed texts. Mark one with `plenary agreed add ID --symbol S`.");
    }
    for t in texts {
        println!(
            "{:<20} #{:<6} {}  {}",
            line(&t.symbol),
            t.document_id,
            line(t.date.as_deref().unwrap_or("undated")),
            line(t.title.as_deref().unwrap_or("—"))
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
            .map_or(String::new(), |a| line(&a.citation).into_owned());
        match s.kind {
            SpanKind::Agreed => {
                println!("¶{} AGREED   {cited}: {}", s.paragraph + 1, line(&s.text))
            }
            SpanKind::Altered => println!(
                "¶{} ALTERED  {cited} ({:.1}%): {}",
                s.paragraph + 1,
                s.score.unwrap_or(0.0),
                diff(&s.diff)
            ),
            SpanKind::New => println!("¶{} new      {}", s.paragraph + 1, line(&s.text)),
        }
    }
}
