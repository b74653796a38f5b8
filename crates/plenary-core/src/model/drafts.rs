//! Drafts of the next statement and what they are made of: the draft with
//! its Markdown body, its revisions, where each paragraph's language came
//! from (its provenance), the templates a draft starts from, and the
//! language a draft is written in with the chair it addresses.

use super::documents::{DiffOp, Provenance, Span};
use super::metadata::Language;
use serde::{Deserialize, Serialize};

/// Where a draft stands: drafting, sent to capital, cleared by capital,
/// delivered. A delivered draft is also a statement in the library
/// (`Draft::delivered_document`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum DraftStatus {
    Drafting,
    SentToCapital,
    Cleared,
    Delivered,
}

impl DraftStatus {
    pub const ALL: [DraftStatus; 4] = [
        DraftStatus::Drafting,
        DraftStatus::SentToCapital,
        DraftStatus::Cleared,
        DraftStatus::Delivered,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            DraftStatus::Drafting => "drafting",
            DraftStatus::SentToCapital => "sent_to_capital",
            DraftStatus::Cleared => "cleared",
            DraftStatus::Delivered => "delivered",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            DraftStatus::SentToCapital => "sent to capital",
            other => other.as_str(),
        }
    }

    /// A status by its stored name or its name for people, in any case.
    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase().replace(['_', '-'], " ");
        Self::ALL.into_iter().find(|s| s.label() == name)
    }
}

/// Capital's clearance of a draft, as recorded: kept as a row of its own.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Clearance {
    pub id: i64,
    /// The revision capital cleared, and its number.
    pub revision_id: i64,
    pub revision_number: i64,
    /// Who recorded the clearance: the user's name in the settings.
    pub cleared_by: String,
    /// RFC 3339, UTC.
    pub cleared_at: String,
}

/// Who chairs the meeting a statement addresses, for its opening and
/// closing: "Mr. Chair," or "Madam Chair,", "Señor Presidente:" or
/// "Señora Presidenta:".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Chair {
    #[default]
    Man,
    Woman,
}

impl Chair {
    pub const ALL: [Chair; 2] = [Chair::Man, Chair::Woman];

    pub fn as_str(self) -> &'static str {
        match self {
            Chair::Man => "man",
            Chair::Woman => "woman",
        }
    }

    /// "man" or "woman", ignoring case.
    pub fn parse(name: &str) -> Result<Chair, String> {
        let name = name.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| format!("'{name}' is not a chair; use man or woman"))
    }
}

/// What a new draft starts from: a template ("Blank" when none is named)
/// or a body given outright, which wins, in a language, addressing a chair.
/// The template's openings and closings follow the language and the chair.
#[derive(Debug, Clone, Copy)]
pub struct DraftStart<'a> {
    pub template: Option<&'a str>,
    pub body: Option<&'a str>,
    pub language: Language,
    pub chair: Chair,
}

impl Default for DraftStart<'_> {
    /// A blank draft in English, to a chair who is a man.
    fn default() -> Self {
        DraftStart {
            template: None,
            body: None,
            language: Language::En,
            chair: Chair::Man,
        }
    }
}

/// A draft in the list of drafts.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DraftSummary {
    pub id: i64,
    pub title: String,
    /// The language the statement is written in; `None` for a draft begun
    /// before drafts had a language, until one is set.
    pub language: Option<Language>,
    pub session: Option<String>,
    /// The agenda item or topic the statement speaks to.
    pub topic: Option<String>,
    pub status: DraftStatus,
    /// The time the Chair allows, in minutes.
    pub target_minutes: f64,
    pub words: i64,
    /// RFC 3339, UTC.
    pub updated_at: String,
    /// A cleared draft whose text is no longer the revision capital
    /// cleared.
    pub changed_since_cleared: bool,
}

/// A draft with its body and the language inserted into it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Draft {
    pub summary: DraftSummary,
    /// Markdown.
    pub body: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// The statement a delivered draft became.
    pub delivered_document: Option<i64>,
    /// Capital's clearance, while the draft is cleared or delivered.
    pub clearance: Option<Clearance>,
    /// Every insertion of earlier language or a talking point, oldest first.
    pub insertions: Vec<Insertion>,
}

impl Draft {
    /// True when capital cleared the draft as it reads now.
    pub fn is_cleared(&self) -> bool {
        self.summary.status == DraftStatus::Cleared && !self.summary.changed_since_cleared
    }
}

