//! A draft exported for people outside the app: a Word document and a PDF
//! for capital, an HTML page, its Markdown, the podium reading copy (HTML
//! or PDF) and the provenance report (HTML, Word or PDF). Every format
//! reads the body through `body`, so a paragraph is the same paragraph in
//! each, and every piece of text is text: the title, the heading and the
//! body can never put live markup, script or a link to a script into an
//! export. Nothing is fetched: the
//! pages carry their own style and a Content-Security-Policy that forbids
//! everything else.

mod body;
mod docx;
mod docx_language;
#[cfg(test)]
mod fixtures;
mod format;
mod markdown;
mod page;
mod pdf;
mod reading;
mod report;
mod report_docx;
mod report_pdf;

pub use format::{DraftForExport, DraftFormat};

use crate::model::Result;

/// The draft in the given format: the bytes of the file to write (UTF-8
/// text for every format but DOCX).
pub fn export_draft(draft: &DraftForExport, format: DraftFormat) -> Result<Vec<u8>> {
    let paragraphs = || body::paragraphs(draft.body);
    Ok(match format {
        DraftFormat::Docx => docx::write(draft, &paragraphs())?,
        DraftFormat::Pdf => pdf::statement(draft, &paragraphs())?,
        DraftFormat::Html => page::html(draft, &paragraphs()).into_bytes(),
        DraftFormat::Markdown => markdown::write(draft).into_bytes(),
        DraftFormat::Reading => reading::html(draft, &paragraphs())?.into_bytes(),
        DraftFormat::ReadingPdf => pdf::reading(draft, &paragraphs())?,
        DraftFormat::Provenance => report::html(draft).into_bytes(),
        DraftFormat::ProvenanceDocx => report_docx::write(draft)?,
        DraftFormat::ProvenancePdf => report_pdf::write(draft)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn an_empty_draft_exports_in_every_format() {
        let empty = DraftForExport {
            title: "",
            heading: &[],
            check_against_delivery: false,
            body: "",
            language: None,
            words_per_minute: 130,
            provenance: &[],
            author: None,
            created_at: None,
            modified_at: None,
        };
        for format in DraftFormat::ALL {
            let bytes = export_draft(&empty, format).unwrap();
            assert!(!bytes.is_empty(), "{format:?}");
            if !matches!(format.extension(), "docx" | "pdf") {
                let text = String::from_utf8(bytes).unwrap();
                assert!(text.contains("Untitled draft"), "{format:?}: {text}");
            }
        }
    }

    #[test]
    fn every_page_carries_the_draft_s_language_and_direction() {
        for (language, html) in [
            (Language::Ar, "<html lang=\"ar\" dir=\"rtl\">"),
            (Language::Zh, "<html lang=\"zh\" dir=\"ltr\">"),
            (Language::Es, "<html lang=\"es\" dir=\"ltr\">"),
        ] {
            let draft = DraftForExport {
                language: Some(language),
                ..super::fixtures::draft("A/79/1", "A/75/816")
            };
            for format in [
                DraftFormat::Html,
                DraftFormat::Reading,
                DraftFormat::Provenance,
            ] {
                let page = String::from_utf8(export_draft(&draft, format).unwrap()).unwrap();
                assert!(page.contains(html), "{language:?} {format:?}: {page}");
            }
        }
    }

    #[test]
    fn check_against_delivery_is_written_in_the_draft_s_language() {
        for (language, words) in [
            (None, "Check against delivery"),
            (Some(Language::Es), "Cotéjese con el discurso pronunciado"),
            (Some(Language::Ar), "العبرة بالإلقاء"),
        ] {
            let draft = DraftForExport {
                language,
                check_against_delivery: true,
                ..super::fixtures::draft("Statement", "Mr. Chair,")
            };
            for format in [DraftFormat::Markdown, DraftFormat::Html] {
                let text = String::from_utf8(export_draft(&draft, format).unwrap()).unwrap();
                assert!(text.contains(words), "{language:?} {format:?}: {text}");
            }
        }
    }

    #[test]
    fn a_hostile_title_and_body_are_text_in_every_html_page() {
        let heading = ["<img src=x onerror=alert(1)>".to_owned()];
        let hostile = DraftForExport {
            title: "<script>alert('t')</script>",
            heading: &heading,
            body: "Mr. Chair,\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2)) <b onclick=x>b</b>",
            ..super::fixtures::draft("", "")
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
