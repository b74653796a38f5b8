//! What kind of text a header announces, in the six languages: a press
//! release (said so, a news agency's or the UN's press marks, or a headline
//! whose subject is a State), a working paper, a national position, an
//! explanation of vote or position, a statement (its heading or a
//! salutation), talking points, a report or a note. Unsure is empty.

use super::header::{Header, Reading};
use super::speakers;
use crate::model::Kind;
use crate::text::fold::folded;

/// Marks of a press release or a news item.
const PRESS: &[&str] = &[
    "press release",
    "communiqué de presse",
    "comunicado de prensa",
    "пресс-релиз",
    "新闻稿",
    "بيان صحفي",
    "in progress at unhq",
    "en cours au siège",
    "meetings coverage",
    "риа новости",
    "тасс",
    "中新社",
    "新华社",
    "تاريخ النشر",
];

const WORKING_PAPER: &[&str] = &[
    "working paper",
    "non-paper",
    "written feedback",
    "written submission",
    "comments from",
    "comments on the",
    "response to the pre-draft",
    "paper –",
    "paper -",
    "document de travail",
    "documento de trabajo",
    "рабочий документ",
    "工作文件",
    "ورقة عمل",
];

const POSITION: &[&str] = &[
    "position on",
    "position paper",
    "national position",
    "position nationale",
    "posición nacional",
    "национальная позиция",
    "立场文件",
    "الموقف الوطني",
];

const EXPLANATION: &[&str] = &[
    "explanation of vote",
    "explanation of position",
    "explication de vote",
    "explicación de voto",
    "объяснение мотивов голосования",
    "解释性发言",
    "تعليل التصويت",
];

const STATEMENT: &[&str] = &[
    "statement by",
    "statement of",
    "statement on",
    "national statement",
    "remarks by",
    "intervention by",
    "intervention de",
    "déclaration",
    "intervención",
    "declaración",
    "discurso",
    "выступление",
    "заявление",
    "كلمة",
    "بيان",
    "发言",
    "讲话",
    "声明",
];

/// Words of a statement's own heading: a first line with one is no headline.
const HEADINGS: &[&str] = &[
    "statement",
    "intervention",
    "remarks",
    "speech",
    "déclaration",
    "intervención",
    "discurso",
    "выступление",
    "заявление",
    "كلمة",
    "بيان",
    "发言",
    "讲话",
];

const REPORT: &[&str] = &[
    "report",
    "recap",
    "highlights",
    "transcript",
    "compte rendu",
    "informe",
    "доклад",
    "报告",
    "تقرير",
];

/// The kind of text the header announces, if it says; a kind read only
/// from a salutation or a headline's grammar is inferred.
pub fn kind(header: &Header) -> Option<Reading<Kind>> {
    let lower = folded(&header.text());
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let first_line = header.lines.first().map(String::as_str).unwrap_or("");
    let press_symbol = header.lines.iter().any(|l| is_press_symbol(l));
    if has(PRESS) || press_symbol {
        return Some(Reading::stated(Kind::PressRelease));
    }
    if has(EXPLANATION) && !has(STATEMENT) {
        return Some(Reading::stated(Kind::ExplanationOfVote));
    }
    if has(WORKING_PAPER) {
        return Some(Reading::stated(Kind::WorkingPaper));
    }
    if has(POSITION) {
        return Some(Reading::stated(Kind::NationalPosition));
    }
    // A header line that opens as a statement's heading ("Statement by …")
    // says what the text is, whatever its body goes on to say.
    let titled_statement = header.lines.iter().any(|l| {
        let lower = folded(l);
        STATEMENT.iter().any(|w| lower.starts_with(w))
    });
    if titled_statement {
        return Some(Reading::stated(Kind::Statement));
    }
    let headline = (speakers::subject_of(first_line).is_some()
        && !speakers::is_letterhead(first_line))
        || header
            .first_body
            .as_deref()
            .is_some_and(|b| speakers::subject_of(b).is_some() && !first_person(b));
    let first_lower = folded(first_line);
    if headline && !HEADINGS.iter().any(|w| first_lower.contains(w)) {
        return Some(Reading::inferred(Kind::PressRelease));
    }
    if has(STATEMENT) || has(EXPLANATION) {
        return Some(Reading::stated(Kind::Statement));
    }
    if header.salutation {
        return Some(Reading::inferred(Kind::Statement));
    }
    if has(&["talking points", "elements for"]) {
        return Some(Reading::stated(Kind::TalkingPoints));
    }
    if REPORT.iter().any(|w| first_lower.contains(w)) {
        return Some(Reading::stated(Kind::Report));
    }
    None
}

/// Whether a line names a statement as its own heading does ("Statement
/// by …", "Выступление …", "…的发言").
pub fn names_a_statement(line: &str) -> bool {
    let lower = folded(line);
    HEADINGS.iter().any(|w| lower.contains(w))
}

/// A UN press release's symbol on its own line: "GA/DIS/3659", "SC/14563".
fn is_press_symbol(line: &str) -> bool {
    let mut parts = line.trim().split('/');
    let organ = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    ["GA", "SC", "CS", "AG", "SG", "DC"].contains(&organ)
        && rest
            .last()
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a sentence speaks in the first person.
fn first_person(text: &str) -> bool {
    let lower = format!(" {} ", folded(text));
    [
        " i ",
        " we ",
        " my ",
        " our ",
        " je ",
        " nous ",
        " yo ",
        " nosotros ",
        " я ",
        " мы ",
        "我们",
        "我国",
        "نحن",
    ]
    .iter()
    .any(|w| lower.contains(w))
}
