//! The forum and the session a text names in its header, in the six
//! languages: the OEWG (2019-2021 or 2021-2025, by the years it writes, by
//! the group's full name, or by the date), the Global Mechanism, the First
//! Committee, the Security Council (an Arria-formula meeting included) and
//! the General Assembly. The forum named first wins.
//!
//! The two OEWGs' full names differ: the first was the working group "on
//! developments in the field of information and telecommunications in the
//! context of international security", the second "on security of and in
//! the use of information and communications technologies". A name counts
//! only where it follows the words for the working group in the same clause
//! (the same words name a General Assembly agenda item every year), and a
//! loose paraphrase without "telecommunications" tells nothing. Chinese
//! puts the name before the group's, and is not read for it.

use super::header::{Header, Reading};
use crate::text::fold::folded;
use chrono::NaiveDate;

/// Each forum and the words that name it.
const FORUMS: &[(&str, &[&str])] = &[
    (
        "Global Mechanism",
        &[
            "global mechanism",
            "mécanisme mondial",
            "mecanismo mundial",
            "mecanismo global",
            "глобальн механизм",
            "глобальный механизм",
            "全球机制",
            "الآلية العالمية",
        ],
    ),
    (
        "OEWG",
        &[
            "open-ended working group",
            "open ended working group",
            "oewg",
            "groupe de travail à composition non limitée",
            "gtcnl",
            "grupo de trabajo de composición abierta",
            "gtca",
            "рабочей группы открытого состава",
            "рабочая группа открытого состава",
            "ргос",
            "开放式工作组",
            "الفريق العامل المفتوح العضوية",
            "الفريق العامل المعني بأمن تكنولوجيا المعلومات",
        ],
    ),
    (
        "First Committee",
        &[
            "first committee",
            "première commission",
            "primera comisión",
            "первый комитет",
            "первого комитета",
            "первом комитете",
            "一委",
            "第一委员会",
            "اللجنة الأولى",
        ],
    ),
    (
        "Security Council",
        &[
            "security council",
            "arria",
            "conseil de sécurité",
            "consejo de seguridad",
            "совет безопасности",
            "совета безопасности",
            "совете безопасности",
            "安理会",
            "安全理事会",
            "مجلس الأمن",
        ],
    ),
];

/// How far after the words for the working group its full name is looked
/// for, in bytes.
const FULL_NAME_REACH: usize = 160;

/// Words of the first OEWG's full name, in the six languages, that the
/// second's does not share.
const FIRST_OEWG_NAME: &[&str] = &[
    "telecommunications",
    "télécommunications",
    "telecomunicaciones",
    "телекоммуникаций",
    "السلكية واللاسلكية",
];

/// Where a name ends: it holds no sentence or clause break.
const NAME_ENDS: &[char] = &['.', ':', ';', ',', '。', '،', '؛', '|', '\n'];

/// Words of the second OEWG's full name that the first's does not share.
const SECOND_OEWG_NAME: &[&str] = &["security of and in the use of"];

const SESSION_ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// The forum the header names first, with the OEWG's years; years told
/// from the date alone are inferred. A news item's lead (`lead`) is read
/// with its headline.
pub fn forum(
    header: &Header,
    lead: Option<&str>,
    date: Option<NaiveDate>,
) -> Option<Reading<String>> {
    let lower = folded(&format!("{} {}", header.text(), lead.unwrap_or("")));
    let (_, name) = FORUMS
        .iter()
        .filter_map(|(name, words)| {
            words
                .iter()
                .filter_map(|w| lower.find(w))
                .min()
                .map(|at| (at, *name))
        })
        .min()?;
    if name != "OEWG" {
        return Some(Reading::stated(name.to_owned()));
    }
    let opening = format!(
        "{lower} {}",
        folded(header.first_body.as_deref().unwrap_or(""))
    );
    let written = oewg_years(&lower, None)
        .or_else(|| oewg_by_name(&opening))
        .map(Reading::stated);
    written
        .or_else(|| oewg_years(&lower, date).map(Reading::inferred))
        .map(|years| Reading {
            value: format!("OEWG {}", years.value),
            inferred: years.inferred,
        })
}

