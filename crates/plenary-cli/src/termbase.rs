//! The termbase from the command line: `plenary terms
//! list|add|edit|remove|import|export|find`, each a thin adapter over
//! `Library`, with `--json` wherever a command reads, and how entries and
//! term hits print for people. A term is given as `LANG=TEXT` (`en=legally
//! binding instrument`). An import that left entries out exits 3, like a
//! contacts import with refused rows.

use crate::outcome::{output, write_file, Failure};
use clap::{Args, Subcommand};
use plenary_core::model::{
    Concept, ConceptFields, Language, Term, TermHit, TermStatus, TermbaseImportReport,
};
use plenary_core::termbase::TermbaseFormat;
use plenary_core::{ErrorKind, Library};
use std::path::PathBuf;
use std::process::ExitCode;

/// An entry's terms and subject as options.
#[derive(Args, Default)]
pub struct TermArgs {
    /// A preferred term, as LANG=TEXT (en, fr, es, ru, zh, ar); repeatable.
    #[arg(long = "term")]
    preferred: Vec<String>,
    /// An admitted variant, as LANG=TEXT; repeatable.
    #[arg(long)]
    admitted: Vec<String>,
    /// A deprecated variant, as LANG=TEXT; repeatable.
    #[arg(long)]
    deprecated: Vec<String>,
    /// Why the deprecated variant given in the same place is to be
    /// avoided (the first --note goes with the first --deprecated, …).
    #[arg(long = "note", allow_hyphen_values = true)]
    notes: Vec<String>,
    /// The subject field (cbm, law, threats, …); empty clears it.
    #[arg(long)]
    subject: Option<String>,
}

