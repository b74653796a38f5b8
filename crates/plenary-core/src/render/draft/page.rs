//! The HTML every draft page shares, and the plain HTML export. A page
//! stands alone: its style is inline, it loads nothing, and its
//! Content-Security-Policy forbids script and every remote resource. Each
//! paragraph carries its own direction (`dir="auto"`, or `rtl` for Arabic)
//! and, when its script tells, its language, so an Arabic paragraph runs
//! right to left and a Chinese one takes a Chinese font.

use super::body::{BlockKind, Formula, Paragraph, Run};
use super::format::DraftForExport;
use crate::render::escape;
use crate::text::tokens::is_cjk;

/// A complete page: `lang` is the page's language, `style` its CSS and
/// `content` what goes inside `<body>`, already escaped.
pub(super) fn page(title: &str, lang: Option<&str>, style: &str, content: &str) -> String {
    let (lang, dir) = match lang {
        Some("ar") => ("ar", "rtl"),
        Some(lang) => (lang, "ltr"),
        None => ("und", "ltr"),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{FONTS}{style}</style>\n</head>\n<body>\n{content}</body>\n</html>\n",
        escape(title)
    )
}

/// Font stacks for the six languages, from fonts a reader's system has;
/// Arabic set an eighth larger, where its letters match Latin ones in size.
const FONTS: &str =
    "body{font-family:\"Noto Serif\",\"Source Serif 4\",Georgia,\"Times New Roman\",serif}\n\
:lang(ar){font-family:\"Noto Naskh Arabic\",\"Noto Sans Arabic\",\"Traditional Arabic\",serif}\n\
:lang(zh){font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",SimSun,serif}\n\
body [lang=ar]{font-size:1.12em}\n.check{text-align:end;font-weight:600;margin:0 0 1em}\n";

const STYLE: &str = "body{font-size:12pt;line-height:1.5;max-width:42em;margin:2em auto;padding:0 1.5em;color:#111}\n\
h1{font-size:1.6em;margin:0 0 .2em}\n.header-line{color:#444;font-style:italic;margin:0}\nheader{margin-bottom:1.5em}\n\
.item{padding-inline-start:1.5em}\n.depth-2{padding-inline-start:3em}\n.depth-3{padding-inline-start:4.5em}\n.marker{display:inline-block;min-width:1.5em;margin-inline-start:-1.5em}\n\
.quote{margin-inline-start:2em;color:#333}\npre{white-space:pre-wrap;font-family:monospace}\n\
@page{margin:2.5cm}\n";

/// The language a text's letters are mostly written in, when the script
/// tells it among the UN's six: Arabic, Chinese (Han or kana) or Russian
/// (Cyrillic). Latin letters do not tell English from French or Spanish.
pub(super) fn script_language(text: &str) -> Option<&'static str> {
    let (mut arabic, mut chinese, mut cyrillic, mut other) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => arabic += 1,
            0x0400..=0x052F => cyrillic += 1,
            _ if is_cjk(c) => chinese += 1,
            _ => other += 1,
        }
    }
    let (count, lang) = [(arabic, "ar"), (chinese, "zh"), (cyrillic, "ru")]
        .into_iter()
        .max_by_key(|(count, _)| *count)?;
    (count > 0 && count > other).then_some(lang)
}

/// ` lang=".." dir=".."` for an element holding `text`.
pub(super) fn text_attributes(text: &str) -> String {
    match script_language(text) {
        Some("ar") => " lang=\"ar\" dir=\"rtl\"".to_owned(),
        Some(lang) => format!(" lang=\"{lang}\" dir=\"auto\""),
        None => " dir=\"auto\"".to_owned(),
    }
}

/// The page's language: the draft's, or for a draft without one the
/// script of its title and body, if that tells.
pub(super) fn draft_language(draft: &DraftForExport) -> Option<&'static str> {
    match draft.language {
        Some(language) => Some(language.code()),
        None => script_language(&format!("{} {}", draft.title, draft.body)),
    }
}

/// A paragraph's runs as HTML, with `marks` (byte offsets into the
/// paragraph's text, in order, and the markup to put there) inserted
/// between its words.
pub(super) fn runs_html(runs: &[Run], marks: &[(usize, String)]) -> String {
    let mut out = String::new();
    let mut marks = marks.iter().peekable();
    let mut at = 0;
    for run in runs {
        let (open, close) = match (run.bold, run.italic) {
            (true, true) => ("<strong><em>", "</em></strong>"),
            (true, false) => ("<strong>", "</strong>"),
            (false, true) => ("<em>", "</em>"),
            (false, false) => ("", ""),
        };
        out.push_str(open);
        let mut from = 0;
        while let Some((offset, markup)) =
            marks.next_if(|(offset, _)| *offset < at + run.text.len())
        {
            let cut = offset.saturating_sub(at).max(from);
            out.push_str(&text_html(&run.text[from..cut]));
            out.push_str(markup);
            from = cut;
        }
        out.push_str(&text_html(&run.text[from..]));
        out.push_str(close);
        at += run.text.len();
    }
    for (_, markup) in marks {
        out.push_str(markup);
    }
    out
}