/// "2019-2021" or "2021-2025", by the full name that follows the words for
/// the working group in `lower`.
fn oewg_by_name(lower: &str) -> Option<&'static str> {
    let (_, oewg_words) = FORUMS.iter().find(|(name, _)| *name == "OEWG")?;
    let names = |words: &[&str], years| {
        oewg_words.iter().find_map(|w| {
            lower.match_indices(w).find_map(|(at, _)| {
                let from = at + w.len();
                let mut to = (from + FULL_NAME_REACH).min(lower.len());
                while !lower.is_char_boundary(to) {
                    to -= 1;
                }
                let after = lower[from..to].split(NAME_ENDS).next().unwrap_or("");
                words.iter().any(|k| after.contains(k)).then_some(years)
            })
        })
    };
    names(FIRST_OEWG_NAME, "2019-2021").or_else(|| names(SECOND_OEWG_NAME, "2021-2025"))
}

/// "2021-2025" or "2019-2021", by the years written or by the date.
fn oewg_years(lower: &str, date: Option<NaiveDate>) -> Option<&'static str> {
    let in_range = |from: (i32, u32), to: (i32, u32)| {
        date.is_some_and(|d| {
            NaiveDate::from_ymd_opt(from.0, from.1, 1).is_some_and(|f| d >= f)
                && NaiveDate::from_ymd_opt(to.0, to.1, 28).is_some_and(|t| d <= t)
        })
    };
    let writes = |years: &[&str]| years.iter().any(|y| lower.contains(y));
    if writes(&["2021-2025", "2021–2025", "2021-25", "2021–25"]) || in_range((2021, 6), (2025, 7))
    {
        Some("2021-2025")
    } else if writes(&["2019-2021", "2019–2021", "2019/2020", "2019-20"])
        || in_range((2019, 9), (2021, 3))
    {
        Some("2019-2021")
    } else {
        None
    }
}

/// "<Ordinal> substantive session", "organizational session" or "dedicated
/// thematic groups", as the header writes it.
pub fn session(header: &str) -> Option<String> {
    let lower = folded(header);
    if let Some(at) = lower.find("substantive session") {
        let before = lower[..at].split_whitespace().last()?;
        let ordinal = SESSION_ORDINALS.iter().find(|o| **o == before)?;
        return Some(format!("{ordinal} substantive session"));
    }
    [
        "organizational session",
        "organisational session",
        "dedicated thematic group",
    ]
    .iter()
    .find(|s| lower.contains(*s))
    .map(|s| {
        s.replace("organisational", "organizational")
            .replace("group", "groups")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(line: &str) -> Header {
        Header {
            lines: vec![line.to_owned()],
            salutation: false,
            first_body: None,
            body: Vec::new(),
        }
    }

    #[test]
    fn forums_in_the_six_languages() {
        let on = |line: &str| forum(&header(line), None, None).map(|r| r.value);
        assert_eq!(
            on("Intervención en la Primera Comisión").as_deref(),
            Some("First Committee")
        );
        assert_eq!(
            on("Réunion du Conseil de sécurité en formule Arria").as_deref(),
            Some("Security Council")
        );
        assert_eq!(
            on("Выступление на сессии Рабочей группы открытого состава ООН 2021-2025").as_deref(),
            Some("OEWG 2021-2025")
        );
        assert_eq!(on("在联大一委的发言").as_deref(), Some("First Committee"));
        assert_eq!(on("Statement at the Open-ended Working Group"), None);
        assert_eq!(
            on("Working paper to the Open-Ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security").as_deref(),
            Some("OEWG 2019-2021")
        );
        assert_eq!(
            on("Intervención ante el Grupo de Trabajo de Composición Abierta sobre el progreso de la informática y las telecomunicaciones en la seguridad internacional").as_deref(),
            Some("OEWG 2019-2021")
        );
        assert_eq!(
            on("Statement to the Open-ended Working Group on security of and in the use of information and communications technologies").as_deref(),
            Some("OEWG 2021-2025")
        );
        // A paraphrase without "telecommunications", and the agenda item
        // named apart from the group, tell nothing.
        assert_eq!(
            on("Sesión del Grupo de Trabajo de Composición Abierta sobre desarrollos en el campo de la tecnología de la información en el contexto de la seguridad"),
            None
        );
        assert_eq!(
            on("Statement at the Open-ended Working Group, 3rd session. Agenda item 94: Developments in the field of information and telecommunications in the context of international security"),
            None
        );
        assert_eq!(
            session("at the Fourth Substantive Session").as_deref(),
            Some("fourth substantive session")
        );
    }
}
