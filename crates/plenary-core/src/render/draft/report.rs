//! The provenance report for capital: an HTML page that lists each
//! paragraph of the draft, as `provenance` gives them, with where its
//! language came from: each source's title, date, speaker, document and
//! paragraph number, its score against the paragraph now, and when it was
//! inserted and at what score; or "New language".

use super::format::DraftForExport;
use super::page::{draft_language, masthead, page, text_attributes};
use crate::model::{DraftSource, ParagraphProvenance, ParagraphSource};
use crate::render::escape;

const STYLE: &str = "body{font-size:12pt;line-height:1.5;max-width:46em;margin:2em auto;padding:0 1.5em;color:#111}\n\
h1{font-size:1.5em;margin:0 0 .2em}\n.header-line{color:#444;font-style:italic;margin:0}\n\
.summary{font-family:sans-serif;font-size:.9em;color:#333;margin:.6em 0 1.6em}\n\
section{border-top:1px solid #ccc;padding:.6em 0 .8em;break-inside:avoid;page-break-inside:avoid}\n\
h2{font:600 .85em sans-serif;color:#555;margin:0 0 .3em}\n\
blockquote{margin:0 0 .5em;padding-inline-start:.8em;border-inline-start:3px solid #999}\n\
ul{margin:0;padding-inline-start:1.2em;font-size:.92em}\nli{margin:.2em 0}\n\
.where,.scores{color:#444}\n.new{font-style:italic;color:#2a6a2a;margin:0;font-size:.92em}\n\
@page{margin:2cm}\n";

pub(super) fn html(draft: &DraftForExport) -> String {
    let mut top = masthead(draft, "Provenance: ");
    let sourced = draft
        .provenance
        .iter()
        .filter(|p| !p.sources.is_empty())
        .count();
    let formulas = draft
        .provenance
        .iter()
        .filter(|p| p.sources.is_empty() && p.formula)
        .count();
    let summary = match draft.provenance.len() {
        0 => "The draft has no paragraphs yet.".to_owned(),
        total => format!(
            "{total} {}: {sourced} with earlier language, {} new language{}.",
            plural(total, "paragraph", "paragraphs"),
            total - sourced - formulas,
            match formulas {
                0 => String::new(),
                n => format!(", {n} {}", plural(n, "formula", "formulas")),
            }
        ),
    };
    top.insert_str(
        top.len() - "</header>\n".len(),
        &format!("<p class=\"summary\">{summary}</p>\n"),
    );
    let mut content = top;
    content.push_str("<main>\n");
    for paragraph in draft.provenance {
        content.push_str(&paragraph_html(paragraph));
    }
    content.push_str("</main>\n");
    let title = format!("Provenance: {}", draft.title_line());
    page(&title, draft_language(draft), STYLE, &content)
}

