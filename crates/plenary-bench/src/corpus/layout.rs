//! The frame around a document's body, in the varied shapes real files
//! arrive in after PDF conversion: letterheads, the "Statement by ..." title
//! with hard line breaks, datelines in several date formats, salutations,
//! closings, alignment lists and press-release headers. Also the calendar
//! of meetings (OEWG 2021-2025, the 2024 Roundtable, the Global Mechanism
//! in 2026) that documents are dated from.

use super::days::{civil_from_days, days_from_civil};
use super::rng::Rng;
use super::speakers::{Person, Speaker};

const OEWG: &str = "Open-ended Working Group on security of and in the use of information and communication technologies 2021-2025";
const MECHANISM: &str = "Global Mechanism on developments in the field of information and communications technologies in the context of international security and advancing responsible State behaviour in the use of information and communications technologies";

/// A meeting that statements are delivered at.
pub(crate) struct Event {
    /// First day, as a day number.
    pub start: i64,
    pub days: i64,
    /// "First Substantive Session of the Open-ended Working Group ...".
    pub title: String,
    /// How a press-release headline names it.
    pub short: &'static str,
    pub weight: u32,
    /// The Chair is addressed as "Madam Chair".
    pub madam: bool,
}

/// The meetings from December 2021 to December 2026, in date order.
pub(crate) fn calendar() -> Vec<Event> {
    const ORDINALS: [&str; 11] = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
        "Tenth", "Eleventh",
    ];
    let sessions: [(i32, u32, u32); 11] = [
        (2021, 12, 13),
        (2022, 3, 28),
        (2022, 7, 25),
        (2023, 3, 6),
        (2023, 7, 24),
        (2023, 12, 11),
        (2024, 3, 4),
        (2024, 7, 8),
        (2024, 12, 2),
        (2025, 2, 17),
        (2025, 7, 7),
    ];
    let mut events: Vec<Event> = sessions
        .iter()
        .zip(ORDINALS)
        .map(|(&(y, m, d), ordinal)| Event {
            start: days_from_civil(y, m, d),
            days: 5,
            title: format!("{ordinal} Substantive Session of the {OEWG}"),
            short: "UN Working Group on ICT security",
            weight: 10,
            madam: false,
        })
        .collect();
    let mut add = |(y, m, d): (i32, u32, u32), days, title: String, short, weight, madam| {
        events.push(Event {
            start: days_from_civil(y, m, d),
            days,
            title,
            short,
            weight,
            madam,
        })
    };
    add(
        (2022, 5, 23),
        5,
        format!("Informal Intersessional Meeting of the {OEWG}"),
        "UN cyber intersessional",
        3,
        false,
    );
    add(
        (2022, 12, 5),
        5,
        format!("Intersessional Meeting of the {OEWG}"),
        "UN cyber intersessional",
        3,
        false,
    );
    add(
        (2023, 5, 22),
        5,
        format!("Intersessional Meeting of the {OEWG}"),
        "UN cyber intersessional",
        3,
        false,
    );
    add(
        (2024, 5, 9),
        2,
        "Global Roundtable on ICT Security Capacity Building".into(),
        "UN ICT Security Roundtable",
        5,
        false,
    );
    add(
        (2026, 3, 30),
        2,
        format!("Organizational Session of the {MECHANISM}"),
        "Global Mechanism on ICT security",
        5,
        true,
    );
    add(
        (2026, 7, 20),
        5,
        format!("First Substantive Plenary Session of the {MECHANISM}"),
        "Global Mechanism on ICT security",
        9,
        true,
    );
    add(
        (2026, 12, 7),
        5,
        format!("Dedicated Thematic Groups of the {MECHANISM}"),
        "Global Mechanism thematic groups",
        7,
        true,
    );
    events.sort_by_key(|e| e.start);
    events
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// A date in one of the formats statements use.
fn format_date(rng: &mut Rng, day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    let month = MONTHS[m as usize - 1];
    match rng.weighted(&[10, 5, 2, 2, 1]) {
        0 => format!("{d} {month} {y}"),
        1 => format!("{month} {d}, {y}"),
        2 => format!("{y}-{m:02}-{d:02}"),
        3 => format!(
            "{}, {d} {month} {y}",
            WEEKDAYS[(day + 4).rem_euclid(7) as usize]
        ),
        _ => {
            let suffix = match d {
                1 | 21 | 31 => "st",
                2 | 22 => "nd",
                3 | 23 => "rd",
                _ => "th",
            };
            format!("{d}{suffix} {month} {y}")
        }
    }
}

fn bold(rng: &mut Rng, text: &str, p: f64) -> String {
    if rng.chance(p) {
        format!("**{text}**")
    } else {
        text.to_owned()
    }
}

/// Breaks a long line into hard-wrapped lines ("  \n") of about `width` chars.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + word.len() > width {
            out.push_str("  \n");
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

/// The blocks above a statement's body: letterhead, title and dateline.
pub(crate) fn statement_head(
    rng: &mut Rng,
    speaker: &Speaker,
    person: &Person,
    event: &Event,
    day: i64,
    theme: &str,
) -> Vec<String> {
    let mut blocks = letterhead(rng, speaker);
    let during = *rng.pick(&["during", "during", "at", "at", "delivered at"]);
    let title = match rng.weighted(&[12, 2, 2, 1]) {
        0 => format!(
            "Statement by {} {}, {}, {during} the {}",
            person.title, person.name, person.function, event.title
        ),
        1 => format!(
            "Remarks by {} {}, {}, {during} the {}",
            person.title, person.name, person.function, event.title
        ),
        2 => format!(
            "Statement of the Delegation of {} {during} the {}",
            speaker.name, event.title
        ),
        _ => format!(
            "Intervention by {} {}, {}, at the {}",
            person.title, person.name, person.function, event.title
        ),
    };
    let title = if rng.chance(0.15) {
        format!("{title} – {}", capitalize(theme))
    } else {
        title
    };
    let title = if rng.chance(0.6) {
        hard_wrap(&title, 68)
    } else {
        title
    };
    blocks.push(bold(rng, &title, 0.8));
    let place = if rng.chance(0.75) { "New York, " } else { "" };
    let dateline = format!("{place}{}", format_date(rng, day));
    blocks.push(bold(rng, &dateline, 0.5));
    blocks
}

