//! HTML for people to read: a passage or document's Markdown rendered for
//! the reader and for exports, the export of a whole document as Markdown
//! (with its metadata as front matter) or as a self-contained page, and a
//! draft's exports (`draft`: Word, HTML, Markdown, the podium reading copy
//! and the provenance report).
//!
//! Rendering is the one place imported text becomes markup, so it is where
//! imported files are kept harmless: raw HTML is shown as text, and only
//! `http`, `https` and `mailto` links and in-document anchors become links.

mod draft;
mod export;
pub mod pdf;

pub use draft::{export_draft, DraftForExport, DraftFormat};
pub use export::{export, ExportFormat};

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Text made safe to stand in HTML, between tags or in a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// True for a link target that may become a live link.
fn is_safe_link(target: &str) -> bool {
    let lower = target.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "#"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// Renders Markdown to an HTML fragment. Raw HTML is shown as text; a link
/// whose target is not safe, and every image (nothing is fetched), become
/// their text.
pub fn render_html(markdown: &str) -> String {
    let mut unsafe_links = 0usize;
    let mut in_image = 0usize;
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { dest_url, .. }) if !is_safe_link(&dest_url) => {
            unsafe_links += 1;
            None
        }
        Event::End(TagEnd::Link) if unsafe_links > 0 => {
            unsafe_links -= 1;
            None
        }
        Event::Start(Tag::Image { .. }) => {
            in_image += 1;
            None
        }
        Event::End(TagEnd::Image) => {
            in_image = in_image.saturating_sub(1);
            None
        }
        other => Some(other),
    })
    .map(|event| match event {
        // An autolink written <javascript:…> would otherwise keep its scheme.
        Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: CowStr::from(dest_url.trim().to_owned()),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 5 / 4);
    html::push_html(&mut out, parser);
    out
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

    #[test]
    fn only_web_mail_and_anchor_links_are_live() {
        for hostile in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)",
            "[x](file:///etc/passwd)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
        ] {
            let out = render_html(hostile);
            assert!(!out.contains("<a "), "{hostile} became a link: {out}");
            assert!(
                out.contains('x') || out.contains("javascript"),
                "{hostile} keeps its text: {out}"
            );
        }
        for safe in [
            "[x](https://un.org)",
            "[x](mailto:desk@example.org)",
            "[x](#para-3)",
        ] {
            assert!(
                render_html(safe).contains("<a href="),
                "{safe} stays a link"
            );
        }
        let image = render_html("![chart](https://example.org/chart.png)");
        assert!(
            !image.contains("<img") && image.contains("chart"),
            "{image}"
        );
    }
}
