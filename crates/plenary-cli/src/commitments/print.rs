//! How `plenary commitments` prints for people: suggestions, an aligned
//! list, a status history, and a commitment with its source in context.

use crate::outcome::{cut, line, lines};
use plenary_core::model::{
    Commitment, CommitmentDetail, CommitmentSource, CommitmentSuggestion, StatusChange,
};

fn source_line(source: &CommitmentSource) -> String {
    format!(
        "{} {} ({}), passage {}",
        line(source.date.as_deref().unwrap_or("undated")),
        line(source.speaker.as_deref().unwrap_or("unknown speaker")),
        line(source.document_title.as_deref().unwrap_or("untitled")),
        source.passage_id
    )
}

pub fn suggestions(suggestions: &[CommitmentSuggestion]) {
    if suggestions.is_empty() {
        println!("No suggestions: import statements, or every one was accepted or dismissed.");
        return;
    }
    println!(
        "{:>7}  {:>3}  {:>4}  {:<11}  SENTENCE",
        "PASSAGE", "#", "CONF", "KIND"
    );
    for s in suggestions {
        println!(
            "{:>7}  {:>3}  {:>4.2}  {:<11}  {}",
            s.source.passage_id,
            s.sentence_index,
            s.confidence,
            s.kind.as_str(),
            cut(&s.text, 100)
        );
        println!("{:>33}{}", "", source_line(&s.source));
    }
    println!("Accept one with: plenary commitments accept PASSAGE #");
}

pub fn list(commitments: &[Commitment]) {
    if commitments.is_empty() {
        println!("No commitments. Add one with: plenary commitments add --kind pledge --text TEXT");
        return;
    }
    println!(
        "{:>5}  {:<11}  {:<11}  {:<10}  {:<18}  TEXT",
        "ID", "STATUS", "KIND", "DUE", "SESSION"
    );
    for c in commitments {
        let due = c.due_on.map(|d| d.to_string()).unwrap_or("—".into());
        println!(
            "{:>5}  {:<11}  {:<11}  {:<10}  {:<18}  {}{}",
            c.id,
            c.status.as_str(),
            c.kind.as_str(),
            due,
            cut(c.session.as_deref().unwrap_or("—"), 18),
            cut(&c.text, 80),
            if c.overdue { " (overdue)" } else { "" }
        );
    }
}

pub fn history(history: &[StatusChange]) {
    for change in history {
        println!(
            "{}  {:<11}  {}",
            change.changed_at,
            change.status.as_str(),
            line(change.note.as_deref().unwrap_or(""))
        );
    }
}

pub fn detail(detail: &CommitmentDetail) {
    let c = &detail.commitment;
    println!("Commitment {}: {}", c.id, line(&c.text));
    for (label, value) in [
        ("Kind", Some(c.kind.as_str().to_owned())),
        ("Status", Some(c.status.as_str().to_owned())),
        ("Owner", c.owner.clone()),
        ("Due", c.due_on.map(|d| d.to_string())),
        ("Session", c.session.clone()),
        ("Topic", c.topic.clone()),
    ] {
        println!("{label:<9}{}", line(value.as_deref().unwrap_or("—")));
    }
    if c.overdue {
        println!("Overdue.");
    }
    match &c.source {
        Some(source) => {
            println!("\nSource: {}", source_line(source));
            println!("  {}", lines(&source.passage_text));
        }
        None => println!("\nNo source passage."),
    }
    println!("\nHistory:");
    history(&detail.history);
    if detail.repeats.is_empty() {
        println!("\nNo later statement repeats it.");
    } else {
        println!("\nRepeated since:");
        for repeat in &detail.repeats {
            println!(
                "  {:>3.0}%  {}",
                repeat.score * 100.0,
                source_line(&repeat.source)
            );
            println!("        {}", cut(&repeat.source.passage_text, 160));
        }
    }
}
