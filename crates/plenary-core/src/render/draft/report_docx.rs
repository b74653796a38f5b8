//! The provenance report as a Word document: the report of `report`, in the
//! Word export's house style (`docx`): the heading block, the summary and
//! the legend, then each paragraph (Heading 2) and each of its sentences
//! led by its coloured mark, with the word diff of an edited sentence
//! (struck and underlined words) and its sources, the earliest first.

use super::docx::{blank_document, directed, heading_block, pack};
use super::format::DraftForExport;
use super::report::{legend, mark_color, report, tag, ReportSentence};
use crate::model::{DiffKind, Result, SentenceMark};
use docx_rs::{Paragraph, Run};

/// Twips: the indent of a sentence's diff and sources.
const INDENT: i32 = 360;
/// Half-points: the size of the legend, summary and sources (10 pt).
const SMALL: usize = 20;

/// The report as the bytes of a .docx file.
pub(super) fn write(draft: &DraftForExport) -> Result<Vec<u8>> {
    let report = report(draft);
    let mut doc = heading_block(blank_document(), draft, "Provenance: ");
    doc = doc.add_paragraph(
        Paragraph::new().add_run(Run::new().add_text(&report.summary).italic().size(SMALL)),
    );
    for (mark, line) in legend() {
        doc = doc.add_paragraph(
            Paragraph::new().add_run(colored(Run::new().add_text(line).size(SMALL), mark)),
        );
    }
    for paragraph in &report.paragraphs {
        doc = doc.add_paragraph(
            Paragraph::new()
                .style("Heading2")
                .add_run(Run::new().add_text(&paragraph.heading)),
        );
        for sentence in &paragraph.sentences {
            for written in sentence_paragraphs(sentence) {
                doc = doc.add_paragraph(written);
            }
        }
    }
    pack(doc, draft)
}

fn colored(run: Run, mark: SentenceMark) -> Run {
    let (r, g, b) = mark_color(mark);
    run.color(format!("{r:02X}{g:02X}{b:02X}"))
}

/// A sentence with its mark, then its diff and its sources, indented.
fn sentence_paragraphs(sentence: &ReportSentence) -> Vec<Paragraph> {
    let mut out = vec![directed(
        Paragraph::new()
            .add_run(colored(
                Run::new().add_text(tag(sentence.mark)).bold(),
                sentence.mark,
            ))
            .add_run(Run::new().add_text(" "))
            .add_run(Run::new().add_text(&sentence.text)),
        &sentence.text,
    )];
    if !sentence.diff.is_empty() {
        let mut diff = Paragraph::new().indent(Some(INDENT), None, None, None);
        for (i, op) in sentence.diff.iter().enumerate() {
            if i > 0 {
                diff = diff.add_run(Run::new().add_text(" "));
            }
            let run = Run::new().add_text(&op.text);
            diff = diff.add_run(match op.op {
                DiffKind::Equal => run,
                DiffKind::Delete => colored(run.strike(), SentenceMark::New),
                DiffKind::Insert => colored(run.underline("single"), SentenceMark::Reused),
            });
        }
        out.push(directed(diff, &sentence.text));
    }
    for line in &sentence.sources {
        out.push(
            Paragraph::new()
                .indent(Some(INDENT), None, None, None)
                .add_run(Run::new().add_text(line).size(SMALL).color("444444")),
        );
    }
    out
}
