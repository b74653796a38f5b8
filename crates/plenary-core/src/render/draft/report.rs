//! The provenance report for capital, who clears a statement sentence by
//! sentence. Every format (the HTML page here, `report_docx`, the PDF in
//! `report_pdf`) writes the same report: a legend of the marks, a summary,
//! then each paragraph with its count of new sentences, and each sentence
//! with its mark (agreed, reused, edited, new, formula), its sources, the
//! statement that said it first leading, each with date, speaker, kind and
//! score, and for an edited sentence the word diff from its closest source.

use super::body::{paragraphs, BlockKind};
use super::format::DraftForExport;
use super::page::{draft_language, masthead, page, text_attributes};
use crate::model::{DiffKind, DiffOp, DraftSource, SentenceMark, SentenceSource};
use crate::render::escape;

/// The report as every format writes it.
pub(super) struct Report<'a> {
    pub summary: String,
    pub paragraphs: Vec<ReportParagraph<'a>>,
}

/// One paragraph of the draft in the report.
pub(super) struct ReportParagraph<'a> {
    /// "Paragraph 2 · 1 of 2 sentences new".
    pub heading: String,
    pub sentences: Vec<ReportSentence<'a>>,
}

/// One sentence, marked, with its sources.
pub(super) struct ReportSentence<'a> {
    pub mark: SentenceMark,
    /// As a reader sees it: its Markdown read as text.
    pub text: String,
    /// One line per source, the earliest first.
    pub sources: Vec<String>,
    pub diff: &'a [DiffOp],
}

/// The mark as the report shows it before a sentence: "[reused]".
pub(super) fn tag(mark: SentenceMark) -> String {
    format!("[{}]", mark.label())
}

/// The colour each mark is shown in, as RGB.
pub(super) fn mark_color(mark: SentenceMark) -> (u8, u8, u8) {
    match mark {
        SentenceMark::Agreed => (0x1f, 0x4e, 0x9a),
        SentenceMark::Reused => (0x2a, 0x6a, 0x2a),
        SentenceMark::Edited => (0x9a, 0x58, 0x00),
        SentenceMark::New => (0xb0, 0x24, 0x1b),
        SentenceMark::Formula => (0x66, 0x66, 0x66),
    }
}

/// The legend's lines: each mark and what it means.
pub(super) fn legend() -> Vec<(SentenceMark, String)> {
    SentenceMark::ALL
        .into_iter()
        .map(|mark| (mark, format!("{} {}", tag(mark), mark.meaning())))
        .collect()
}

/// The report of a draft's provenance.
pub(super) fn report<'a>(draft: &DraftForExport<'a>) -> Report<'a> {
    let mut counts = [0usize; 5];
    let mut sentences = 0;
    let paragraphs = draft
        .provenance
        .iter()
        .map(|p| {
            let total = p.sentences.len();
            sentences += total;
            for s in &p.sentences {
                if let Some(i) = SentenceMark::ALL.iter().position(|m| *m == s.mark) {
                    counts[i] += 1;
                }
            }
            ReportParagraph {
                heading: format!(
                    "Paragraph {} · {} of {total} {} new",
                    p.index + 1,
                    p.new_sentences,
                    plural(total, "sentence", "sentences")
                ),
                sentences: p
                    .sentences
                    .iter()
                    .map(|s| ReportSentence {
                        mark: s.mark,
                        text: as_read(&s.text),
                        sources: s
                            .sources
                            .iter()
                            .enumerate()
                            .map(|(i, source)| source_line(i, source))
                            .collect(),
                        diff: &s.diff,
                    })
                    .collect(),
            }
        })
        .collect::<Vec<_>>();
    let summary = match paragraphs.len() {
        0 => "The draft has no paragraphs yet.".to_owned(),
        n => {
            let marks: Vec<String> = SentenceMark::ALL
                .iter()
                .zip(counts)
                .map(|(mark, count)| format!("{count} {}", mark.label()))
                .collect();
            format!(
                "{n} {}, {sentences} {}: {}.",
                plural(n, "paragraph", "paragraphs"),
                plural(sentences, "sentence", "sentences"),
                marks.join(", ")
            )
        }
    };
    Report {
        summary,
        paragraphs,
    }
}

