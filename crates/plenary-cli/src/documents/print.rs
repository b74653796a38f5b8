//! How the documents commands print for people: import reports, lists,
//! a document with its passages, search hits, concordance lines, reuse and
//! phrases. Matched words in snippets are shown in bold on a terminal and
//! between «» otherwise. A passage's provenance line and the word diff are
//! shared with the features that show passages (drafts, agreed, positions).

use crate::outcome::{line, lines, or_dash};
use plenary_core::import::{FileOutcome, ImportReport, ReanalysisReport};
use plenary_core::model::{
    Concept, Document, DocumentSummary, Field, Language, LibraryStats, Provenance, Term,
};
use plenary_core::reuse::{DiffKind, DiffOp, Phrase, ReuseMap, ReuseMatch};
use plenary_core::search::{ConcordanceLine, SearchResults, Segment};
use std::io::IsTerminal;
use std::path::Path;

pub fn import_report(report: &ImportReport) {
    for f in &report.files {
        let (label, detail) = match f {
            FileOutcome::Imported { document_id, .. } => {
                ("imported ", format!("as document {document_id}"))
            }
            FileOutcome::Duplicate { document_id, .. } => (
                "duplicate",
                format!("same content as document {document_id}"),
            ),
            FileOutcome::Skipped { reason, .. } => ("skipped  ", reason.clone()),
            FileOutcome::Failed { reason, .. } => ("FAILED   ", reason.clone()),
        };
        println!("{label} {}  {}", line(f.path()), line(&detail));
        for w in f.warnings() {
            println!("          warning: {}", line(w));
        }
    }
    println!(
        "{} imported, {} duplicates, {} skipped, {} failed",
        report.imported, report.duplicates, report.skipped, report.failed
    );
}

pub fn document_list(docs: &[DocumentSummary]) {
    if docs.is_empty() {
        println!("No documents. Import some with: plenary import PATH…");
        return;
    }
    println!(
        "{:>5}  {:<10}  {:<14}  {:<18}  TITLE",
        "ID", "DATE", "KIND", "SPEAKER"
    );
    for d in docs {
        let m = &d.metadata;
        let title: String = line(m.title.as_deref().unwrap_or(""))
            .chars()
            .take(70)
            .collect();
        println!(
            "{:>5}  {:<10}  {:<14}  {:<18}  {}",
            d.id,
            m.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            m.kind.map_or("—", |k| k.name()),
            or_dash(&m.speaker),
            title
        );
    }
    println!("{} documents", docs.len());
}

pub fn document(doc: &Document) {
    let m = &doc.summary.metadata;
    println!("Document {}: {}", doc.summary.id, or_dash(&m.title));
    for field in Field::ALL.iter().filter(|f| **f != Field::Title) {
        let value = line(&m.text(*field).unwrap_or_else(|| "—".into())).into_owned();
        let inferred = if doc.summary.inferred.contains(field) {
            "  (inferred)"
        } else {
            ""
        };
        println!("  {:<12} {value}{inferred}", field.label().to_lowercase());
    }
    let layout = match (doc.layout, doc.layout_set_by_user) {
        (Some(l), true) => format!("{} (chosen)", l.as_str()),
        (Some(l), false) => l.as_str().to_owned(),
        (None, _) => "— (imported by an earlier version: plenary reanalyse)".to_owned(),
    };
    println!("  {:<12} {layout}", "layout");
    println!();
    for p in &doc.passages {
        let role = if p.role.is_substantive() {
            String::new()
        } else {
            format!(" [{}]", p.role.as_str())
        };
        println!("¶{}{role} {}", p.ordinal, lines(&p.text));
    }
}

/// A snippet for one line, its hits in bold on a terminal (the text
/// escaped first, so the only escape sequences are the bold's own).
fn snippet(segments: &[Segment], terminal: bool) -> String {
    segments
        .iter()
        .map(|s| match (s.hit, terminal) {
            (false, _) => line(&s.text).into_owned(),
            (true, true) => format!("\x1b[1m{}\x1b[0m", line(&s.text)),
            (true, false) => format!("«{}»", line(&s.text)),
        })
        .collect()
}

pub fn search_results(results: &SearchResults) {
    if results.groups.is_empty() {
        println!("No passages match {}.", line(&results.query));
        return;
    }
    let terminal = std::io::stdout().is_terminal();
    if let Some(across) = &results.across_languages {
        println!("In all languages: {}", concept_terms(&across.concept));
    }
    let query_language = results
        .across_languages
        .as_ref()
        .map(|a| a.query_term.language);
    for g in &results.groups {
        let m = &g.document.metadata;
        println!(
            "#{} {} · {} · {}",
            g.document.id,
            m.date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into()),
            or_dash(&m.speaker),
            or_dash(&m.title)
        );
        for h in &g.hits {
            let wording = other_wording(h.wording.as_ref(), query_language);
            println!(
                "  ¶{}  {wording}{}",
                h.ordinal,
                snippet(&h.snippet, terminal)
            );
        }
    }
    let more = if results.broad {
        " (a broad query: the best of the 1,000 most recent matches; add words or filters to narrow it)"
    } else if results.truncated {
        " (more matched; narrow the query or raise --limit)"
    } else {
        ""
    };
    println!(
        "{} passages in {} documents{more}",
        results.passages_matched,
        results.groups.len()
    );
}

