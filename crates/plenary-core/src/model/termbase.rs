//! The termbase's entries: one concept each, with its terms in the six
//! languages (a preferred term, admitted variants, deprecated variants
//! with a note), what an import of a TBX or CSV file did, and a term found
//! in a text (a term hit), with the concept's terms in the other languages.

use super::names::named;
use super::{Language, Span};
use serde::{Deserialize, Serialize};

/// How a term stands in its language: the one to use, one that may be
/// used, or one to avoid (TBX's administrative status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum TermStatus {
    Preferred,
    Admitted,
    Deprecated,
}

named!(TermStatus: Preferred => "preferred", Admitted => "admitted", Deprecated => "deprecated");

/// One term of a concept in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Term {
    pub language: Language,
    pub text: String,
    pub status: TermStatus,
    /// Why a deprecated term is to be avoided, or any usage note.
    pub note: Option<String>,
}

/// What a person gives for an entry: a form, the command line, a row of a
/// CSV file or an entry of a TBX file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ConceptFields {
    /// The subject field: the OEWG's pillar or area ("cbm", "law", …).
    pub subject: Option<String>,
    /// In the order of the languages (`Language::ALL`), and in each the
    /// preferred term, the admitted ones, then the deprecated ones.
    pub terms: Vec<Term>,
}

/// An entry of the termbase as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Concept {
    pub id: i64,
    /// The concept's identifier in exchange files (TBX's `id`): the same
    /// entry is found again by it on import.
    pub key: String,
    #[serde(flatten)]
    pub fields: ConceptFields,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

impl ConceptFields {
    /// The terms in `language`, preferred first as given.
    pub fn terms_in(&self, language: Language) -> impl Iterator<Item = &Term> {
        self.terms.iter().filter(move |t| t.language == language)
    }

    /// The preferred term in `language`, if the concept has one there.
    pub fn preferred(&self, language: Language) -> Option<&Term> {
        self.terms_in(language)
            .find(|t| t.status == TermStatus::Preferred)
    }
}

/// What an import of a termbase file did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TermbaseImportReport {
    /// Concepts whose key was new to the termbase.
    pub added: usize,
    /// Concepts whose key was known and whose terms changed.
    pub updated: usize,
    /// Concepts the termbase already held as the file gives them.
    pub unchanged: usize,
    /// Entries of the file left out, each with where it is and why.
    pub skipped: Vec<String>,
}

/// A term of the termbase found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TermHit {
    /// Byte range in the text.
    pub span: Span,
    /// The words as the text has them (inflected, perhaps).
    pub text: String,
    pub concept_id: i64,
    pub subject: Option<String>,
    /// The term found, as the termbase has it.
    pub term: Term,
    /// The preferred term in the same language, when the term found is
    /// not it (for a deprecated variant, what to write instead).
    pub preferred: Option<String>,
    /// The concept's preferred terms in the other languages.
    pub equivalents: Vec<Term>,
}
