//! The Markdown export: "Check against delivery" when asked for, `#
//! Title`, the heading's lines, then the body as the drafter wrote it.
//! What would be live when the file is rendered elsewhere is escaped with
//! a backslash, so it reads as text: Markdown's marks in the title and
//! heading, raw HTML in the body, and links in the body whose target is
//! not a web, mail or anchor link.

use super::format::DraftForExport;
use crate::render::is_safe_link;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

pub(super) fn write(draft: &DraftForExport) -> String {
    let mut out = String::new();
    if draft.check_against_delivery {
        out.push_str(&format!("*{}*\n\n", draft.check_against_delivery_line()));
    }
    out.push_str(&format!("# {}\n", plain_line(&draft.title_line())));
    let heading = draft.heading_lines();
    if !heading.is_empty() {
        out.push('\n');
        // Two spaces end a line inside one paragraph.
        let lines: Vec<String> = heading.iter().map(|l| plain_line(l)).collect();
        out.push_str(&lines.join("  \n"));
        out.push('\n');
    }
    let body = inert_body(draft.body);
    let body = body.trim();
    if !body.is_empty() {
        out.push('\n');
        out.push_str(body);
        out.push('\n');
    }
    out
}

/// A line of plain text that Markdown shows as it is.
fn plain_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '&' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line opening like a list item or a heading underline.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// The body with a backslash before each `<` of raw HTML and before the
/// opening of each link to an unsafe target.
fn inert_body(body: &str) -> String {
    let mut cuts = Vec::new();
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => cuts.extend(
                body[range.clone()]
                    .match_indices('<')
                    .map(|(i, _)| range.start + i),
            ),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if link_type != LinkType::Email && !is_safe_link(&dest_url) => {
                cuts.push(range.start)
            }
            _ => {}
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(body.len() + cuts.len());
    let mut from = 0;
    for cut in cuts {
        out.push_str(&body[from..cut]);
        out.push('\\');
        from = cut;
    }
    out.push_str(&body[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::draft;
    use super::*;
    use crate::render::render_html;

    #[test]
    fn title_header_then_the_body_as_written() {
        let body = "Mr. Chair,\n\nWe **welcome** the report.\n";
        let mut checked = draft("Statement on norms", body);
        checked.check_against_delivery = true;
        assert_eq!(
            write(&checked),
            "*Check against delivery*\n\n# Statement on norms\n\nPakistan  \n\
             OEWG 2021-2025, Eleventh substantive session  \nNew York, 7 July 2025\n\n\
             Mr. Chair,\n\nWe **welcome** the report.\n"
        );
    }

    #[test]
    fn nothing_renders_live() {
        let body = "Hi <script>alert(1)</script>\n\n<div onclick=x>\nblock\n</div>\n\n\
                    [a](javascript:alert(1)) <javascript:alert(2)> [ok](https://un.org)";
        let out = write(&draft("<script>t</script> *x* #1", body));
        assert!(
            out.starts_with("# \\<script\\>t\\</script\\> \\*x\\* \\#1\n"),
            "{out}"
        );
        let shown = render_html(&out);
        assert!(
            !shown.contains("<script") && !shown.contains("<div"),
            "{shown}"
        );
        assert!(!shown.contains("javascript:alert(1)\""), "{shown}");
        assert!(!shown.contains("href=\"javascript"), "{shown}");
        assert!(shown.contains("href=\"https://un.org\""), "{shown}");
        assert!(
            shown.contains("&lt;script&gt;t&lt;/script&gt; *x* #1"),
            "{shown}"
        );
    }

    #[test]
    fn a_header_line_never_becomes_a_list() {
        assert_eq!(plain_line("- a"), "\\- a");
        assert_eq!(plain_line("3. March"), "3\\. March");
    }
}
