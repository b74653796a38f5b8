//! Layer 1: the types every other layer shares. Plain data with no I/O: a
//! document's metadata and its one list of fields, documents, passages and
//! their roles, spans, filters and the error kinds; drafts, their
//! provenance, talking points and the drafter's settings; the desk's
//! Points of Contact directory and its contact log, commitments and the
//! calendar of sessions; the agreed texts a draft is checked against.

mod agreed;
mod desk;
mod document;
mod draft;
mod error;
mod filter;
mod metadata;

pub use agreed::AgreedText;
pub use desk::{
    AgendaItem, Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentKind,
    CommitmentRepeat, CommitmentSource, CommitmentStatus, CommitmentSuggestion, Contact,
    ContactFields, ContactImportReport, ContactLogEntry, ContactLogKind, ContactOutcome,
    DeskAgenda, ImportRowNote, PocType, Session, SessionFile, StatusChange,
};
pub use document::{
    Document, DocumentSummary, Layout, LibraryStats, Passage, PassageRole, Provenance, Sentence,
    Span,
};
pub use draft::{
    Draft, DraftSource, DraftStatus, DraftSummary, InsertMode, Insertion, InsertionSource,
    ParagraphProvenance, ParagraphSource, Revision, Settings, TalkingPoint, TalkingPointInput,
    Template, PILLARS,
};
pub use error::{Error, ErrorKind, Result};
pub use filter::Filter;
pub use metadata::{Field, Kind, Language, Metadata};