fn paragraph_html(paragraph: &ParagraphProvenance) -> String {
    let mut out = format!(
        "<section>\n<h2>Paragraph {}</h2>\n<blockquote{}>{}</blockquote>\n",
        paragraph.index + 1,
        text_attributes(&paragraph.text),
        escape(&paragraph.text).replace('\n', "<br>\n")
    );
    if paragraph.sources.is_empty() && paragraph.formula {
        out.push_str("<p class=\"new\">Formula</p>\n");
    } else if paragraph.sources.is_empty() {
        out.push_str("<p class=\"new\">New language</p>\n");
    } else {
        out.push_str("<ul>\n");
        for source in &paragraph.sources {
            out.push_str(&source_html(source));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

fn source_html(source: &ParagraphSource) -> String {
    let (name, details, place) = match &source.source {
        DraftSource::Passage { provenance } => {
            let title = provenance.title.as_deref().unwrap_or("Untitled document");
            let details: Vec<String> = [
                provenance.date.as_deref().map(long_date),
                provenance.speaker.clone(),
                provenance.kind.map(|k| k.name().to_owned()),
            ]
            .into_iter()
            .flatten()
            .collect();
            let place = format!(
                "Document {}, paragraph {}",
                provenance.document_id, provenance.ordinal
            );
            (title.to_owned(), details, place)
        }
        DraftSource::TalkingPoint { id, title } => (
            format!("Talking point: {title}"),
            Vec::new(),
            format!("Talking point {id}"),
        ),
    };
    let mut scores = format!("Now {} similar", percent(source.score));
    match (&source.inserted_at, source.inserted_score) {
        (Some(at), Some(score)) => scores.push_str(&format!(
            "; inserted {} at {}",
            long_time(at),
            percent(score)
        )),
        (Some(at), None) => scores.push_str(&format!("; inserted {}", long_time(at))),
        (None, _) => scores.push_str("; typed, not inserted"),
    }
    let mut out = format!(
        "<li>\n<cite{}>{}</cite>",
        text_attributes(&name),
        escape(&name)
    );
    for detail in details {
        out.push_str(&format!(" · <bdi>{}</bdi>", escape(&detail)));
    }
    out.push_str(&format!(
        "<br>\n<span class=\"where\">{}</span><br>\n<span class=\"scores\">{}</span>\n</li>\n",
        escape(&place),
        escape(&scores)
    ));
    out
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    match n {
        1 => one,
        _ => many,
    }
}

fn percent(score: f64) -> String {
    format!("{:.0}%", score.clamp(0.0, 100.0))
}

/// "2021-12-13" as "13 December 2021"; anything else as it is.
fn long_date(date: &str) -> String {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_or_else(|_| date.to_owned(), |d| d.format("%-d %B %Y").to_string())
}

/// An RFC 3339 time as "3 March 2025, 14:05 UTC"; anything else as it is.
fn long_time(time: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(time).map_or_else(
        |_| time.to_owned(),
        |t| {
            t.with_timezone(&chrono::Utc)
                .format("%-d %B %Y, %H:%M UTC")
                .to_string()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::draft;
    use super::*;
    use crate::model::{Kind, Provenance};

    fn provenance() -> Vec<ParagraphProvenance> {
        let passage = DraftSource::Passage {
            provenance: Provenance {
                document_id: 12,
                title: Some("Statement by Pakistan <OEWG>".into()),
                date: Some("2021-12-13".into()),
                speaker: Some("Pakistan".into()),
                kind: Some(Kind::Statement),
                passage_id: 340,
                ordinal: 4,
            },
        };
        vec![
            ParagraphProvenance {
                index: 0,
                text: "Mr. Chair,".into(),
                formula: true,
                sources: vec![],
                sentences: vec![],
                new_sentences: 0,
            },
            ParagraphProvenance {
                index: 1,
                text: "We remain concerned at the <b>frequency</b> of attacks.".into(),
                formula: false,
                sources: vec![
                    ParagraphSource {
                        source: passage,
                        score: 86.6,
                        inserted_at: Some("2025-03-01T14:05:09Z".into()),
                        inserted_score: Some(100.0),
                    },
                    ParagraphSource {
                        source: DraftSource::TalkingPoint {
                            id: 3,
                            title: "Attacks on hospitals".into(),
                        },
                        score: 41.0,
                        inserted_at: None,
                        inserted_score: None,
                    },
                ],
                sentences: vec![],
                new_sentences: 0,
            },
            ParagraphProvenance {
                index: 2,
                text: "نرحب بالتقرير.".into(),
                formula: false,
                sources: vec![],
                sentences: vec![],
                new_sentences: 0,
            },
        ]
    }

    #[test]
    fn each_paragraph_with_its_sources_or_new_language() {
        let paragraphs = provenance();
        let mut report = draft("Statement on norms", "");
        report.provenance = &paragraphs;
        let out = html(&report);
        let order = [
            "<h1 dir=\"auto\">Provenance: Statement on norms</h1>",
            "3 paragraphs: 1 with earlier language, 1 new language, 1 formula.",
            "Paragraph 1",
            "Mr. Chair,",
            "Formula",
            "Paragraph 2",
            "We remain concerned at the &lt;b&gt;frequency&lt;/b&gt; of attacks.",
            "<cite dir=\"auto\">Statement by Pakistan &lt;OEWG&gt;</cite> · <bdi>13 December 2021</bdi> · <bdi>Pakistan</bdi> · <bdi>statement</bdi>",
            "Document 12, paragraph 4",
            "Now 87% similar; inserted 1 March 2025, 14:05 UTC at 100%",
            "Talking point: Attacks on hospitals",
            "Now 41% similar; typed, not inserted",
            "Paragraph 3",
            "<blockquote lang=\"ar\" dir=\"rtl\">نرحب بالتقرير.</blockquote>",
            "New language",
        ];
        super::super::fixtures::assert_in_order(&out, &order);
        assert!(!out.contains("<b>"), "{out}");
    }

    #[test]
    fn no_paragraphs_says_so() {
        let out = html(&draft("Statement", ""));
        assert!(out.contains("The draft has no paragraphs yet."), "{out}");
    }
}