/// Earlier language the drafter put into a draft.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DraftSource {
    /// A passage of a statement in the library.
    Passage { provenance: Provenance },
    /// One of the delegation's talking points.
    TalkingPoint { id: i64, title: String },
}

/// What the drafter inserted, as the window names it when recording an
/// insertion: a passage of the library or a talking point, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InsertionSource {
    Passage { passage_id: i64 },
    TalkingPoint { id: i64 },
}

/// One insertion, as recorded when it was made.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Insertion {
    pub id: i64,
    pub source: DraftSource,
    /// The text inserted.
    pub text: String,
    /// Its score against what was typed, when it came from a suggestion.
    pub score: Option<f64>,
    /// RFC 3339, UTC.
    pub inserted_at: String,
}

/// A saved state of a draft's body.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Revision {
    pub id: i64,
    /// 1 for the first revision of the draft, then 2, 3, …
    pub number: i64,
    pub words: i64,
    /// RFC 3339, UTC.
    pub saved_at: String,
}

/// Where one paragraph of a draft came from, as it reads now: a summary
/// of the paragraph as a whole, and each of its sentences marked.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ParagraphProvenance {
    /// The paragraph's place in the draft, from 0.
    pub index: usize,
    pub text: String,
    /// A salutation or closing formula ("Mr. Chair,", "I thank you."),
    /// which is the form of every statement rather than language to source.
    pub formula: bool,
    /// Its sources as a whole, best first; empty (for a paragraph that is
    /// not a formula) means new language.
    pub sources: Vec<ParagraphSource>,
    /// Its sentences, in order, each marked.
    pub sentences: Vec<SentenceProvenance>,
    /// How many of them are new ("2 of 4 sentences new").
    pub new_sentences: usize,
}

/// What one sentence of a draft is, for capital clearing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SentenceMark {
    /// It quotes agreed language word for word.
    Agreed,
    /// It was said before in the same words.
    Reused,
    /// It follows earlier wording with words changed, added or cut.
    Edited,
    /// Nothing earlier says it.
    New,
    /// A salutation or a closing ("Mr. Chair,", "I thank you."): the form
    /// of every statement rather than language to source.
    Formula,
}

impl SentenceMark {
    pub const ALL: [SentenceMark; 5] = [
        SentenceMark::Agreed,
        SentenceMark::Reused,
        SentenceMark::Edited,
        SentenceMark::New,
        SentenceMark::Formula,
    ];

    /// The mark's name for people, as every export writes it.
    pub fn label(self) -> &'static str {
        match self {
            SentenceMark::Agreed => "agreed",
            SentenceMark::Reused => "reused",
            SentenceMark::Edited => "edited",
            SentenceMark::New => "new",
            SentenceMark::Formula => "formula",
        }
    }

    /// What the mark means, for a legend.
    pub fn meaning(self) -> &'static str {
        match self {
            SentenceMark::Agreed => "quotes agreed language word for word",
            SentenceMark::Reused => "said before in the same words",
            SentenceMark::Edited => "follows earlier wording, with words changed, added or cut",
            SentenceMark::New => "said nowhere before",
            SentenceMark::Formula => "a salutation or closing",
        }
    }
}

/// One sentence of a paragraph with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SentenceProvenance {
    /// Its byte range in the paragraph's text.
    pub span: Span,
    pub text: String,
    pub mark: SentenceMark,
    /// Where it was said before: the earliest first, then the later
    /// repeats (talking points, which have no date, last).
    pub sources: Vec<SentenceSource>,
    /// For an edited sentence, from the closest source's wording to its own.
    pub diff: Vec<DiffOp>,
}

/// One earlier place a sentence was said.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SentenceSource {
    pub source: DraftSource,
    /// The sentence's similarity to the source's wording, 0 to 100, on the
    /// scale of every score (100 only for the same text).
    pub score: f64,
    /// The source's wording.
    pub text: String,
    /// How an agreed text is cited ("A/77/275 ¶ 15"), when it is one.
    pub citation: Option<String>,
    /// When the drafter inserted it; `None` for language typed.
    pub inserted_at: Option<String>,
}

/// One source of a paragraph, scored against the paragraph's current text.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ParagraphSource {
    pub source: DraftSource,
    /// The paragraph's similarity to the source now, 0 to 100.
    pub score: f64,
    /// When the source was inserted; `None` for language the library
    /// holds but that was typed rather than inserted.
    pub inserted_at: Option<String>,
    /// The score recorded at insertion, if any.
    pub inserted_score: Option<f64>,
}

/// A text a new draft starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Template {
    pub name: String,
    /// Markdown.
    pub body: String,
}