#[derive(Subcommand)]
pub enum TermsCommand {
    /// List the entries, or those with a term holding --query.
    List {
        #[arg(long)]
        query: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add an entry (at least one --term).
    Add {
        #[command(flatten)]
        terms: TermArgs,
        #[arg(long)]
        json: bool,
    },
    /// Change an entry: terms given replace all of its terms; --subject
    /// replaces its subject.
    Edit {
        id: i64,
        #[command(flatten)]
        terms: TermArgs,
        #[arg(long)]
        json: bool,
    },
    /// Delete an entry with its terms.
    Remove { id: i64 },
    /// Import entries from a TBX or CSV file (by its extension), merged by
    /// the entries' ids.
    Import {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Export the termbase as TBX (TBX-Basic, ISO 30042) or CSV.
    Export {
        /// tbx or csv (by default, from the file's extension).
        #[arg(long)]
        format: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// The termbase's terms found in a text (or a file), in any inflected
    /// form, with their equivalents; a deprecated one with the term to use.
    Find {
        #[arg(
            conflicts_with = "file",
            required_unless_present = "file",
            allow_hyphen_values = true
        )]
        text: Option<String>,
        #[arg(long)]
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

/// `LANG=TEXT` as a term of `status`.
fn term(given: &str, status: TermStatus, note: Option<String>) -> Result<Term, Failure> {
    let option = match status {
        TermStatus::Preferred => "term",
        TermStatus::Admitted => "admitted",
        TermStatus::Deprecated => "deprecated",
    };
    let refused =
        |problem: String| Failure::new(ErrorKind::InvalidField, format!("--{option}: {problem}"));
    let (code, text) = given.split_once('=').ok_or_else(|| {
        refused(format!(
            "'{given}' is not LANG=TEXT (en=legally binding instrument)"
        ))
    })?;
    Ok(Term {
        language: Language::parse(code).map_err(refused)?,
        text: text.to_owned(),
        status,
        note,
    })
}

impl TermArgs {
    /// The terms given, in order; empty when none was.
    fn terms(&self) -> Result<Vec<Term>, Failure> {
        let mut out = Vec::new();
        for given in &self.preferred {
            out.push(term(given, TermStatus::Preferred, None)?);
        }
        for given in &self.admitted {
            out.push(term(given, TermStatus::Admitted, None)?);
        }
        for (i, given) in self.deprecated.iter().enumerate() {
            out.push(term(
                given,
                TermStatus::Deprecated,
                self.notes.get(i).cloned(),
            )?);
        }
        Ok(out)
    }

    /// `current` with the terms and subject given laid over it.
    fn over(&self, current: ConceptFields) -> Result<ConceptFields, Failure> {
        let terms = self.terms()?;
        Ok(ConceptFields {
            subject: match &self.subject {
                Some(subject) => Some(subject.clone()).filter(|s| !s.trim().is_empty()),
                None => current.subject,
            },
            terms: match terms.is_empty() {
                true => current.terms,
                false => terms,
            },
        })
    }
}

pub fn run(library: &mut Library, command: TermsCommand) -> Result<ExitCode, Failure> {
    match command {
        TermsCommand::List { query, json } => {
            let mut concepts = library.concepts()?;
            if let Some(query) = query {
                let query = query.to_lowercase();
                concepts.retain(|c| {
                    c.fields
                        .terms
                        .iter()
                        .any(|t| t.text.to_lowercase().contains(&query))
                });
            }
            output(json, concepts.as_slice(), |all| all.iter().for_each(entry))
        }
        TermsCommand::Add { terms, json } => {
            let fields = terms.over(ConceptFields {
                subject: None,
                terms: Vec::new(),
            })?;
            let added = library.add_concept(&fields)?;
            output(json, &added, entry)
        }
        TermsCommand::Edit { id, terms, json } => {
            let fields = terms.over(library.concept(id)?.fields)?;
            let edited = library.edit_concept(id, &fields)?;
            output(json, &edited, entry)
        }
        TermsCommand::Remove { id } => {
            library.remove_concept(id)?;
            println!("Removed entry {id}.");
            Ok(ExitCode::SUCCESS)
        }
        TermsCommand::Import { file, json } => {
            let report = library.import_termbase(&file)?;
            output(json, &report, |r| imported(&file, r))?;
            Ok(match report.skipped.is_empty() {
                true => ExitCode::SUCCESS,
                false => ExitCode::from(crate::outcome::exit_code(ErrorKind::BadInput)),
            })
        }
        TermsCommand::Export { format, out } => {
            let format = match format {
                Some(name) => TermbaseFormat::parse(&name)?,
                None => TermbaseFormat::of_path(&out),
            };
            write_file(&out, &library.export_termbase(format)?)
        }
        TermsCommand::Find { text, file, json } => {
            let text = match (text, file) {
                (Some(text), _) => text,
                (None, Some(path)) => std::fs::read_to_string(&path)
                    .map_err(|e| Failure::new(ErrorKind::Io, format!("{}: {e}", path.display())))?,
                (None, None) => String::new(),
            };
            let hits = library.term_hits(&text)?;
            output(json, hits.as_slice(), term_hits)
        }
    }
}

fn entry(concept: &Concept) {
    let subject = concept
        .fields
        .subject
        .as_deref()
        .map(|s| format!(" · {s}"))
        .unwrap_or_default();
    println!("#{} {}{subject}", concept.id, concept.key);
    for language in Language::ALL {
        let terms: Vec<String> = concept
            .fields
            .terms_in(language)
            .map(|t| match (t.status, &t.note) {
                (TermStatus::Preferred, _) => t.text.clone(),
                (status, None) => format!("{} ({})", t.text, status.as_str()),
                (status, Some(note)) => format!("{} ({}: {note})", t.text, status.as_str()),
            })
            .collect();
        if !terms.is_empty() {
            println!("  {}  {}", language.code(), terms.join("; "));
        }
    }
}

fn imported(file: &std::path::Path, report: &TermbaseImportReport) {
    println!(
        "{}: {} added, {} updated, {} unchanged, {} left out",
        file.display(),
        report.added,
        report.updated,
        report.unchanged,
        report.skipped.len()
    );
    for note in &report.skipped {
        println!("  {note}");
    }
}

fn term_hits(hits: &[TermHit]) {
    if hits.is_empty() {
        println!("No term of the termbase is in the text.");
    }
    for hit in hits {
        let flag = match (&hit.term.status, &hit.preferred) {
            (TermStatus::Deprecated, Some(preferred)) => {
                format!("  DEPRECATED: use \"{preferred}\"")
            }
            (TermStatus::Deprecated, None) => "  DEPRECATED".to_owned(),
            _ => String::new(),
        };
        println!(
            "{}..{}  {} [{}]{flag}",
            hit.span.start,
            hit.span.end,
            hit.text,
            hit.term.language.code()
        );
        if let (TermStatus::Deprecated, Some(note)) = (hit.term.status, &hit.term.note) {
            println!("        {note}");
        }
        let equivalents: Vec<String> = hit
            .equivalents
            .iter()
            .map(|t| format!("{}: {}", t.language.code(), t.text))
            .collect();
        println!("        {}", equivalents.join(" · "));
    }
}
