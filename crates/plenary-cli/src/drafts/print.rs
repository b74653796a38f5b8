//! How `plenary draft` prints for people: a new draft, the list, one
//! draft with its speaking time and insertions, a revision written, each
//! paragraph's provenance and suggestions, and a delivery.

use super::suggest::ParagraphSuggestions;
use crate::documents::print::{diff as diff_line, provenance as source_line};
use crate::outcome::{line, lines, or_dash};
use plenary_core::drafts::speaking_minutes;
use plenary_core::drafts::Suggestion;
use plenary_core::model::{
    DiffOp, Draft, DraftSource, DraftSummary, Language, ParagraphProvenance, Revision,
};

fn source(source: &DraftSource) -> String {
    match source {
        DraftSource::Passage { provenance } => source_line(provenance),
        DraftSource::TalkingPoint { id, title } => {
            format!("talking point {id} · {}", line(title))
        }
    }
}

pub fn created(draft: &Draft) {
    println!(
        "Draft {} created: {} ({}, {} words)",
        draft.summary.id,
        line(&draft.summary.title),
        language(draft.summary.language),
        draft.summary.words
    );
}

/// A draft's language by its English name, or "—" when it has none.
fn language(language: Option<Language>) -> &'static str {
    language.map_or("—", Language::english_name)
}

pub fn draft_list(drafts: &[DraftSummary]) {
    if drafts.is_empty() {
        println!("No drafts. Start one with: plenary draft new --title TITLE");
        return;
    }
    println!(
        "{:>5}  {:<15}  {:<4}  {:<24}  {:>6}  {:<20}  TITLE",
        "ID", "STATUS", "LANG", "SESSION", "WORDS", "UPDATED"
    );
    for d in drafts {
        let session: String = or_dash(&d.session).chars().take(24).collect();
        let title: String = line(&d.title).chars().take(60).collect();
        println!(
            "{:>5}  {:<15}  {:<4}  {:<24}  {:>6}  {:<20}  {title}",
            d.id,
            d.status.label(),
            d.language.map_or("—", Language::code),
            session,
            d.words,
            d.updated_at
        );
    }
}

pub fn draft(draft: &Draft, words_per_minute: u32, changes: &[DiffOp]) {
    let s = &draft.summary;
    let minutes = speaking_minutes(s.words, words_per_minute);
    println!("Draft {}: {}", s.id, line(&s.title));
    status(draft, changes);
    println!("Language     {}", language(s.language));
    println!("Session      {}", or_dash(&s.session));
    println!("Topic        {}", or_dash(&s.topic));
    println!(
        "Length       {} words, {minutes:.1} min at {words_per_minute} words a minute (target {} min){}",
        s.words,
        s.target_minutes,
        if minutes > s.target_minutes { " — over the target" } else { "" }
    );
    if let Some(document) = draft.delivered_document {
        println!("Delivered    as document {document}");
    }
    println!("Updated      {}", s.updated_at);
    println!();
    println!("{}", lines(draft.body.trim_end()));
    if !draft.insertions.is_empty() {
        println!();
        println!("Insertions:");
        for i in &draft.insertions {
            let score = i.score.map(|s| format!("{s:.1}% ")).unwrap_or_default();
            println!("  {}  {score}{}", i.inserted_at, source(&i.source));
        }
    }
}

/// The draft's status, who cleared it, and what changed since.
pub fn status(draft: &Draft, changes: &[DiffOp]) {
    let s = &draft.summary;
    println!("Status       {}", s.status.label());
    if let Some(c) = &draft.clearance {
        println!(
            "Cleared      by {} at {}, revision {}{}",
            c.cleared_by,
            c.cleared_at,
            c.revision_number,
            if s.changed_since_cleared {
                " — changed since cleared"
            } else {
                ""
            }
        );
    }
    if !changes.is_empty() {
        println!("Changes      {}", diff_line(changes));
    }
}

pub fn written(draft: &Draft, revision: Option<&Revision>) {
    println!(
        "Draft {}: {} words{}",
        draft.summary.id,
        draft.summary.words,
        revision
            .map(|r| format!(", revision {}", r.number))
            .unwrap_or_default()
    );
}

pub fn provenance(paragraphs: &[ParagraphProvenance]) {
    for p in paragraphs {
        let opening: String = line(&p.text).chars().take(70).collect();
        let counted = match p.sentences.len() {
            0 => String::new(),
            n => format!(
                "  ({} of {n} sentence{} new)",
                p.new_sentences,
                if n == 1 { "" } else { "s" }
            ),
        };
        println!("¶{}  {opening}{counted}", p.index + 1);
        if p.formula {
            println!("      formula (salutation or closing)");
        }
        for s in &p.sources {
            let how = match (&s.inserted_at, s.inserted_score) {
                (Some(at), Some(then)) => format!(" (inserted {at} at {then:.1}%)"),
                (Some(at), None) => format!(" (inserted {at})"),
                (None, _) => " (typed; the library holds it)".to_owned(),
            };
            println!("      {:>5.1}%  {}{how}", s.score, source(&s.source));
        }
        for sentence in &p.sentences {
            println!("    [{}] {}", sentence.mark.label(), line(&sentence.text));
            for (i, s) in sentence.sources.iter().enumerate() {
                let cited = s
                    .citation
                    .as_deref()
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default();
                let inserted = s
                    .inserted_at
                    .as_deref()
                    .map(|at| format!(" (inserted {at})"))
                    .unwrap_or_default();
                println!(
                    "        {} {:>5.1}%  {}{cited}{inserted}",
                    if i == 0 { "first" } else { "later" },
                    s.score,
                    source(&s.source)
                );
            }
            if !sentence.diff.is_empty() {
                println!("        diff   {}", diff_line(&sentence.diff));
            }
        }
    }
}

pub fn suggestions(paragraphs: &[ParagraphSuggestions]) {
    if paragraphs.is_empty() {
        println!("No earlier language or talking point matches this draft.");
    }
    for p in paragraphs {
        let opening: String = line(&p.text).chars().take(70).collect();
        println!("¶{}  {opening}", p.index + 1);
        for s in &p.suggestions {
            let (what, diff) = match s {
                Suggestion::Passage(m) => (
                    format!(
                        "{}{}",
                        source_line(&m.source),
                        if m.continues {
                            "  (continues your words)"
                        } else {
                            ""
                        }
                    ),
                    &m.diff,
                ),
                Suggestion::TalkingPoint(t) => (
                    format!("talking point {} · {}", t.point.id, line(&t.point.title)),
                    &t.diff,
                ),
            };
            println!("{:>5.1}%  {what}", s.score());
            println!("        {}", diff_line(diff));
        }
    }
}

pub fn point_inserted(draft: &Draft, point: i64) {
    println!(
        "Talking point {point} inserted into draft {}: {} words.",
        draft.summary.id, draft.summary.words
    );
}

pub fn delivered(draft: &Draft) {
    println!(
        "Draft {} delivered: it is document {} in the library.",
        draft.summary.id,
        draft
            .delivered_document
            .map_or_else(|| "—".to_owned(), |d| d.to_string())
    );
}
