//! The list of topics from the command line: `plenary topics
//! list|add|rename|remove|merge|unlisted`, each a thin adapter over
//! `Library`, with `--json` wherever a command reads. `unlisted` lists the
//! sessions and topics that drafts, talking points and commitments hold
//! but no list does, for a person to add or merge.

use crate::outcome::{cut, output, Failure};
use clap::Subcommand;
use plenary_core::model::{Topic, UnlistedValue};
use plenary_core::Library;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum TopicsCommand {
    /// The topics, by name, with how many drafts, points and commitments
    /// use each.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a topic to the list.
    Add { name: String },
    /// Rename a topic; what is tagged with it follows.
    Rename { from: String, to: String },
    /// Delete a topic nothing is tagged with.
    Remove { name: String },
    /// Merge a topic, or a value on no list, into a topic of the list.
    Merge { from: String, into: String },
    /// The sessions and topics held by drafts, points or commitments but
    /// on no list.
    Unlisted {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(library: &mut Library, command: TopicsCommand) -> Result<ExitCode, Failure> {
    match command {
        TopicsCommand::List { json: as_json } => {
            let topics = library.topics()?;
            output(as_json, topics.as_slice(), list)
        }
        TopicsCommand::Add { name } => {
            let added = library.add_topic(&name)?;
            println!("Topic added: {added}");
            Ok(ExitCode::SUCCESS)
        }
        TopicsCommand::Rename { from, to } => {
            let renamed = library.rename_topic(&from, &to)?;
            println!("{from} renamed {renamed}.");
            Ok(ExitCode::SUCCESS)
        }
        TopicsCommand::Remove { name } => {
            library.delete_topic(&name)?;
            println!("Topic {name} deleted.");
            Ok(ExitCode::SUCCESS)
        }
        TopicsCommand::Merge { from, into } => {
            let changed = library.merge_topic(&from, &into)?;
            println!("{from} merged into {into}: {changed} drafts, points or commitments changed.");
            Ok(ExitCode::SUCCESS)
        }
        TopicsCommand::Unlisted { json: as_json } => {
            let values = library.unlisted_values()?;
            output(as_json, values.as_slice(), unlisted)
        }
    }
}

fn list(topics: &[Topic]) {
    for topic in topics {
        println!("{:>4}  {}", topic.uses, topic.name);
    }
}

fn unlisted(values: &[UnlistedValue]) {
    if values.is_empty() {
        println!("Every session and topic in use is on its list.");
        return;
    }
    for value in values {
        println!(
            "{} '{}', not on the list, held by:",
            value.list.as_str(),
            value.value
        );
        for held in &value.uses {
            println!(
                "  {} {}: {}",
                held.kind.as_str(),
                held.id,
                cut(&held.title, 70)
            );
        }
    }
    println!(
        "Add one to its list (plenary topics add, plenary sessions add) or merge it \
         (plenary topics merge, plenary sessions merge)."
    );
}
