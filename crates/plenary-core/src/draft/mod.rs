//! Drafting and export. For now: exporting a stored document as Markdown
//! (with its metadata as front matter) or as a self-contained HTML page.

mod export;

pub use export::{render_html, ExportFormat};
