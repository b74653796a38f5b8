//! Positions: on the samples, the timeline of "legally binding
//! instrument" is the 2021 statement, then the 2024 press release with the
//! word diff between them; on a fixture library where two speakers share a
//! formula, each is listed for the other's passage by "who else says this",
//! and the asker's own statements are not.

mod common;

use common::sample_library;
use plenary_core::reuse::DiffKind;
use plenary_core::ErrorKind;

#[test]
fn legally_binding_instrument_from_2021_to_2024() {
    let library = sample_library();
    let timeline = library
        .position_timeline("legally binding instrument", Some("Pakistan"), false)
        .unwrap();
    let dates: Vec<Option<&str>> = timeline
        .versions
        .iter()
        .map(|v| v.source.date.as_deref())
        .collect();
    assert_eq!(dates, vec![Some("2021-12-13"), Some("2024-05-11")]);
    let (first, second) = (&timeline.versions[0], &timeline.versions[1]);
    assert!(
        first.text.starts_with("Pakistan therefore shares the view"),
        "{}",
        first.text
    );
    assert!(
        second.text.starts_with("It highlighted the need"),
        "{}",
        second.text
    );
    for v in &timeline.versions {
        assert!(v.text.contains("legally binding international instrument"));
    }
    assert!(
        first.diff.is_empty(),
        "the first version has nothing before it"
    );
    assert_eq!(
        first.occasion.as_deref(),
        Some("first substantive session, OEWG 2021-2025")
    );
    assert_eq!(
        second.occasion.as_deref(),
        Some("Global Roundtable on ICT Security Capacity Building")
    );
    let changed = |kind| -> Vec<&str> {
        second
            .diff
            .iter()
            .filter(|op| op.op == kind)
            .map(|op| op.text.as_str())
            .collect()
    };
    assert!(
        changed(DiffKind::Delete).contains(&"to provide"),
        "{:?}",
        second.diff
    );
    assert!(
        changed(DiffKind::Insert).contains(&"and providing"),
        "{:?}",
        second.diff
    );
    assert!(changed(DiffKind::Equal)
        .iter()
        .any(|t| t.contains("legally binding international instrument")));
}

#[test]
fn a_passage_is_followed_too_and_another_speaker_has_no_versions() {
    let library = sample_library();
    let passage = "Pakistan therefore shares the view that it is essential to develop a legally binding international instrument, specifically tailored to the unique attributes of ICTs.";
    let timeline = library
        .position_timeline(passage, Some("Pakistan"), false)
        .unwrap();
    assert_eq!(timeline.versions.len(), 2, "{timeline:#?}");
    assert!(timeline.versions[0].score.unwrap() > timeline.versions[1].score.unwrap());
    let none = library
        .position_timeline("legally binding instrument", Some("Brazil"), false)
        .unwrap();
    assert!(none.versions.is_empty());
    let error = library.position_timeline(" … ", None, false).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidQuery);
}

const FORMULA: &str = "an open, secure, stable, accessible and peaceful ICT environment for the benefit of all nations";

fn statement(speaker: &str, date: &str, own: &str) -> String {
    format!("---\ntitle: Statement of {speaker}\nkind: statement\nspeaker: {speaker}\ndate: {date}\n---\n\nMr. Chair,\n\n{own}\n\nOur aim remains {FORMULA}, as we have said before.\n\nI thank you.\n")
}

#[test]
fn two_speakers_sharing_a_formula_are_listed_for_each_other() {
    let texts = [
        ("brazil.md", statement("Brazil", "2022-03-28", "Brazil attaches great importance to the work of this Group and to its consensus report.")),
        ("kenya.md", statement("Kenya", "2023-07-24", "Kenya welcomes the establishment of the global directory of points of contact.")),
        ("kenya-2.md", statement("Kenya", "2024-07-08", "Kenya stresses that capacity building must be demand driven and tailored to national needs.")),
    ];
    let (_dir, mut library) = common::library_of(&texts);
    let passage_of = |speaker: &str, date: &str| -> i64 {
        let found = library
            .search(FORMULA, &Default::default(), Default::default())
            .unwrap();
        found
            .groups
            .iter()
            .find(|g| {
                g.document.metadata.speaker.as_deref() == Some(speaker)
                    && g.document.metadata.date.map(|d| d.to_string()).as_deref() == Some(date)
            })
            .unwrap_or_else(|| panic!("{speaker} on {date} says the formula"))
            .hits[0]
            .passage_id
    };
    let brazil = passage_of("Brazil", "2022-03-28");
    let kenya = passage_of("Kenya", "2023-07-24");

    let for_brazil = library.who_else_says_passage(brazil, 10).unwrap();
    let speakers: Vec<Option<&str>> = for_brazil
        .iter()
        .map(|m| m.source.speaker.as_deref())
        .collect();
    assert_eq!(
        speakers,
        vec![Some("Kenya"), Some("Kenya")],
        "{for_brazil:#?}"
    );
    assert_eq!(
        for_brazil[0].source.date.as_deref(),
        Some("2024-07-08"),
        "same score: newest first"
    );
    assert!(for_brazil.iter().all(|m| m.score >= 90.0));

    let for_kenya = library.who_else_says_passage(kenya, 10).unwrap();
    let speakers: Vec<Option<&str>> = for_kenya
        .iter()
        .map(|m| m.source.speaker.as_deref())
        .collect();
    assert_eq!(
        speakers,
        vec![Some("Brazil")],
        "Kenya's own other statement is not listed: {for_kenya:#?}"
    );
    assert_eq!(for_kenya[0].source.date.as_deref(), Some("2022-03-28"));

    // A draft paragraph: the delegation's own wording is left out.
    let mut settings = library.settings().unwrap();
    settings.delegation = Some("Kenya".to_owned());
    library.save_settings(&settings).unwrap();
    let draft_paragraph = format!("We remain committed to {FORMULA}.");
    let others = library.who_else_says(&draft_paragraph, 10).unwrap();
    let speakers: Vec<Option<&str>> = others.iter().map(|m| m.source.speaker.as_deref()).collect();
    assert_eq!(speakers, vec![Some("Brazil")]);
}
