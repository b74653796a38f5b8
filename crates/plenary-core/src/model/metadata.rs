//! A document's metadata and the one list of its fields. The
//! `metadata_fields!` declaration below is the only place a field is named:
//! the struct, the `Field` enum (the column names of the documents table,
//! the front-matter keys, `plenary set` and the UI's editor) and the code
//! that reads, writes and fills fields are all derived from it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a document is. Stored and shown by its name ("press release").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub enum Kind {
    #[serde(rename = "statement")]
    Statement,
    #[serde(rename = "press release")]
    PressRelease,
    #[serde(rename = "talking points")]
    TalkingPoints,
    #[serde(rename = "report")]
    Report,
    #[serde(rename = "note")]
    Note,
    #[serde(rename = "working paper")]
    WorkingPaper,
    #[serde(rename = "explanation of vote")]
    ExplanationOfVote,
    #[serde(rename = "national position")]
    NationalPosition,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Statement,
        Kind::PressRelease,
        Kind::TalkingPoints,
        Kind::Report,
        Kind::Note,
        Kind::WorkingPaper,
        Kind::ExplanationOfVote,
        Kind::NationalPosition,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Statement => "statement",
            Kind::PressRelease => "press release",
            Kind::TalkingPoints => "talking points",
            Kind::Report => "report",
            Kind::Note => "note",
            Kind::WorkingPaper => "working paper",
            Kind::ExplanationOfVote => "explanation of vote",
            Kind::NationalPosition => "national position",
        }
    }

    /// A kind by name, ignoring case, and `_` or `-` written for a space.
    pub fn parse(text: &str) -> Result<Kind, String> {
        // The stored spelling, without allocating: most values read back.
        if let Some(kind) = Kind::ALL.into_iter().find(|k| k.name() == text) {
            return Ok(kind);
        }
        let wanted = text.trim().to_lowercase().replace(['_', '-'], " ");
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                format!("'{}' is not one of {}", text.trim(), names.join(", "))
            })
    }
}

/// The six official UN languages, stored as their ISO 639-1 codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }

    pub fn english_name(self) -> &'static str {
        match self {
            Language::Ar => "Arabic",
            Language::Zh => "Chinese",
            Language::En => "English",
            Language::Fr => "French",
            Language::Ru => "Russian",
            Language::Es => "Spanish",
        }
    }

    /// True for scripts written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }

    /// A language by code or English name, ignoring case.
    pub fn parse(text: &str) -> Result<Language, String> {
        let text = text.trim();
        Language::ALL
            .into_iter()
            .find(|l| {
                l.code().eq_ignore_ascii_case(text) || l.english_name().eq_ignore_ascii_case(text)
            })
            .ok_or_else(|| {
                format!(
                    "language '{text}' is not one of the six UN languages (ar, zh, en, fr, ru, es)"
                )
            })
    }
}

/// A field's value as stored text, and back.
trait FieldValue: Sized {
    fn to_text(&self) -> String;
    fn from_text(text: &str) -> Result<Self, String>;
}

