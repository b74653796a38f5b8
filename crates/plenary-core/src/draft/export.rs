//! Export of a document. HTML is rendered from the stored Markdown with
//! every piece of raw HTML turned into escaped text, so that an imported
//! file can never put live markup or script into an exported page; the page
//! also carries a Content-Security-Policy that forbids script outright.

use crate::error::{Error, Result};
use crate::store::Library;
use pulldown_cmark::{html, Event, Options, Parser};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Html,
}

impl ExportFormat {
    pub fn parse(name: &str) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(ExportFormat::Markdown),
            "html" | "htm" => Ok(ExportFormat::Html),
            other => Err(Error::field(
                "format",
                format!("'{other}' is not an export format; use md or html"),
            )),
        }
    }
}

/// Renders Markdown to an HTML fragment, showing raw HTML as text.
pub fn render_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, parser);
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

impl Library {
    /// A document in the given format.
    pub fn export(&self, id: i64, format: ExportFormat) -> Result<String> {
        let doc = self.document(id)?;
        let meta = &doc.summary.metadata;
        Ok(match format {
            ExportFormat::Markdown => {
                let yaml = serde_yaml::to_string(meta).unwrap_or_default();
                let yaml: String = yaml
                    .lines()
                    .filter(|l| !l.ends_with(": null") && *l != "tags: []")
                    .map(|l| format!("{l}\n"))
                    .collect();
                format!("---\n{yaml}---\n\n{}\n", doc.markdown.trim_end())
            }
            ExportFormat::Html => {
                let title = escape(meta.title.as_deref().unwrap_or("Document"));
                let lang = escape(meta.language.as_deref().unwrap_or("und"));
                let dir = if matches!(meta.language.as_deref(), Some("ar")) {
                    "rtl"
                } else {
                    "ltr"
                };
                format!(
                    "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
                     <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
                     <title>{title}</title>\n<style>body{{font:16px/1.5 serif;max-width:42em;margin:2em auto;padding:0 1em}}</style>\n\
                     </head>\n<body>\n{}</body>\n</html>\n",
                    render_html(&doc.markdown)
                )
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let out = render_html("Hi <script>window.x=1</script>\n\n<img src=x onerror=alert(1)>");
        assert!(!out.contains("<script") && !out.contains("<img"), "{out}");
        assert!(
            out.contains("&lt;script&gt;") && out.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{out}"
        );
    }
}
