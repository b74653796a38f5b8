//! What an export is asked for: the format (`DraftFormat`), and what it
//! needs to know of a draft (`DraftForExport`), shared by every writer.

use crate::model::{Error, Language, ParagraphProvenance, Result};

/// What a draft is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftFormat {
    /// A Word document.
    Docx,
    /// The statement as a PDF.
    Pdf,
    /// A standalone HTML page.
    Html,
    /// The Markdown body under its title.
    Markdown,
    /// The podium reading copy: an HTML page to print.
    Reading,
    /// The podium reading copy as a PDF.
    ReadingPdf,
    /// Each paragraph and sentence with its sources, for capital: an HTML
    /// page.
    Provenance,
    /// The provenance report as a Word document.
    ProvenanceDocx,
    /// The provenance report as a PDF.
    ProvenancePdf,
}

impl DraftFormat {
    pub const ALL: [DraftFormat; 9] = [
        DraftFormat::Docx,
        DraftFormat::Pdf,
        DraftFormat::Html,
        DraftFormat::Markdown,
        DraftFormat::Reading,
        DraftFormat::ReadingPdf,
        DraftFormat::Provenance,
        DraftFormat::ProvenanceDocx,
        DraftFormat::ProvenancePdf,
    ];

    /// Reads a format's name (as `as_str` gives it; "markdown" also
    /// works), in any case.
    pub fn parse(name: &str) -> Result<Self> {
        let name = name.trim().to_ascii_lowercase();
        match name.as_str() {
            "markdown" => Ok(DraftFormat::Markdown),
            _ => Self::ALL
                .into_iter()
                .find(|f| f.as_str() == name)
                .ok_or_else(|| {
                    let names: Vec<&str> = Self::ALL.iter().map(|f| f.as_str()).collect();
                    Error::field(
                        "format",
                        format!(
                            "'{name}' is not a draft export format; use one of {}",
                            names.join(", ")
                        ),
                    )
                }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DraftFormat::Docx => "docx",
            DraftFormat::Pdf => "pdf",
            DraftFormat::Html => "html",
            DraftFormat::Markdown => "md",
            DraftFormat::Reading => "reading",
            DraftFormat::ReadingPdf => "reading-pdf",
            DraftFormat::Provenance => "provenance",
            DraftFormat::ProvenanceDocx => "provenance-docx",
            DraftFormat::ProvenancePdf => "provenance-pdf",
        }
    }

    /// The file name extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            DraftFormat::Docx | DraftFormat::ProvenanceDocx => "docx",
            DraftFormat::Pdf | DraftFormat::ReadingPdf | DraftFormat::ProvenancePdf => "pdf",
            DraftFormat::Markdown => "md",
            DraftFormat::Html | DraftFormat::Reading | DraftFormat::Provenance => "html",
        }
    }

    /// True for the provenance report, which needs the draft's provenance.
    pub fn is_report(self) -> bool {
        matches!(
            self,
            DraftFormat::Provenance | DraftFormat::ProvenanceDocx | DraftFormat::ProvenancePdf
        )
    }
}

/// What an export needs to know of a draft.
#[derive(Debug, Clone, Copy)]
pub struct DraftForExport<'a> {
    pub title: &'a str,
    /// The lines above the text, as people write them: the delegation, the
    /// session, the topic, the place and date (`drafts::heading`).
    pub heading: &'a [String],
    /// "Check against delivery" stands above the title.
    pub check_against_delivery: bool,
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
    /// The file's properties: its author (the user's name), and when the
    /// draft was created and last changed (RFC 3339).
    pub author: Option<&'a str>,
    pub created_at: Option<&'a str>,
    pub modified_at: Option<&'a str>,
}

impl DraftForExport<'_> {
    /// The words above a title when the text may change as it is spoken,
    /// in the draft's language as delegations write them (English for a
    /// draft without one).
    pub(super) fn check_against_delivery_line(&self) -> &'static str {
        match self.language {
            Some(Language::Ar) => "العبرة بالإلقاء",
            Some(Language::Zh) => "以实际发言为准",
            Some(Language::Fr) => "Seul le texte prononcé fait foi",
            Some(Language::Ru) => "Сверить с произнесенным текстом",
            Some(Language::Es) => "Cotéjese con el discurso pronunciado",
            Some(Language::En) | None => "Check against delivery",
        }
    }

    /// The title on one line; "Untitled draft" when it is blank.
    pub(super) fn title_line(&self) -> String {
        let title = one_line(self.title);
        match title.is_empty() {
            true => "Untitled draft".to_owned(),
            false => title,
        }
    }

    /// The heading's lines, each on one line, the blank ones left out.
    pub(super) fn heading_lines(&self) -> Vec<String> {
        self.heading
            .iter()
            .map(|line| one_line(line))
            .filter(|line| !line.is_empty())
            .collect()
    }
}

/// A text's words on one line, single-spaced.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
        assert_eq!(DraftFormat::ReadingPdf.extension(), "pdf");
        assert_eq!(DraftFormat::ProvenanceDocx.extension(), "docx");
        let refused = DraftFormat::parse("odt").unwrap_err().to_string();
        assert!(
            refused.starts_with("format:") && refused.contains("odt"),
            "{refused}"
        );
    }
}