impl FieldValue for String {
    fn to_text(&self) -> String {
        self.clone()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

impl FieldValue for Kind {
    fn to_text(&self) -> String {
        self.name().to_owned()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        Kind::parse(text)
    }
}

impl FieldValue for Language {
    fn to_text(&self) -> String {
        self.code().to_owned()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        Language::parse(text)
    }
}

impl FieldValue for NaiveDate {
    fn to_text(&self) -> String {
        self.to_string()
    }
    /// Only the stored form, YYYY-MM-DD with a four-digit year; other
    /// spellings are read by `text::dates` before they get here.
    fn from_text(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let well_formed = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        well_formed
            .then(|| text.parse().ok())
            .flatten()
            .ok_or_else(|| format!("'{text}' is not a date (write 2021-12-13 or 13 December 2021)"))
    }
}

/// Splits "a, b" into tags, dropping empty ones.
fn split_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

macro_rules! metadata_fields {
    ($( $(#[doc = $doc:literal])* $name:ident : $ty:ty => $variant:ident, $label:literal; )*) => {
        /// What a document is and who said it where and when. `None` means unknown.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
        #[ts(export)]
        pub struct Metadata {
            $( $(#[doc = $doc])* pub $name: Option<$ty>, )*
            /// The document's topics.
            #[serde(default)]
            pub tags: Vec<String>,
        }

        /// One metadata field, named as its column and front-matter key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
        #[ts(export)]
        #[serde(rename_all = "snake_case")]
        pub enum Field {
            $( $variant, )*
            Tags,
        }

        impl Field {
            /// Every field, in the order forms show them.
            pub const ALL: &'static [Field] = &[$( Field::$variant, )* Field::Tags];

            /// The column, front-matter key and command-line name.
            pub fn name(self) -> &'static str {
                match self {
                    $( Field::$variant => stringify!($name), )*
                    Field::Tags => "tags",
                }
            }

            /// The field's name for people.
            pub fn label(self) -> &'static str {
                match self {
                    $( Field::$variant => $label, )*
                    Field::Tags => "Topics",
                }
            }
        }

        impl Metadata {
            /// A field's value as stored text; `None` when it is empty.
            pub fn text(&self, field: Field) -> Option<String> {
                match field {
                    $( Field::$variant => self.$name.as_ref().map(FieldValue::to_text), )*
                    Field::Tags => (!self.tags.is_empty()).then(|| self.tags.join(", ")),
                }
            }

            /// Sets a field from its stored text (tags as "a, b"); `None`
            /// clears it. A value the field cannot hold is refused with the
            /// reason, and the field is left as it was.
            pub fn set_text(&mut self, field: Field, text: Option<&str>) -> Result<(), String> {
                let text = text.map(str::trim).filter(|t| !t.is_empty());
                match field {
                    $( Field::$variant => self.$name = text.map(FieldValue::from_text).transpose()?, )*
                    Field::Tags => self.tags = text.map(split_tags).unwrap_or_default(),
                }
                Ok(())
            }

            /// Fills every field of `self` that is still empty from `other`.
            pub fn fill_from(&mut self, other: Metadata) {
                $( if self.$name.is_none() { self.$name = other.$name; } )*
                if self.tags.is_empty() {
                    self.tags = other.tags;
                }
            }
        }
    };
}

metadata_fields! {
    title: String => Title, "Title";
    kind: Kind => Kind, "Kind";
    /// The State, group or office on whose behalf the text speaks.
    speaker: String => Speaker, "Speaker";
    /// The person who delivered it.
    person: String => Person, "Delivered by";
    /// That person's function ("Permanent Representative").
    function: String => Function, "Function";
    forum: String => Forum, "Forum";
    session: String => Session, "Session";
    agenda_item: String => AgendaItem, "Agenda item";
    event: String => Event, "Event";
    place: String => Place, "Place";
    date: NaiveDate => Date, "Date";
    language: Language => Language, "Language";
}

impl Field {
    /// A field by its name; `lang` and `topics` are accepted as well.
    pub fn parse(name: &str) -> Result<Field, String> {
        let name = name.trim().to_ascii_lowercase().replace('-', "_");
        let name = match name.as_str() {
            "lang" => "language",
            "topics" => "tags",
            other => other,
        };
        Field::ALL
            .iter()
            .copied()
            .find(|f| f.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
                format!("not a metadata field; use one of {}", names.join(", "))
            })
    }

    /// Fields kept in a column of their own in the documents table (tags
    /// are rows of the topics tables).
    pub fn has_column(self) -> bool {
        self != Field::Tags
    }
}

impl Metadata {
    /// The fields that hold a value.
    pub fn set_fields(&self) -> Vec<Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(|f| self.text(*f).is_some())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_through_its_text() {
        let mut meta = Metadata::default();
        for field in Field::ALL {
            let value = match field {
                Field::Kind => "Press_Release",
                Field::Date => "2021-12-13",
                Field::Language => "French",
                Field::Tags => "cbms, capacity building",
                _ => "a value",
            };
            meta.set_text(*field, Some(value)).unwrap();
            let stored = meta.text(*field).expect("the field is set");
            let mut again = Metadata::default();
            again.set_text(*field, Some(&stored)).unwrap();
            assert_eq!(again.text(*field), Some(stored), "{field:?}");
        }
        assert_eq!(meta.kind, Some(Kind::PressRelease));
        assert_eq!(meta.language, Some(Language::Fr));
        assert_eq!(meta.set_fields().len(), Field::ALL.len());
    }

    #[test]
    fn values_a_field_cannot_hold_are_refused() {
        let mut meta = Metadata::default();
        assert!(meta.set_text(Field::Kind, Some("poem")).is_err());
        assert!(meta.set_text(Field::Language, Some("Latin")).is_err());
        for bad in [
            "+12345-01-01",
            "12345-01-01",
            "2021-02-30",
            "13 December 2021",
        ] {
            assert!(meta.set_text(Field::Date, Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(meta, Metadata::default(), "a refused value changes nothing");
        assert_eq!(Field::parse("Agenda-Item"), Ok(Field::AgendaItem));
        assert!(Field::parse("colour").is_err());
    }
}
