//! `plenary-bench eval-import DIR --truth truth.json`: imports a folder of
//! real texts into a library in memory and compares the metadata the
//! heuristics filled in with a hand-made truth file, field by field. It also
//! lists the texts whose paragraphs were lumped together.
//!
//! The truth file is `{"docs": {"<file name>": {"speaker", "date",
//! "date_in_text", "kind", "language", "forum", …}}}`. The rules:
//! - date: expected where `date_in_text` is true; any other filled date that
//!   differs from the truth (or fills a text the truth leaves undated) is
//!   wrong;
//! - speaker: compared on the canonical name; expected where the truth's
//!   speaker is a State or a group of States (UN offices, NGOs and news
//!   agencies are not expected); a filled speaker that differs is wrong;
//! - kind: expected for every text; the truth's "statement", "press
//!   release", "working paper" and "other" are compared with Plenary's kinds
//!   mapped onto them (`truth_kind`);
//! - language, forum: expected where the truth gives one, compared as
//!   written.

use plenary_core::model::{Filter, Kind};
use plenary_core::text::states;
use plenary_core::Library;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The folder of texts to import.
    dir: PathBuf,
    /// The truth file.
    #[arg(long)]
    truth: PathBuf,
}

#[derive(Deserialize)]
struct Truth {
    docs: BTreeMap<String, TruthDoc>,
}

#[derive(Deserialize)]
struct TruthDoc {
    speaker: Option<String>,
    date: Option<String>,
    #[serde(default)]
    date_in_text: bool,
    kind: Option<String>,
    language: Option<String>,
    forum: Option<String>,
}

/// The figures for one field.
#[derive(Default)]
struct Tally {
    right: usize,
    expected: usize,
    wrong: Vec<String>,
    missed: Vec<String>,
}

impl Tally {
    /// Counts one text: `expected` says whether the truth expects the field
    /// filled, `found` is what was filled and `truth` what it should be.
    fn count(&mut self, name: &str, expected: bool, found: Option<&str>, truth: Option<&str>) {
        self.expected += usize::from(expected);
        match found {
            Some(f) if Some(f) == truth => self.right += usize::from(expected),
            Some(f) => self
                .wrong
                .push(format!("{name}: {f:?}, truth {}", truth.unwrap_or("none"))),
            None if expected => self.missed.push(name.to_owned()),
            None => {}
        }
    }

    fn print(&self, field: &str) {
        let share = 100.0 * self.right as f64 / self.expected.max(1) as f64;
        println!(
            "{field:<9} {:>3} of {:>3} found ({share:.0}%), {} wrong",
            self.right,
            self.expected,
            self.wrong.len()
        );
        for wrong in &self.wrong {
            println!("          wrong  {wrong}");
        }
        if !self.missed.is_empty() {
            println!("          missed {}", self.missed.join(", "));
        }
    }
}

pub fn run(args: EvalArgs) -> Result<ExitCode, String> {
    let truth: Truth = serde_json::from_str(
        &std::fs::read_to_string(&args.truth)
            .map_err(|e| format!("{}: {e}", args.truth.display()))?,
    )
    .map_err(|e| format!("{}: {e}", args.truth.display()))?;
    let mut library = Library::open_in_memory().map_err(|e| e.to_string())?;
    let report = library
        .import_paths(std::slice::from_ref(&args.dir), |_| {})
        .map_err(|e| e.to_string())?;
    let summaries: BTreeMap<i64, _> = library
        .documents(&Filter::default())
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();

    let [mut date, mut speaker, mut kind, mut language, mut forum] =
        std::array::from_fn(|_| Tally::default());
    let mut lumped = Vec::new();
    let mut missing = Vec::new();
    for (name, want) in &truth.docs {
        let Some(summary) = report
            .files
            .iter()
            .find(|f| {
                Path::new(f.path())
                    .file_name()
                    .is_some_and(|n| n == name.as_str())
            })
            .and_then(|f| f.document_id())
            .and_then(|id| summaries.get(&id))
        else {
            missing.push(name.as_str());
            continue;
        };
        let found = &summary.metadata;
        let found_date = found.date.map(|d| d.to_string());
        date.count(
            name,
            want.date_in_text,
            found_date.as_deref(),
            want.date.as_deref(),
        );
        let want_speaker = want
            .speaker
            .as_deref()
            .map(|s| states::canonical(s).unwrap_or(s));
        let found_speaker = found
            .speaker
            .as_deref()
            .map(|s| states::canonical(s).unwrap_or(s));
        speaker.count(
            name,
            want.speaker
                .as_deref()
                .and_then(states::canonical)
                .is_some(),
            found_speaker,
            want_speaker,
        );
        kind.count(
            name,
            want.kind.is_some(),
            found.kind.map(truth_kind),
            want.kind.as_deref(),
        );
        language.count(
            name,
            want.language.is_some(),
            found.language.map(|l| l.code()),
            want.language.as_deref(),
        );
        forum.count(
            name,
            want.forum.is_some(),
            found.forum.as_deref(),
            want.forum.as_deref(),
        );
        let lines = lines_if_one_paragraph_a_line(&args.dir.join(name));
        if lines.is_some_and(|n| (summary.passage_count as f64) < 0.6 * n as f64) {
            lumped.push(format!(
                "{name}: {} passages for {} lines",
                summary.passage_count,
                lines.unwrap_or(0)
            ));
        }
    }
    println!("{} texts in the truth file", truth.docs.len());
    date.print("date");
    speaker.print("speaker");
    kind.print("kind");
    language.print("language");
    forum.print("forum");
    println!("lumped    {} texts", lumped.len());
    for text in &lumped {
        println!("          {text}");
    }
    if !missing.is_empty() {
        println!("not imported: {}", missing.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The truth file's name for a kind: a statement in any of its forms
/// (talking points, an explanation of vote) is a "statement", a press
/// release a "press release", a paper a delegation submits a "working
/// paper", and a report, a note or a national position "other".
fn truth_kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Statement | Kind::TalkingPoints | Kind::ExplanationOfVote => "statement",
        Kind::WorkingPaper => "working paper",
        Kind::PressRelease => "press release",
        Kind::Report | Kind::Note | Kind::NationalPosition => "other",
    }
}

/// The number of non-empty lines of a text written one paragraph a line:
/// most of its lines end a sentence or are short. `None` for a text whose
/// paragraphs are wrapped over several lines, or that cannot be read.
fn lines_if_one_paragraph_a_line(path: &Path) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let ends_a_paragraph = lines
        .iter()
        .filter(|l| {
            l.chars().count() < 60
                || l.ends_with([
                    '.', ':', ';', '!', '?', '"', '”', '»', '。', '：', '；', ')',
                ])
        })
        .count();
    (lines.len() >= 3 && ends_a_paragraph * 10 >= lines.len() * 8).then_some(lines.len())
}
