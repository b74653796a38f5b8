//! Layer 1: the types every other layer shares. Plain data with no I/O, one
//! file per feature: documents (a document's metadata and its one list of
//! fields, passages and their roles, spans, filters), drafts and their
//! provenance, talking points, the drafter's settings, contacts (the Points
//! of Contact directory and its log), commitments, sessions (the calendar),
//! topics (the list drafts, points and commitments are tagged with),
//! the agreed texts a draft is checked against, the termbase's concepts and
//! their terms in six languages, and the error kinds.

mod agreed;
mod commitments;
mod contacts;
mod documents;
mod drafts;
mod error;
mod filter;
mod metadata;
mod names;
mod sessions;
mod settings;
mod talking_points;
mod termbase;
mod topics;

pub use agreed::AgreedText;
pub use commitments::{
    ChangeKind, Commitment, CommitmentChange, CommitmentDetail, CommitmentFilter, CommitmentInput,
    CommitmentKind, CommitmentRepeat, CommitmentSource, CommitmentStatus, CommitmentSuggestion,
};
pub use contacts::{
    Contact, ContactField, ContactFields, ContactFileFormat, ContactFilePreview,
    ContactImportReport, ContactLogEntry, ContactLogKind, ContactMapping, ContactOutcome,
    ImportRowNote, MappingSource, PocType, StateFlag, Verification,
};
pub use documents::{
    DiffKind, DiffOp, Document, DocumentSummary, Layout, LibraryStats, Passage, PassageRole,
    Provenance, Sentence, Span,
};
pub use drafts::{
    Chair, Clearance, Draft, DraftSource, DraftStart, DraftStatus, DraftSummary, Insertion,
    InsertionSource, ParagraphProvenance, ParagraphSource, Revision, SentenceMark,
    SentenceProvenance, SentenceSource, Template,
};
pub use error::{Error, ErrorKind, Result};
pub use filter::Filter;
pub use metadata::{Field, Kind, Language, Metadata};
pub use sessions::{AgendaItem, DeskAgenda, Session, SessionFile};
pub use settings::{InsertMode, Settings};
pub use talking_points::{TalkingPoint, TalkingPointInput};
pub use termbase::{Concept, ConceptFields, Term, TermHit, TermStatus, TermbaseImportReport};
pub use topics::{ListKind, Topic, UnlistedValue, UseKind, ValueUse};