pub fn concordance(lines: &[ConcordanceLine]) {
    if lines.is_empty() {
        println!("The phrase does not occur in the library.");
        return;
    }
    let terminal = std::io::stdout().is_terminal();
    for l in lines {
        let keyword = if terminal {
            format!("\x1b[1m{}\x1b[0m", line(&l.keyword))
        } else {
            format!("«{}»", line(&l.keyword))
        };
        println!(
            "{:<10}  {:<14}  {:>60} {keyword} {:<60}  (#{} ¶{})",
            l.source.date.as_deref().unwrap_or("undated"),
            or_dash(&l.source.speaker)
                .chars()
                .take(14)
                .collect::<String>(),
            line(&l.left),
            line(&l.right),
            l.source.document_id,
            l.source.ordinal
        );
    }
    println!("{} occurrences", lines.len());
}

pub fn reanalysis(report: &ReanalysisReport) {
    println!(
        "Re-analysed {} documents: {} passages before, {} now.",
        report.documents, report.passages_before, report.passages_after
    );
}

pub fn stats(stats: &LibraryStats, path: Option<&Path>) {
    if let Some(path) = path {
        println!("Library      {}", line(&path.display().to_string()));
    }
    println!("Documents    {}", stats.documents);
    println!(
        "Passages     {} ({} substantive)",
        stats.passages, stats.substantive_passages
    );
    println!("Words        {}", stats.words);
    println!("Speakers     {}", stats.speakers);
    println!(
        "Dates        {} to {}",
        stats.first_date.as_deref().unwrap_or("—"),
        stats.last_date.as_deref().unwrap_or("—")
    );
    let list = |items: &[(String, i64)]| {
        items
            .iter()
            .map(|(k, n)| format!("{} {n}", line(k)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!("Kinds        {}", list(&stats.by_kind));
    println!("Languages    {}", list(&stats.by_language));
}

pub fn provenance(p: &Provenance) -> String {
    format!(
        "#{} ¶{} · {} · {} · {}",
        p.document_id,
        p.ordinal,
        line(p.date.as_deref().unwrap_or("undated")),
        or_dash(&p.speaker),
        or_dash(&p.title).chars().take(60).collect::<String>()
    )
}

/// A word diff for one line: deleted words as [-…-], inserted as {+…+}
/// (coloured on a terminal, the words escaped first).
pub fn diff(ops: &[DiffOp]) -> String {
    let terminal = std::io::stdout().is_terminal();
    ops.iter()
        .map(|d| (d.op, line(&d.text)))
        .map(|(op, text)| match (op, terminal) {
            (DiffKind::Equal, _) => text.into_owned(),
            (DiffKind::Delete, true) => format!("\x1b[31;9m{text}\x1b[0m"),
            (DiffKind::Insert, true) => format!("\x1b[32;4m{text}\x1b[0m"),
            (DiffKind::Delete, false) => format!("[-{text}-]"),
            (DiffKind::Insert, false) => format!("{{+{text}+}}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn reuse_matches(query: &str, matches: &[ReuseMatch]) {
    if matches.is_empty() {
        println!(
            "No earlier language matches {}.",
            line(query).chars().take(60).collect::<String>()
        );
        return;
    }
    for m in matches {
        println!("{:>5.1}%  {}", m.score, provenance(&m.source));
        println!("        {}", diff(&m.diff));
    }
}

pub fn reuse_map(map: &ReuseMap) {
    if map.passages.is_empty() {
        println!(
            "No passage of document {} repeats or is repeated by another document.",
            map.document_id
        );
        return;
    }
    for p in &map.passages {
        for s in &p.sources {
            println!(
                "¶{} reuses {:.1}%  {}",
                p.ordinal,
                s.score,
                provenance(&s.other)
            );
            println!("        {}", diff(&s.diff));
        }
        for l in &p.reused_later_in {
            println!(
                "¶{} reused later in {:.1}%  {}",
                p.ordinal,
                l.score,
                provenance(&l.other)
            );
        }
    }
    let sources: usize = map.passages.iter().map(|p| p.sources.len()).sum();
    let later: usize = map.passages.iter().map(|p| p.reused_later_in.len()).sum();
    println!("{sources} reuse links to earlier passages, {later} from later ones");
}

pub fn phrases(phrases: &[Phrase]) {
    if phrases.is_empty() {
        println!("No formulation recurs in the selected documents.");
        return;
    }
    for p in phrases {
        println!(
            "{:>3} docs  {} to {}  {}\n          {}",
            p.documents,
            line(p.first_used.as_deref().unwrap_or("—")),
            line(p.last_used.as_deref().unwrap_or("—")),
            line(&p.speakers.join(", ")),
            line(&p.text)
        );
    }
}

/// The preferred terms of a concept in each language, for a heading.
pub fn concept_terms(concept: &Concept) -> String {
    Language::ALL
        .into_iter()
        .filter_map(|l| {
            concept
                .fields
                .preferred(l)
                .map(|t| format!("{}: {}", l.code(), t.text))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "[es: instrumento jurídicamente vinculante] " when a hit's wording is
/// another language's than the query's, else nothing.
pub fn other_wording(wording: Option<&Term>, query_language: Option<Language>) -> String {
    match wording {
        Some(term) if Some(term.language) != query_language => {
            format!("[{}: {}] ", term.language.code(), term.text)
        }
        _ => String::new(),
    }
}
