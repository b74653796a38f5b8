//! The termbase's entries: checked before they are written (terms trimmed,
//! one preferred term per language, no term twice), added under a new key
//! or edited, and merged by key from an exchange file. Also the concepts
//! Plenary ships (`concepts.tsv`, read here), put in a library's termbase
//! the first time it is opened.

use crate::model::{
    Concept, ConceptFields, Error, Language, Result, Term, TermStatus, TermbaseImportReport,
};
use crate::store::Store;
use crate::text::values::given_owned;

/// The shipped concepts, one a line (see the file's own header).
const SHIPPED: &str = include_str!("concepts.tsv");

/// A key for a new entry: no exchange file gave it one.
pub fn new_key() -> String {
    format!("c-{}", uuid::Uuid::new_v4().simple())
}

/// An entry's fields as they are stored: texts and notes trimmed (blank
/// notes and subject are none), the terms in the order of the languages
/// (`Language::ALL`) and in each language preferred, admitted, deprecated
/// (otherwise as given), and in each language the first admitted term
/// made preferred when none is. Refused with the reason:
/// no term at all, a blank term, two preferred terms in one language, or
/// the same term twice in one language.
pub fn checked(fields: &ConceptFields) -> Result<ConceptFields> {
    let mut terms: Vec<Term> = Vec::with_capacity(fields.terms.len());
    for term in &fields.terms {
        let text = term.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(Error::field(
                "terms",
                format!("a {} term is blank", term.language.english_name()),
            ));
        }
        let twice = terms
            .iter()
            .any(|t| t.language == term.language && t.text.to_lowercase() == text.to_lowercase());
        if twice {
            return Err(Error::field(
                "terms",
                format!(
                    "'{text}' is given twice in {}",
                    term.language.english_name()
                ),
            ));
        }
        terms.push(Term {
            language: term.language,
            text,
            status: term.status,
            note: given_owned(term.note.as_deref()),
        });
    }
    if terms.is_empty() {
        return Err(Error::field("terms", "an entry needs at least one term"));
    }
    for language in Language::ALL {
        let preferred = terms
            .iter()
            .filter(|t| t.language == language && t.status == TermStatus::Preferred)
            .count();
        if preferred > 1 {
            return Err(Error::field(
                "terms",
                format!(
                    "{} has {preferred} preferred terms; a concept has one per language",
                    language.english_name()
                ),
            ));
        }
        if preferred == 0 {
            let first = terms
                .iter_mut()
                .find(|t| t.language == language && t.status == TermStatus::Admitted);
            if let Some(first) = first {
                first.status = TermStatus::Preferred;
            }
        }
    }
    terms.sort_by_key(|t| {
        let language = Language::ALL.iter().position(|l| *l == t.language);
        let status = TermStatus::ALL.iter().position(|s| *s == t.status);
        (language, status)
    });
    Ok(ConceptFields {
        subject: given_owned(fields.subject.as_deref()),
        terms,
    })
}

/// An entry as read from a file: where it is in the file (for a report),
/// its key and its fields.
pub struct ReadEntry {
    pub place: String,
    pub key: String,
    pub fields: ConceptFields,
}

/// Adds an entry under a new key.
pub fn add_concept(store: &mut Store, fields: &ConceptFields) -> Result<Concept> {
    let id = store.add_concept(&new_key(), &checked(fields)?)?;
    store.concept(id)
}

/// Rewrites an entry's subject and terms.
pub fn edit_concept(store: &mut Store, id: i64, fields: &ConceptFields) -> Result<Concept> {
    store.update_concept(id, &checked(fields)?)?;
    store.concept(id)
}

/// Merges entries read from a file, by key, all in one transaction; an
/// entry that fails the checks is left out and reported with its place in
/// the file.
pub fn merge_entries(
    store: &mut Store,
    read: Vec<ReadEntry>,
    mut skipped: Vec<String>,
) -> Result<TermbaseImportReport> {
    let mut entries: Vec<(String, ConceptFields)> = Vec::with_capacity(read.len());
    for ReadEntry { place, key, fields } in read {
        match checked(&fields) {
            Ok(fields) if !entries.iter().any(|(k, _)| *k == key) => entries.push((key, fields)),
            Ok(_) => skipped.push(format!("{place}: the key '{key}' is given twice")),
            Err(e) => skipped.push(format!("{place}: {e}")),
        }
    }
    let counts = store.merge_concepts(&entries)?;
    Ok(TermbaseImportReport {
        added: counts.added,
        updated: counts.updated,
        unchanged: counts.unchanged,
        skipped,
    })
}

/// The concepts Plenary ships, with their keys.
pub fn shipped_concepts() -> Result<Vec<(String, ConceptFields)>> {
    let columns = [
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ru,
        Language::Zh,
        Language::Ar,
    ];
    let mut out = Vec::new();
    let lines = SHIPPED
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'));
    for (at, line) in lines.skip(1) {
        let problem = |what: &str| {
            Error::bad_input("termbase/concepts.tsv", format!("line {}: {what}", at + 1))
        };
        let cells: Vec<&str> = line.split('\t').collect();
        let [key, subject, ref terms @ .., note] = cells[..] else {
            return Err(problem(
                "a line has a key, a subject, six languages and a note",
            ));
        };
        if terms.len() != columns.len() {
            return Err(problem(
                "a line has a key, a subject, six languages and a note",
            ));
        }
        let mut fields = ConceptFields {
            subject: given_owned(Some(subject)),
            terms: Vec::new(),
        };
        for (language, cell) in columns.iter().zip(terms) {
            for (i, written) in cell.split(" | ").enumerate() {
                let (text, status) = match (written.strip_prefix('!'), i) {
                    (Some(text), _) => (text, TermStatus::Deprecated),
                    (None, 0) => (written, TermStatus::Preferred),
                    (None, _) => (written, TermStatus::Admitted),
                };
                fields.terms.push(Term {
                    language: *language,
                    text: text.to_owned(),
                    status,
                    note: (status == TermStatus::Deprecated)
                        .then(|| note.to_owned())
                        .filter(|n| !n.trim().is_empty()),
                });
            }
        }
        out.push((
            key.to_owned(),
            checked(&fields).map_err(|e| problem(&e.to_string()))?,
        ));
    }
    Ok(out)
}

/// Puts the shipped concepts in the termbase the first time a library is
/// opened (never again: entries the user removed stay removed).
pub fn provide_shipped(store: &mut Store) -> Result<()> {
    if !store.termbase_shipped()? {
        store.provide_shipped_concepts(&shipped_concepts()?)?;
    }
    Ok(())
}
