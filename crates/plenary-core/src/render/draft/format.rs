//! What an export is asked for: the format (`DraftFormat`), and what it
//! needs to know of a draft (`DraftForExport`), shared by every writer.

use crate::model::{Error, Language, ParagraphProvenance, Result};

/// What a draft is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftFormat {
    /// A Word document.
    Docx,
    /// A standalone HTML page.
    Html,
    /// The Markdown body under its title.
    Markdown,
    /// The podium reading copy: an HTML page to print.
    Reading,
    /// Each paragraph with its sources, for capital: an HTML page.
    Provenance,
}

impl DraftFormat {
    pub const ALL: [DraftFormat; 5] = [
        DraftFormat::Docx,
        DraftFormat::Html,
        DraftFormat::Markdown,
        DraftFormat::Reading,
        DraftFormat::Provenance,
    ];

    /// Reads a format's name ("docx", "html", "md", "reading",
    /// "provenance"; "markdown" also works), in any case.
    pub fn parse(name: &str) -> Result<Self> {
        let name = name.trim().to_ascii_lowercase();
        match name.as_str() {
            "markdown" => Ok(DraftFormat::Markdown),
            _ => Self::ALL
                .into_iter()
                .find(|f| f.as_str() == name)
                .ok_or_else(|| {
                    Error::field(
                        "format",
                        format!(
                            "'{name}' is not a draft export format; use docx, html, md, reading or provenance"
                        ),
                    )
                }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DraftFormat::Docx => "docx",
            DraftFormat::Html => "html",
            DraftFormat::Markdown => "md",
            DraftFormat::Reading => "reading",
            DraftFormat::Provenance => "provenance",
        }
    }

    /// The file name extension, without its dot. The reading copy and the
    /// provenance report are HTML pages.
    pub fn extension(self) -> &'static str {
        match self {
            DraftFormat::Docx => "docx",
            DraftFormat::Markdown => "md",
            DraftFormat::Html | DraftFormat::Reading | DraftFormat::Provenance => "html",
        }
    }
}

/// What an export needs to know of a draft.
#[derive(Debug, Clone, Copy)]
pub struct DraftForExport<'a> {
    pub title: &'a str,
    /// One line under the title, e.g. "Pakistan · OEWG eleventh session ·
    /// Agenda item 5 · 3 March 2025"; `None` = no line.
    pub header: Option<&'a str>,
    /// The draft's Markdown body.
    pub body: &'a str,
    /// The draft's language, which the exports are tagged with; `None`
    /// for a draft without one, whose pages take the language their script
    /// tells.
    pub language: Option<Language>,
    /// For the reading copy's time marks.
    pub words_per_minute: u32,
    /// For the provenance report (one entry per paragraph, in order).
    pub provenance: &'a [ParagraphProvenance],
}

impl DraftForExport<'_> {
    /// The title on one line; "Untitled draft" when it is blank.
    pub(super) fn title_line(&self) -> String {
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        match title.is_empty() {
            true => "Untitled draft".to_owned(),
            false => title,
        }
    }

    /// The header line on one line, when it has any text.
    pub(super) fn header_line(&self) -> Option<String> {
        let line = self
            .header?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!line.is_empty()).then_some(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_have_names_and_extensions() {
        for format in DraftFormat::ALL {
            assert_eq!(DraftFormat::parse(format.as_str()).unwrap(), format);
        }
        assert_eq!(
            DraftFormat::parse("Markdown").unwrap(),
            DraftFormat::Markdown
        );
        assert_eq!(DraftFormat::Reading.extension(), "html");
        assert_eq!(DraftFormat::Docx.extension(), "docx");
        let refused = DraftFormat::parse("pdf").unwrap_err().to_string();
        assert!(
            refused.starts_with("format:") && refused.contains("pdf"),
            "{refused}"
        );
    }
}
