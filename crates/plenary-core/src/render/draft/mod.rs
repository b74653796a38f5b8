//! A draft exported for people outside the app: a Word document for
//! capital, an HTML page, its Markdown, the podium reading copy and the
//! provenance report. Every format reads the body through `body`, so a
//! paragraph is the same paragraph in each, and every piece of text is
//! text: the title, the header line and the body can never put live markup,
//! script or a link to a script into an export. Nothing is fetched: the
//! pages carry their own style and a Content-Security-Policy that forbids
//! everything else.

mod body;
mod docx;
mod markdown;
mod page;
mod reading;
mod report;

use crate::model::{Error, ParagraphProvenance, Result};

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
    /// For the reading copy's time marks.
    pub words_per_minute: u32,
    /// For the provenance report (one entry per paragraph, in order).
    pub provenance: &'a [ParagraphProvenance],
}

impl DraftForExport<'_> {
    /// The title on one line; "Untitled draft" when it is blank.
    fn title_line(&self) -> String {
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        match title.is_empty() {
            true => "Untitled draft".to_owned(),
            false => title,
        }
    }

    /// The header line on one line, when it has any text.
    fn header_line(&self) -> Option<String> {
        let line = self
            .header?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!line.is_empty()).then_some(line)
    }
}

/// The draft in the given format: the bytes of the file to write (UTF-8
/// text for every format but DOCX).
pub fn export_draft(draft: &DraftForExport, format: DraftFormat) -> Result<Vec<u8>> {
    Ok(match format {
        DraftFormat::Docx => docx::write(draft, &body::paragraphs(draft.body))?,
        DraftFormat::Html => page::html(draft, &body::paragraphs(draft.body)).into_bytes(),
        DraftFormat::Markdown => markdown::write(draft).into_bytes(),
        DraftFormat::Reading => reading::html(draft, &body::paragraphs(draft.body))?.into_bytes(),
        DraftFormat::Provenance => report::html(draft).into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails unless every piece stands in `out`, each after the one before.
    pub(super) fn assert_in_order(out: &str, pieces: &[&str]) {
        let mut at = 0;
        for piece in pieces {
            let found = out[at..]
                .find(piece)
                .unwrap_or_else(|| panic!("{piece} after {at}: {out}"));
            at += found + piece.len();
        }
    }

    pub(super) fn draft<'a>(title: &'a str, body: &'a str) -> DraftForExport<'a> {
        DraftForExport {
            title,
            header: Some("Pakistan · OEWG eleventh session · Agenda item 5"),
            body,
            words_per_minute: 130,
            provenance: &[],
        }
    }

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

    #[test]
    fn an_empty_draft_exports_in_every_format() {
        let empty = DraftForExport {
            title: "",
            header: None,
            body: "",
            words_per_minute: 130,
            provenance: &[],
        };
        for format in DraftFormat::ALL {
            let bytes = export_draft(&empty, format).unwrap();
            assert!(!bytes.is_empty(), "{format:?}");
            if format != DraftFormat::Docx {
                let text = String::from_utf8(bytes).unwrap();
                assert!(text.contains("Untitled draft"), "{format:?}: {text}");
            }
        }
    }

    #[test]
    fn a_hostile_title_and_body_are_text_in_every_html_page() {
        let hostile = DraftForExport {
            title: "<script>alert('t')</script>",
            header: Some("<img src=x onerror=alert(1)>"),
            body: "Mr. Chair,\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2)) <b onclick=x>b</b>",
            words_per_minute: 130,
            provenance: &[],
        };
        for format in [
            DraftFormat::Html,
            DraftFormat::Reading,
            DraftFormat::Provenance,
        ] {
            let page = String::from_utf8(export_draft(&hostile, format).unwrap()).unwrap();
            for live in ["<script", "<img", "<b ", "<a ", "href="] {
                assert!(!page.contains(live), "{format:?} has {live}: {page}");
            }
            assert!(
                page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"),
                "{format:?}: {page}"
            );
        }
    }
}