/// A sentence's Markdown as a reader sees it: emphasis marks dropped, a
/// list item led by its bullet or number.
fn as_read(markdown: &str) -> String {
    paragraphs(markdown)
        .iter()
        .map(|p| match &p.kind {
            BlockKind::ListItem {
                marker: Some(marker),
                ..
            } => format!("{marker} {}", p.text()),
            _ => p.text(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A source as one line: the first "First said", the rest "Repeated".
fn source_line(i: usize, source: &SentenceSource) -> String {
    let lead = match i {
        0 => "First said",
        _ => "Repeated",
    };
    let mut parts: Vec<String> = match &source.source {
        DraftSource::Passage { provenance } => [
            Some(
                provenance
                    .title
                    .clone()
                    .unwrap_or_else(|| "Untitled document".to_owned()),
            ),
            provenance.date.as_deref().map(long_date),
            provenance.speaker.clone(),
            provenance.kind.map(|k| k.name().to_owned()),
            Some(format!("paragraph {}", provenance.ordinal)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        DraftSource::TalkingPoint { title, .. } => vec![format!("talking point “{title}”")],
    };
    parts.extend(source.citation.clone());
    parts.push(percent(source.score));
    if source.inserted_at.is_some() {
        parts.push("inserted".to_owned());
    }
    format!("{lead}: {}", parts.join(" · "))
}

/// A score as the report writes it: 100% only for the same text, else
/// with its decimal (99.9% is not 100%).
pub(super) fn percent(score: f64) -> String {
    match score >= 100.0 {
        true => "100%".to_owned(),
        false => format!("{:.1}%", score.clamp(0.0, 99.9)),
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    match n {
        1 => one,
        _ => many,
    }
}

/// "2021-12-13" as "13 December 2021"; anything else as it is.
fn long_date(date: &str) -> String {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_or_else(|_| date.to_owned(), |d| d.format("%-d %B %Y").to_string())
}

const STYLE: &str = "body{font-size:12pt;line-height:1.5;max-width:46em;margin:2em auto;padding:0 1.5em;color:#111}\n\
h1{font-size:1.5em;margin:0 0 .2em}\n.header-line{color:#444;font-style:italic;margin:0}\n\
.summary{font-family:sans-serif;font-size:.9em;color:#333;margin:.6em 0 .4em}\n\
.legend{font-family:sans-serif;font-size:.85em;color:#333;margin:0 0 1.4em;padding-inline-start:1.2em}\n\
section{border-top:1px solid #ccc;padding:.6em 0 .8em}\n\
h2{font:600 .85em sans-serif;color:#555;margin:0 0 .4em}\n\
.sentences{margin:0;padding:0;list-style:none}\n.sentences>li{margin:0 0 .6em;break-inside:avoid;page-break-inside:avoid}\n\
.tag{font:700 .8em sans-serif;margin-inline-end:.4em}\n\
.sources{margin:.2em 0 0;padding-inline-start:1.6em;font-size:.88em;color:#444}\n\
.diff{margin:.2em 0 0 1.6em;font-size:.92em}\ndel{color:#b0241b}\nins{color:#2a6a2a}\n\
@page{margin:2cm}\n";

/// The report as an HTML page.
pub(super) fn html(draft: &DraftForExport) -> String {
    let report = report(draft);
    let mut top = masthead(draft, "Provenance: ");
    let mut intro = format!(
        "<p class=\"summary\">{}</p>\n<ul class=\"legend\">\n",
        escape(&report.summary)
    );
    for (mark, line) in legend() {
        intro.push_str(&format!(
            "<li{}>{}</li>\n",
            color_style(mark),
            escape(&line)
        ));
    }
    intro.push_str("</ul>\n");
    top.insert_str(top.len() - "</header>\n".len(), &intro);
    let mut content = top;
    content.push_str("<main>\n");
    for paragraph in &report.paragraphs {
        content.push_str(&format!(
            "<section>\n<h2>{}</h2>\n<ol class=\"sentences\">\n",
            escape(&paragraph.heading)
        ));
        for sentence in &paragraph.sentences {
            content.push_str(&sentence_html(sentence));
        }
        content.push_str("</ol>\n</section>\n");
    }
    content.push_str("</main>\n");
    let title = format!("Provenance: {}", draft.title_line());
    page(&title, draft_language(draft), STYLE, &content)
}

fn color_style(mark: SentenceMark) -> String {
    let (r, g, b) = mark_color(mark);
    format!(" style=\"color:#{r:02x}{g:02x}{b:02x}\"")
}

fn sentence_html(sentence: &ReportSentence) -> String {
    let mut out = format!(
        "<li class=\"{}\"><span class=\"tag\"{}>{}</span><span{}>{}</span>\n",
        sentence.mark.label(),
        color_style(sentence.mark),
        tag(sentence.mark),
        text_attributes(&sentence.text),
        escape(&sentence.text).replace('\n', "<br>\n")
    );
    if !sentence.diff.is_empty() {
        let ops: Vec<String> = sentence
            .diff
            .iter()
            .map(|op| match op.op {
                DiffKind::Equal => escape(&op.text),
                DiffKind::Delete => format!("<del>{}</del>", escape(&op.text)),
                DiffKind::Insert => format!("<ins>{}</ins>", escape(&op.text)),
            })
            .collect();
        out.push_str(&format!(
            "<p class=\"diff\"{}>{}</p>\n",
            text_attributes(&sentence.text),
            ops.join(" ")
        ));
    }
    if !sentence.sources.is_empty() {
        out.push_str("<ul class=\"sources\">\n");
        for line in &sentence.sources {
            out.push_str(&format!("<li><bdi>{}</bdi></li>\n", escape(line)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</li>\n");
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::fixtures::draft;
    use super::*;
    use crate::model::{Kind, ParagraphProvenance, Provenance, SentenceProvenance, Span};

    fn passage(date: &str, kind: Kind, title: &str) -> DraftSource {
        DraftSource::Passage {
            provenance: Provenance {
                document_id: 12,
                title: Some(title.into()),
                date: Some(date.into()),
                speaker: Some("Pakistan".into()),
                kind: Some(kind),
                passage_id: 340,
                ordinal: 4,
            },
        }
    }

    fn sentence(
        text: &str,
        mark: SentenceMark,
        sources: Vec<SentenceSource>,
    ) -> SentenceProvenance {
        SentenceProvenance {
            span: Span {
                start: 0,
                end: text.len(),
            },
            text: text.into(),
            mark,
            sources,
            diff: Vec::new(),
        }
    }

    /// A salutation; a paragraph with a sentence said in 2021 and repeated
    /// in 2024 and a new one; an edited Arabic sentence.
    pub(in super::super) fn provenance() -> Vec<ParagraphProvenance> {
        let repeated = "We remain concerned at the <b>frequency</b> of attacks.";
        let source = |source, score| SentenceSource {
            source,
            score,
            text: repeated.into(),
            citation: None,
            inserted_at: None,
        };
        let mut edited = sentence(
            "نرحب بالتقرير الختامي.",
            SentenceMark::Edited,
            vec![source(passage("2022-03-28", Kind::Statement, "بيان"), 85.7)],
        );
        edited.diff = vec![
            DiffOp {
                op: DiffKind::Equal,
                text: "نرحب بالتقرير".into(),
            },
            DiffOp {
                op: DiffKind::Insert,
                text: "الختامي".into(),
            },
        ];
        vec![
            ParagraphProvenance {
                index: 0,
                text: "Mr. Chair,".into(),
                formula: true,
                sources: vec![],
                sentences: vec![sentence("Mr. Chair,", SentenceMark::Formula, vec![])],
                new_sentences: 0,
            },
            ParagraphProvenance {
                index: 1,
                text: format!("{repeated} We pledge a workshop in 2026."),
                formula: false,
                sources: vec![],
                sentences: vec![
                    sentence(
                        repeated,
                        SentenceMark::Reused,
                        vec![
                            source(
                                passage(
                                    "2021-12-13",
                                    Kind::Statement,
                                    "Statement by Pakistan <OEWG>",
                                ),
                                100.0,
                            ),
                            source(
                                passage("2024-03-05", Kind::PressRelease, "Press release"),
                                99.9,
                            ),
                        ],
                    ),
                    sentence("We pledge a workshop in 2026.", SentenceMark::New, vec![]),
                ],
                new_sentences: 1,
            },
            ParagraphProvenance {
                index: 2,
                text: "نرحب بالتقرير الختامي.".into(),
                formula: false,
                sources: vec![],
                sentences: vec![edited],
                new_sentences: 0,
            },
        ]
    }

    #[test]
    fn each_sentence_marked_with_its_sources_earliest_first_and_a_legend() {
        let paragraphs = provenance();
        let mut report = draft("Statement on norms", "");
        report.provenance = &paragraphs;
        let out = html(&report);
        let order = [
            "<h1 dir=\"auto\">Provenance: Statement on norms</h1>",
            "3 paragraphs, 4 sentences: 0 agreed, 1 reused, 1 edited, 1 new, 1 formula.",
            "[agreed] quotes agreed language word for word",
            "[formula] a salutation or closing",
            "Paragraph 1 · 0 of 1 sentence new",
            "[formula]",
            "Mr. Chair,",
            "Paragraph 2 · 1 of 2 sentences new",
            "[reused]",
            "We remain concerned at the &lt;b&gt;frequency&lt;/b&gt; of attacks.",
            "First said: Statement by Pakistan &lt;OEWG&gt; · 13 December 2021 · Pakistan · statement · paragraph 4 · 100%",
            "Repeated: Press release · 5 March 2024 · Pakistan · press release · paragraph 4 · 99.9%",
            "[new]",
            "We pledge a workshop in 2026.",
            "[edited]",
            "<span lang=\"ar\" dir=\"rtl\">نرحب بالتقرير الختامي.</span>",
            "نرحب بالتقرير <ins>الختامي</ins>",
            "85.7%",
        ];
        super::super::fixtures::assert_in_order(&out, &order);
        assert!(!out.contains("<b>"), "{out}");
    }

    #[test]
    fn no_paragraphs_says_so() {
        let out = html(&draft("Statement", ""));
        assert!(out.contains("The draft has no paragraphs yet."), "{out}");
        assert_eq!(percent(100.0), "100%");
        assert_eq!(percent(99.95), "99.9%");
        assert_eq!(percent(86.66), "86.7%");
    }
}