/// Escaped text, its line breaks as `<br>`.
fn text_html(text: &str) -> String {
    escape(text).replace('\n', "<br>\n")
}

/// What stands at the top of every page: "Check against delivery" when
/// asked for, the title, and the heading's lines.
pub(super) fn masthead(draft: &DraftForExport, title_prefix: &str) -> String {
    let title = draft.title_line();
    let mut out = String::from("<header>\n");
    if draft.check_against_delivery {
        out.push_str(&format!(
            "<p class=\"check\">{}</p>\n",
            draft.check_against_delivery_line()
        ));
    }
    out.push_str(&format!(
        "<h1{}>{}{}</h1>\n",
        text_attributes(&title),
        escape(title_prefix),
        escape(&title)
    ));
    for line in draft.heading_lines() {
        out.push_str(&format!(
            "<p class=\"header-line\"{}>{}</p>\n",
            text_attributes(&line),
            escape(&line)
        ));
    }
    out.push_str("</header>\n");
    out
}

/// The draft as a standalone page: the title, the heading and the body.
pub(super) fn html(draft: &DraftForExport, paragraphs: &[Paragraph]) -> String {
    let mut content = masthead(draft, "");
    content.push_str("<main>\n");
    for paragraph in paragraphs {
        content.push_str(&paragraph_html(paragraph));
    }
    content.push_str("</main>\n");
    page(&draft.title_line(), draft_language(draft), STYLE, &content)
}

fn paragraph_html(paragraph: &Paragraph) -> String {
    let attributes = text_attributes(&paragraph.text());
    let runs = runs_html(&paragraph.runs, &[]);
    let quote = match paragraph.quoted {
        true => " quote",
        false => "",
    };
    match &paragraph.kind {
        BlockKind::Heading(level) => {
            let h = (level + 1).min(6);
            format!("<h{h}{attributes}>{runs}</h{h}>\n")
        }
        BlockKind::Code => format!("<pre class=\"code{quote}\"{attributes}>{runs}</pre>\n"),
        BlockKind::ListItem { marker, depth } => format!(
            "<p class=\"item depth-{}{quote}\"{attributes}><span class=\"marker\">{}</span>{runs}</p>\n",
            (*depth).min(3),
            escape(marker.as_deref().unwrap_or(""))
        ),
        BlockKind::Paragraph => {
            let class = match paragraph.formula {
                Some(Formula::Salutation) => " class=\"salutation\"".to_owned(),
                Some(Formula::Closing) => " class=\"closing\"".to_owned(),
                None if paragraph.quoted => " class=\"quote\"".to_owned(),
                None => String::new(),
            };
            format!("<p{class}{attributes}>{runs}</p>\n")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::body::paragraphs;
    use super::super::fixtures::draft;
    use super::*;

    #[test]
    fn the_page_holds_title_header_and_paragraphs_in_order() {
        let body = "Mr. Chair,\n\nWe **welcome** the report.\n\n- one\n- two\n\nI thank you.";
        let out = html(&draft("Statement on norms", body), &paragraphs(body));
        let order = [
            "<h1 dir=\"auto\">Statement on norms</h1>",
            "Pakistan</p>",
            "OEWG 2021-2025, Eleventh substantive session</p>",
            "New York, 7 July 2025</p>",
            "Mr. Chair,",
            "We <strong>welcome</strong> the report.",
            "one",
            "two",
            "I thank you.",
        ];
        super::super::fixtures::assert_in_order(&out, &order);
        assert!(out.starts_with("<!DOCTYPE html>") && out.ends_with("</html>\n"));
        assert!(out.contains("default-src 'none'"));
        assert!(
            !out.contains("http://") && !out.contains("https://"),
            "nothing remote"
        );
    }

    #[test]
    fn scripts_set_language_and_direction() {
        let body = "السيد الرئيس، نرحب بالتقرير.\n\n我们欢迎这份报告。\n\nМы приветствуем доклад.\n\nA/75/816: نرحب بالتقرير الختامي للفريق";
        let out = html(&draft("Заявление", body), &paragraphs(body));
        assert!(
            out.contains("<p lang=\"ar\" dir=\"rtl\">السيد الرئيس، نرحب بالتقرير.</p>"),
            "{out}"
        );
        assert!(
            out.contains("<p lang=\"zh\" dir=\"auto\">我们欢迎这份报告。</p>"),
            "{out}"
        );
        assert!(
            out.contains("<p lang=\"ru\" dir=\"auto\">Мы приветствуем доклад.</p>"),
            "{out}"
        );
        assert!(
            out.contains("<p lang=\"ar\" dir=\"rtl\">A/75/816:"),
            "{out}"
        );
        assert_eq!(script_language("We welcome the report"), None);
    }

    #[test]
    fn marks_fall_between_words_and_runs() {
        let runs = paragraphs("one **two** three")[0].runs.clone();
        let marks = vec![(4, "|A|".to_owned()), (8, "|B|".to_owned())];
        assert_eq!(
            runs_html(&runs, &marks),
            "one <strong>|A|two</strong> |B|three"
        );
    }
}
