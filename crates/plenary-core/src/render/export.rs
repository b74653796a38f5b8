//! Export of a document. HTML is rendered by `render_html`, so an imported
//! file can never put live markup or script into an exported page; the page
//! also carries a Content-Security-Policy that forbids script outright.

use super::{escape, render_html};
use crate::model::{Error, Result};
use crate::store::Store;

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

/// A document in the given format.
pub fn export(store: &Store, id: i64, format: ExportFormat) -> Result<String> {
    let doc = store.document(id)?;
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
            let lang = meta.language.map_or("und", |l| l.code());
            let dir = match meta.language.is_some_and(|l| l.is_right_to_left()) {
                true => "rtl",
                false => "ltr",
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
