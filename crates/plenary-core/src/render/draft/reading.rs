//! The podium reading copy: an HTML page to print and read from. Large
//! type (21 pt) with wide margins; running paragraphs numbered in the
//! margin (not the salutation, the closing or headings); the title, the
//! header line and the estimated speaking time at the top; and a time mark
//! every 30 seconds of speech.
//!
//! Time marks: the draft is spoken at `words_per_minute`, word by word in
//! reading order (words counted as the speaking-time meter counts them,
//! `text::tokens`, every paragraph included). The mark for `t` seconds
//! stands before the word being spoken at `t`: the word whose index,
//! counted from 0 over the whole body, is ⌊t · wpm / 60⌋, so at 130 words a
//! minute "0:30" stands before the 66th word and "1:00" before the 131st.
//! The time itself is printed in the margin beside that line.

use super::body::{BlockKind, Formula, Paragraph};
use super::format::DraftForExport;
use super::page::{draft_language, masthead, page, runs_html, text_attributes};
use crate::model::{Error, Result};
use crate::render::escape;
use crate::text::tokens::tokenize;

/// Seconds of speech between two time marks.
const MARK_EVERY: usize = 30;
/// A paragraph of at most this many words is never split across pages.
const SHORT: usize = 80;

const STYLE: &str = "body{font-size:21pt;line-height:1.6;max-width:34em;margin:0 auto;padding:1.5em 4.5em;color:#000}\n\
h1{font-size:1.25em;line-height:1.3;margin:0 0 .3em}\n\
.header-line{font-size:.8em;margin:0}\n\
.timing{font:.65em/1.4 sans-serif;color:#333;margin:.5em 0 1.6em}\n\
h2{font-size:1em;margin:1.2em 0 .6em;break-after:avoid;page-break-after:avoid}\n\
.para{position:relative;margin:0 0 .9em}\n\
.keep{break-inside:avoid;page-break-inside:avoid}\n\
.num{position:absolute;top:.55em;inset-inline-start:-4.6em;width:3.4em;text-align:end;font:.65em/1 sans-serif;color:#555}\n\
.marker{margin-inline-end:.4em}\n\
.mark::before{content:\"\";display:inline-block;height:.9em;border-inline-start:2px solid #888;vertical-align:-.1em;margin-inline-end:.12em}\n\
.time{position:absolute;inset-inline-end:-6.4em;width:5em;font:.6em/2.7 sans-serif;color:#555;text-align:start}\n\
@page{size:A4;margin:2cm}\n\
@media print{body{max-width:none;padding:0 4em}}\n";

/// When the draft is spoken: the time marks of each paragraph (the byte
/// offset of the word each stands before, and its time in seconds), and
/// the words and rate.
pub(super) struct Timing {
    pub marks: Vec<Vec<(usize, usize)>>,
    pub words: usize,
    pub words_per_minute: usize,
}

impl Timing {
    /// "About 3:07 to deliver: 405 words at 130 words a minute".
    pub fn summary(&self) -> String {
        let seconds = (self.words * 60 + self.words_per_minute / 2) / self.words_per_minute;
        format!(
            "About {} to deliver: {} words at {} words a minute",
            clock(seconds),
            self.words,
            self.words_per_minute
        )
    }
}

/// The draft's timing at its rate (see the module doc); a rate of 0 is
/// refused.
pub(super) fn timing(draft: &DraftForExport, paragraphs: &[Paragraph]) -> Result<Timing> {
    let wpm = match draft.words_per_minute {
        0 => {
            return Err(Error::field(
                "words_per_minute",
                "must be at least 1 to time the reading copy",
            ))
        }
        wpm => wpm as usize,
    };
    let mut spoken = 0;
    let mut next_mark = 1;
    let mut marks = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let words = tokenize(&paragraph.text());
        let mut here = Vec::new();
        while let Some(word) = (next_mark * MARK_EVERY * wpm / 60)
            .checked_sub(spoken)
            .and_then(|index| words.get(index))
        {
            here.push((word.span.start, next_mark * MARK_EVERY));
            next_mark += 1;
        }
        spoken += words.len();
        marks.push(here);
    }
    Ok(Timing {
        marks,
        words: spoken,
        words_per_minute: wpm,
    })
}

/// True for a paragraph the reading copy numbers: not a heading, not a
/// salutation or closing.
pub(super) fn is_numbered(paragraph: &Paragraph) -> bool {
    !matches!(paragraph.kind, BlockKind::Heading(_)) && paragraph.formula.is_none()
}

/// True for a paragraph short enough never to be split across pages.
pub(super) fn is_short(paragraph: &Paragraph) -> bool {
    tokenize(&paragraph.text()).len() <= SHORT
}

