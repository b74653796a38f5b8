//! How `plenary draft` prints for people: a new draft, the list, one
//! draft with its speaking time and insertions, a revision written, each
//! paragraph's provenance and suggestions, and a delivery.

use super::suggest::ParagraphSuggestions;
use crate::documents::print::{provenance as source_line, reuse_matches};
use crate::outcome::{line, lines, or_dash};
use plenary_core::drafts::speaking_minutes;
use plenary_core::model::{Draft, DraftSource, DraftSummary, ParagraphProvenance, Revision};

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
        "Draft {} created: {} ({} words)",
        draft.summary.id,
        line(&draft.summary.title),
        draft.summary.words
    );
}

pub fn draft_list(drafts: &[DraftSummary]) {
    if drafts.is_empty() {
        println!("No drafts. Start one with: plenary draft new --title TITLE");
        return;
    }
    println!(
        "{:>5}  {:<9}  {:<24}  {:>6}  {:<20}  TITLE",
        "ID", "STATUS", "SESSION", "WORDS", "UPDATED"
    );
    for d in drafts {
        let session: String = or_dash(&d.session).chars().take(24).collect();
        let title: String = line(&d.title).chars().take(60).collect();
        println!(
            "{:>5}  {:<9}  {:<24}  {:>6}  {:<20}  {title}",
            d.id,
            d.status.as_str(),
            session,
            d.words,
            d.updated_at
        );
    }
}

pub fn draft(draft: &Draft, words_per_minute: u32) {
    let s = &draft.summary;
    let minutes = speaking_minutes(s.words, words_per_minute);
    println!("Draft {}: {}", s.id, line(&s.title));
    println!("Status       {}", s.status.as_str());
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
        println!("¶{}  {opening}", p.index + 1);
        if p.sources.is_empty() {
            println!("      new language");
        }
        for s in &p.sources {
            let how = match (&s.inserted_at, s.inserted_score) {
                (Some(at), Some(then)) => format!(" (inserted {at} at {then:.1}%)"),
                (Some(at), None) => format!(" (inserted {at})"),
                (None, _) => " (typed; the library holds it)".to_owned(),
            };
            println!("      {:>5.1}%  {}{how}", s.score, source(&s.source));
        }
    }
}

pub fn suggestions(paragraphs: &[ParagraphSuggestions]) {
    if paragraphs.is_empty() {
        println!("No earlier language matches this draft.");
    }
    for p in paragraphs {
        let opening: String = line(&p.text).chars().take(70).collect();
        println!("¶{}  {opening}", p.index + 1);
        reuse_matches(&p.text, &p.suggestions);
    }
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
