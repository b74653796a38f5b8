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
mod docx_language;
#[cfg(test)]
mod fixtures;
mod format;
mod markdown;
mod page;
mod reading;
mod report;

pub use format::{DraftForExport, DraftFormat};

use crate::model::Result;

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
    use crate::model::Language;

    #[test]
    fn an_empty_draft_exports_in_every_format() {
        let empty = DraftForExport {
            title: "",
            header: None,
            body: "",
            language: None,
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
    fn every_page_carries_the_draft_s_language_and_direction() {
        for (language, html) in [
            (Language::Ar, "<html lang=\"ar\" dir=\"rtl\">"),
            (Language::Zh, "<html lang=\"zh\" dir=\"ltr\">"),
            (Language::Es, "<html lang=\"es\" dir=\"ltr\">"),
        ] {
            let draft = DraftForExport {
                title: "A/79/1",
                header: None,
                body: "A/75/816",
                language: Some(language),
                words_per_minute: 130,
                provenance: &[],
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
    fn a_hostile_title_and_body_are_text_in_every_html_page() {
        let hostile = DraftForExport {
            title: "<script>alert('t')</script>",
            header: Some("<img src=x onerror=alert(1)>"),
            body: "Mr. Chair,\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2)) <b onclick=x>b</b>",
            language: None,
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