/// The reading copy as a page.
pub(super) fn html(draft: &DraftForExport, paragraphs: &[Paragraph]) -> Result<String> {
    let timing = timing(draft, paragraphs)?;
    let mut content = String::from("<main>\n");
    let mut number = 0;
    for (paragraph, marks) in paragraphs.iter().zip(&timing.marks) {
        let text = paragraph.text();
        let marks: Vec<(usize, String)> = marks
            .iter()
            .map(|(offset, seconds)| (*offset, mark(*seconds)))
            .collect();
        let runs = runs_html(&paragraph.runs, &marks);
        let attributes = text_attributes(&text);
        let keep = match is_short(paragraph) {
            true => " keep",
            false => "",
        };
        content.push_str(&match (&paragraph.kind, paragraph.formula) {
            (BlockKind::Heading(_), _) => format!("<h2{attributes}>{runs}</h2>\n"),
            (_, Some(formula)) => {
                let class = match formula {
                    Formula::Salutation => "salutation",
                    Formula::Closing => "closing",
                };
                format!("<p class=\"para {class}{keep}\"{attributes}>{runs}</p>\n")
            }
            (kind, None) => {
                number += 1;
                let marker = match kind {
                    BlockKind::ListItem {
                        marker: Some(marker),
                        ..
                    } => format!("<span class=\"marker\">{}</span>", escape(marker)),
                    _ => String::new(),
                };
                format!(
                    "<p class=\"para{keep}\"{attributes}><span class=\"num\">{number}</span>{marker}{runs}</p>\n"
                )
            }
        });
    }
    content.push_str("</main>\n");
    let mut top = masthead(draft, "");
    let line = format!(
        "<p class=\"timing\" lang=\"en\" dir=\"ltr\">{}</p>\n",
        timing.summary()
    );
    top.insert_str(top.len() - "</header>\n".len(), &line);
    top.push_str(&content);
    Ok(page(
        &draft.title_line(),
        draft_language(draft),
        STYLE,
        &top,
    ))
}

/// The markup of the time mark for `seconds` into the speech.
fn mark(seconds: usize) -> String {
    format!(
        "<span class=\"mark\"><span class=\"time\">{}</span></span>",
        clock(seconds)
    )
}

/// Minutes and seconds: "0:30", "12:05".
pub(super) fn clock(seconds: usize) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::super::body::paragraphs;
    use super::super::fixtures::draft;
    use super::*;

    /// "Mr. Chair," then four paragraphs of 100 words, w1 … w400, then
    /// "I thank you.": 405 words.
    fn statement() -> String {
        let mut body = String::from("Mr. Chair,\n\n");
        for p in 0..4 {
            let words: Vec<String> = (1..=100).map(|i| format!("w{}", p * 100 + i)).collect();
            body.push_str(&words.join(" "));
            body.push_str("\n\n");
        }
        body.push_str("I thank you.");
        body
    }

    fn reading(body: &str) -> String {
        html(&draft("Statement", body), &paragraphs(body)).unwrap()
    }

    #[test]
    fn a_time_mark_every_30_seconds_at_130_words_a_minute() {
        let out = reading(&statement());
        // Mark k stands before word 65·k (from 0); "Mr. Chair," are words 0 and 1.
        let mut at = 0;
        for (k, label) in ["0:30", "1:00", "1:30", "2:00", "2:30", "3:00"]
            .iter()
            .enumerate()
        {
            let word = 65 * (k + 1) - 1;
            let expected = format!("{}w{word} ", mark(30 * (k + 1)));
            let found = out[at..]
                .find(&expected)
                .unwrap_or_else(|| panic!("{label} before w{word}, after {at}: {out}"));
            at += found + expected.len();
            assert_eq!(
                mark(30 * (k + 1)),
                format!("<span class=\"mark\"><span class=\"time\">{label}</span></span>")
            );
        }
        assert_eq!(
            out.matches("class=\"time\"").count(),
            6,
            "405 words last 3:07: {out}"
        );
        assert!(
            out.contains("About 3:07 to deliver: 405 words at 130 words a minute"),
            "{out}"
        );
    }

    #[test]
    fn running_paragraphs_are_numbered_and_the_formulas_are_not() {
        let out = reading(&statement());
        let salutation = out.lines().find(|l| l.contains("Mr. Chair,")).unwrap();
        assert!(!salutation.contains("class=\"num\""), "{salutation}");
        assert!(salutation.contains("salutation"), "{salutation}");
        let closing = out.lines().find(|l| l.contains("I thank you.")).unwrap();
        assert!(!closing.contains("class=\"num\""), "{closing}");
        for (n, first) in [(1, 1), (2, 101), (3, 201), (4, 301)] {
            assert!(
                out.contains(&format!("<span class=\"num\">{n}</span>w{first} ")),
                "{n}: {out}"
            );
        }
        assert!(!out.contains("<span class=\"num\">5</span>"));
    }

    #[test]
    fn print_css_large_type_and_wide_margins() {
        let out = reading("We welcome the report.");
        for rule in [
            "font-size:21pt",
            "@page{",
            "break-inside:avoid",
            "padding:1.5em 4.5em",
        ] {
            assert!(out.contains(rule), "{rule}");
        }
        assert!(out.contains("<p class=\"para keep\" dir=\"auto\"><span class=\"num\">1</span>We welcome the report.</p>"), "{out}");
    }

    #[test]
    fn an_empty_draft_takes_no_time_and_a_zero_rate_is_refused() {
        let out = reading("");
        assert!(out.contains("About 0:00 to deliver: 0 words"), "{out}");
        let mut zero = draft("Statement", "Mr. Chair,");
        zero.words_per_minute = 0;
        let refused = html(&zero, &[]).unwrap_err().to_string();
        assert!(refused.starts_with("words_per_minute:"), "{refused}");
    }

    #[test]
    fn an_odd_rate_marks_the_word_being_spoken() {
        // 131 words a minute: 30 s fall inside word 65 (65.5 words spoken).
        let body: Vec<String> = (0..100).map(|i| format!("v{i}")).collect();
        let mut fast = draft("Statement", "");
        let body = body.join(" ");
        fast.body = &body;
        fast.words_per_minute = 131;
        let out = html(&fast, &paragraphs(&body)).unwrap();
        assert!(out.contains(&format!("{}v65 ", mark(30))), "{out}");
    }
}
