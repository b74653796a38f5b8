//! How `plenary commitments` prints for people: suggestions, an aligned
//! list, a status history, and a commitment with its source in context.

use crate::outcome::{cut, line, lines};
use plenary_core::model::{
    ChangeKind, Commitment, CommitmentChange, CommitmentDetail, CommitmentSource,
    CommitmentSuggestion,
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
        for repeat in &s.repeats {
            println!("{:>33}also: {}", "", source_line(&repeat.source));
        }
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
        let flags = [
            (c.overdue, " (overdue)"),
            (c.due_after_session, " (due after its session)"),
        ];
        println!(
            "{:>5}  {:<11}  {:<11}  {:<10}  {:<18}  {}{}",
            c.id,
            c.status.as_str(),
            c.kind.as_str(),
            due,
            cut(c.session.as_deref().unwrap_or("—"), 18),
            cut(&c.text, 80),
            flags
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, flag)| *flag)
                .collect::<String>()
        );
    }
}

/// What a change did, in a few words: "created open", "due_on:
/// 2026-12-01 → 2027-01-15".
fn what_changed(change: &CommitmentChange) -> String {
    let value = |v: &Option<String>| line(v.as_deref().unwrap_or("—")).into_owned();
    match change.change {
        ChangeKind::Created => format!("created {}", change.status.as_str()),
        ChangeKind::Note => "note".to_owned(),
        other => format!(
            "{}: {} → {}",
            other.as_str(),
            value(&change.from),
            value(&change.to)
        ),
    }
}

pub fn history(history: &[CommitmentChange]) {
    for change in history {
        let note = change
            .note
            .as_deref()
            .map(|n| format!("  ({})", line(n)))
            .unwrap_or_default();
        println!("{}  {}{note}", change.changed_at, what_changed(change));
    }
}

/// A commitment due after its session's last day, said on standard error.
pub fn warning(commitment: &Commitment) {
    if let (true, Some(due), Some(ends)) = (
        commitment.due_after_session,
        commitment.due_on,
        commitment.session_ends_on,
    ) {
        eprintln!(
            "warning: commitment {} is due {due}, after its session {} ends ({ends})",
            commitment.id,
            line(commitment.session.as_deref().unwrap_or_default())
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
    if let (true, Some(ends)) = (c.due_after_session, c.session_ends_on) {
        println!("Due after its session ends ({ends}).");
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