fn letterhead(rng: &mut Rng, speaker: &Speaker) -> Vec<String> {
    let mission = if speaker.group {
        format!("{} TO THE UNITED NATIONS", speaker.letterhead)
    } else if speaker.geneva {
        format!(
            "PERMANENT MISSION OF {} TO THE UNITED NATIONS",
            speaker.letterhead
        )
    } else {
        "PERMANENT MISSION TO THE UNITED NATIONS".to_owned()
    };
    // A letterhead is sometimes lost in conversion.
    let style = if rng.chance(0.1) { 3 } else { speaker.style };
    match style {
        0 => vec![
            format!("# {}", speaker.letterhead),
            mission,
            "---".into(),
            speaker.address.clone(),
            "---".into(),
        ],
        1 => vec![
            format!(
                "**PERMANENT MISSION OF {} TO THE UNITED NATIONS**",
                speaker.letterhead
            ),
            speaker.address.clone(),
        ],
        2 => vec![
            format!(
                "# Permanent Mission of {} to the United Nations",
                speaker.name
            ),
            speaker.address.clone(),
        ],
        _ => Vec::new(),
    }
}

/// The blocks above a press release's body: label, headline and dateline.
pub(crate) fn press_head(
    rng: &mut Rng,
    speaker: &Speaker,
    event: &Event,
    day: i64,
    phrase: &str,
) -> Vec<String> {
    let label = *rng.pick(&[
        "Press Release",
        "Press Release",
        "PRESS RELEASE",
        "**Press Release**",
    ]);
    let name = capitalize(speaker.name);
    let verb = *rng.pick(&[
        "calls for",
        "underscores",
        "highlights",
        "stresses",
        "urges",
        "champions",
    ]);
    let headline = format!("{name} {verb} {phrase} at {}", event.short);
    let city = if speaker.geneva { "Geneva" } else { "New York" };
    let (y, m, d) = civil_from_days(day);
    let month = MONTHS[m as usize - 1];
    let dateline = match rng.weighted(&[6, 3, 2, 1]) {
        0 => format!("{city} – {month} {d}, {y}"),
        1 => format!("{city}, {month} {d}, {y}"),
        2 => format!("{city} – {d} {month} {y}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    };
    vec![label.to_owned(), headline, dateline]
}

/// How the press-release sentence introducing the speaker ends.
pub(crate) const FRAMING_ACTS: [&str; 6] = [
    "stated this while making a statement at the UN headquarters",
    "made these remarks in an address to the meeting",
    "said this while delivering the national statement",
    "spoke in the general exchange of views",
    "made the remarks during the opening segment of the meeting",
    "stated this while addressing delegations in New York",
];

/// The press-release sentence that introduces the speaker; one fixed
/// wording per person (`variant` picks it), as a press office reuses it.
pub(crate) fn framing(person: &Person, variant: usize) -> String {
    let title = if person.title.contains("Ambassador") {
        "Ambassador"
    } else {
        person.title
    };
    format!(
        "{title} {}, {}, {}.",
        person.name,
        person.function,
        FRAMING_ACTS[variant % FRAMING_ACTS.len()]
    )
}

/// Salutations, one style per document.
pub(crate) fn salutation(rng: &mut Rng, madam: bool, roundtable: bool) -> String {
    let text = if roundtable {
        *rng.pick(&["Excellencies,", "Distinguished colleagues,", "Mr. Chair,"])
    } else if madam {
        *rng.pick(&[
            "Madam Chair,",
            "Madam Chair,",
            "Chair,",
            "Madam Chairperson,",
        ])
    } else {
        *rng.pick(&[
            "Mr. Chair,",
            "Mr. Chair,",
            "Mr. Chairman,",
            "Mr. Chairman,",
            "Chair,",
            "Mr. President,",
        ])
    };
    bold(rng, text, 0.5)
}

/// The closing blocks of a statement.
pub(crate) fn closing(rng: &mut Rng, madam: bool) -> Vec<String> {
    let chair = if madam { "Madam Chair" } else { "Mr. Chair" };
    let text = match rng.below(6) {
        0 | 1 => "I thank you".to_owned(),
        2 => "I thank you.".to_owned(),
        3 => format!("Thank you, {chair}."),
        4 => "Thank you.".to_owned(),
        _ => "Thank you for your attention.".to_owned(),
    };
    let mut blocks = vec![text];
    if rng.chance(0.3) {
        blocks.push("\\*\\*\\*".into());
    }
    blocks
}

/// The alignment list of a European Union statement (not a body paragraph).
pub(crate) fn alignment(rng: &mut Rng) -> String {
    let candidates = [
        "North Macedonia",
        "Montenegro",
        "Albania",
        "Ukraine",
        "the Republic of Moldova",
        "Bosnia and Herzegovina",
        "Georgia",
    ];
    let n = rng.range(3, candidates.len());
    let list = candidates[..n].join(", ");
    let efta = *rng.pick(&["Iceland", "Liechtenstein", "Norway"]);
    format!(
        "The Candidate Countries {list}, and the EFTA country {efta}, member of the European Economic Area, as well as Monaco and San Marino, align themselves with this statement."
    )
}

pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
