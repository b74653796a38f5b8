//! Reuse on the demo library: the four passages the 2024 press release
//! takes from the 2021 statement are found with their source, score and
//! diff; what is new in 2024 is not reported; the stored reuse map is exact.

mod common;

use common::{by_kind, sample_library, samples_dir};
use plenary_core::model::Filter;
use plenary_core::reuse::{DiffKind, FindOptions, REUSE_THRESHOLD};
use plenary_core::Library;

/// 2024 wording, and the start of the 2021 paragraph it comes from.
const KNOWN_REUSES: &[(&str, &str)] = &[
    (
        "Pakistan has said that the applicability of existing international law to cyber space is not sufficient to address the multifaceted legal challenges arising from ICTs threats.",
        "A simple assertion, however, of the applicability",
    ),
    (
        "It highlighted the need for developing a legally binding international instrument, specifically tailored to the unique attributes of ICTs, and providing a regulatory framework that creates stability and safety in cyberspace.",
        "Pakistan therefore shares the view",
    ),
    (
        "“We are particularly concerned at the frequency of cyber attacks on critical infrastructure. Another aspect of cyber threat is disinformation. My country has been particularly long standing victim of such disinformation.”",
        "On the negative side, these technologies",
    ),
    (
        "“International cooperation for capacity building and sharing of requisite technologies to enhance cyber security could be an important area of early progress,” he said.",
        "Similarly, international cooperation for capacity building",
    ),
];

const NEW_IN_2024: &[&str] = &[
    "“Pakistan supports the idea of a permanent capacity building mechanism under the UN, as well as a dedicated funding mechanism to support capacity building projects in developing countries,” he maintained.",
    "The Global Roundtable, convened to address pressing issues related to ICT security, witnessed the inauguration of the Global Points of Contact Directory for ICT Security, a significant milestone aimed at fostering trust and cooperation among states in this vital area.",
    "Ambassador Akram expressed hope that the discussions at the Global Roundtable would yield practical recommendations to address the capacity needs of developing countries, marking a significant step towards a safer and more secure digital future for all.",
];

#[test]
fn the_four_known_reuses_are_found_with_their_2021_source() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let press = by_kind(&docs, "press release").id;
    let statement = by_kind(&docs, "statement").id;
    for (wording, source_start) in KNOWN_REUSES {
        let options = FindOptions {
            exclude_document: Some(press),
            ..FindOptions::default()
        };
        let matches = library
            .find_reuse(wording, &Filter::default(), options)
            .unwrap();
        let top = matches
            .first()
            .unwrap_or_else(|| panic!("a match for {wording:?}"));
        assert_eq!(
            top.source.document_id, statement,
            "the source is the 2021 statement"
        );
        assert_eq!(top.source.date.as_deref(), Some("2021-12-13"));
        assert_eq!(top.source.speaker.as_deref(), Some("Pakistan"));
        let paragraph = library
            .document(statement)
            .unwrap()
            .passages
            .into_iter()
            .find(|p| p.id == top.source.passage_id)
            .unwrap();
        assert!(
            paragraph.text.starts_with(source_start),
            "top source for {wording:?} is the paragraph starting {source_start:?}"
        );
        assert_eq!(
            top.source.ordinal, paragraph.ordinal,
            "provenance gives the paragraph number"
        );
        assert!(
            top.score >= 70.0,
            "{wording:?} scores {} (at least 70)",
            top.score
        );
        assert!(
            top.diff.iter().any(|d| d.op == DiffKind::Equal),
            "the diff has shared words"
        );
        assert!(wording.contains(&wording[top.query_span.start..top.query_span.end]));
        assert!(
            paragraph.text.contains(&top.source_text),
            "the source span is inside the paragraph"
        );
    }
    // The diff of the capacity-building sentence shows "another" → "an important".
    let matches = library
        .find_reuse(
            KNOWN_REUSES[3].0,
            &Filter::default(),
            FindOptions {
                exclude_document: Some(press),
                ..FindOptions::default()
            },
        )
        .unwrap();
    let ops: Vec<(DiffKind, &str)> = matches[0]
        .diff
        .iter()
        .map(|d| (d.op, d.text.as_str()))
        .collect();
    let at = ops
        .iter()
        .position(|o| *o == (DiffKind::Delete, "another"))
        .expect("'another' is deleted");
    assert_eq!(ops[at + 1], (DiffKind::Insert, "an important"));
}

#[test]
fn a_quoted_sentence_matches_as_its_own_span() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let press = by_kind(&docs, "press release").id;
    let text = KNOWN_REUSES[2].0;
    let top = &library
        .find_reuse(
            text,
            &Filter::default(),
            FindOptions {
                exclude_document: Some(press),
                ..FindOptions::default()
            },
        )
        .unwrap()[0];
    assert_eq!(&text[top.query_span.start..top.query_span.end], "“We are particularly concerned at the frequency of cyber attacks on critical infrastructure.");
    assert!(
        top.source_text
            .starts_with("We must be particularly concerned")
            && top.source_text.ends_with("critical infrastructure.")
    );
}

#[test]
fn new_content_is_not_reported_as_reuse() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let press = by_kind(&docs, "press release").id;
    for text in NEW_IN_2024 {
        let options = FindOptions {
            min_score: 0.0,
            exclude_document: Some(press),
            ..FindOptions::default()
        };
        let matches = library
            .find_reuse(text, &Filter::default(), options)
            .unwrap();
        assert!(
            matches.iter().all(|m| m.score < 50.0),
            "{text:?} has no match of 50% or more: {:?}",
            matches.iter().map(|m| m.score).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_reuse_map_of_the_press_release_is_exact() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let press = library
        .document(by_kind(&docs, "press release").id)
        .unwrap();
    let statement = library.document(by_kind(&docs, "statement").id).unwrap();
    let map = library.reuse_map(press.summary.id).unwrap();
    let mut links: Vec<(String, String)> = Vec::new();
    for p in &map.passages {
        let passage = press
            .passages
            .iter()
            .find(|x| x.id == p.passage_id)
            .unwrap();
        assert!(passage.role.is_substantive(), "boilerplate is never reuse");
        assert!(
            p.reused_later_in.is_empty(),
            "nothing in the library is later than 2024"
        );
        for s in &p.sources {
            assert!(s.score >= REUSE_THRESHOLD);
            let source = statement
                .passages
                .iter()
                .find(|x| x.id == s.other.passage_id)
                .expect("the source is in the statement");
            links.push((
                passage.text[s.span.start..s.span.end]
                    .chars()
                    .take(30)
                    .collect(),
                source.text.chars().take(30).collect(),
            ));
        }
    }
    links.sort();
    assert_eq!(
        links,
        [
            (
                "It highlighted the need for de".to_owned(),
                "Pakistan therefore shares the ".to_owned()
            ),
            (
                "Pakistan has said that the app".to_owned(),
                "A simple assertion, however, o".to_owned()
            ),
            (
                "“International cooperation for".to_owned(),
                "Similarly, international coope".to_owned()
            ),
            (
                "“We are particularly concerned".to_owned(),
                "On the negative side, these te".to_owned()
            ),
        ]
    );
    // Seen from 2021, the same four links are "reused later in".
    let back = library.reuse_map(statement.summary.id).unwrap();
    let later: usize = back.passages.iter().map(|p| p.reused_later_in.len()).sum();
    assert_eq!(later, 4);
    assert!(back.passages.iter().all(|p| p.sources.is_empty()));
}

#[test]
fn importing_the_older_document_later_links_the_newer_one() {
    let mut library = Library::open_in_memory().unwrap();
    let files: Vec<_> = {
        let mut f: Vec<_> = std::fs::read_dir(samples_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        f.sort();
        f
    };
    // 003_… is the 2024 press release; import it first.
    library.import_paths(&[files[1].clone()], |_| {}).unwrap();
    library.import_paths(&[files[0].clone()], |_| {}).unwrap();
    let docs = library.documents(&Filter::default()).unwrap();
    let map = library
        .reuse_map(by_kind(&docs, "press release").id)
        .unwrap();
    let sources: usize = map.passages.iter().map(|p| p.sources.len()).sum();
    assert_eq!(
        sources, 4,
        "the 2021 statement imported later is still the source"
    );
}

#[test]
fn edge_cases() {
    let library = sample_library();
    let err = library
        .find_reuse("  \n", &Filter::default(), FindOptions::default())
        .unwrap_err();
    assert_eq!(err.kind(), plenary_core::ErrorKind::InvalidQuery);
    assert!(err.to_string().contains("empty"));

    let one_word = library
        .find_reuse("disinformation", &Filter::default(), FindOptions::default())
        .unwrap();
    assert!(
        one_word.is_empty(),
        "one word is too short to be reused language"
    );

    let long: String = (0..5000).map(|i| format!("word{} ", i % 97)).collect::<String>()
        + "A simple assertion, however, of the applicability of existing international law to cyber space is not sufficient.";
    let started = std::time::Instant::now();
    let found = library
        .find_reuse(&long, &Filter::default(), FindOptions::default())
        .unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "a 5,000-word query answers in bounded time"
    );
    assert!(
        found
            .iter()
            .any(|m| m.source_text.starts_with("A simple assertion")),
        "the reused sentence at its end is found"
    );

    let empty = Library::open_in_memory().unwrap();
    assert!(empty
        .find_reuse(
            KNOWN_REUSES[0].0,
            &Filter::default(),
            FindOptions::default()
        )
        .unwrap()
        .is_empty());
}

#[test]
fn chinese_and_arabic_reuse() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("zh.md"),
        "主席先生：\n\n中国支持在联合国框架下建立常设机制，加强信息通信技术安全领域的能力建设。\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ar.md"), "السيد الرئيس،\n\nتؤكد بلادي على أهمية بناء القدرات في مجال أمن تكنولوجيا المعلومات والاتصالات وتدعو إلى تعاون دولي منصف.\n").unwrap();
    let mut library = Library::open_in_memory().unwrap();
    library
        .import_paths(&[dir.path().to_path_buf()], |_| {})
        .unwrap();
    let zh = library
        .find_reuse(
            "中国支持在联合国框架下建立常设机制，加强信息通信技术领域的能力建设。",
            &Filter::default(),
            FindOptions::default(),
        )
        .unwrap();
    assert_eq!(zh.len(), 1, "the Chinese sentence is found");
    assert!(zh[0].score > 85.0 && zh[0].score < 100.0, "{}", zh[0].score);
    let ar = library.find_reuse("تؤكد بلادي على أهمية بناء القدرات في مجال أمن تكنولوجيا المعلومات وتدعو إلى تعاون دولي.", &Filter::default(), FindOptions::default()).unwrap();
    assert_eq!(ar.len(), 1, "the Arabic sentence is found");
    assert!(ar[0].score > 80.0, "{}", ar[0].score);
}

#[test]
fn another_process_writing_the_library_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let app = Library::open(&path).unwrap();
    let sentence = "We reaffirm that international law, and in particular the Charter of the United Nations, applies in cyberspace.";
    let before = app
        .find_reuse(sentence, &Filter::default(), FindOptions::default())
        .unwrap();
    assert!(before.is_empty(), "the library starts empty");

    // The command line imports while the app holds its index.
    let mut cli = Library::open(&path).unwrap();
    cli.import_paths(&[samples_dir()], |_| {}).unwrap();
    std::fs::write(
        dir.path().join("chile.md"),
        format!("Chile\n\n{sentence}\n"),
    )
    .unwrap();
    cli.import_paths(&[dir.path().join("chile.md")], |_| {})
        .unwrap();
    drop(cli);

    let after = app
        .find_reuse(sentence, &Filter::default(), FindOptions::default())
        .unwrap();
    assert_eq!(after.len(), 1, "the app's index was reloaded: {after:?}");
    assert_eq!(after[0].score, 100.0);
}

#[test]
fn an_index_built_aside_is_taken_only_while_still_current() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let mut cli = Library::open(&path).unwrap();
    cli.import_paths(&[samples_dir()], |_| {}).unwrap();
    let sentence = KNOWN_REUSES[1].0;

    // Built on a second connection while the app's library stays free.
    let app = Library::open(&path).unwrap();
    let aside = Library::build_reuse_index_aside(&path).unwrap();
    assert!(
        app.adopt_reuse_index(aside).unwrap(),
        "nothing changed: taken"
    );
    let found = app
        .find_reuse(sentence, &Filter::default(), FindOptions::default())
        .unwrap();
    assert!(!found.is_empty() && found[0].score > 90.0, "{found:?}");

    // A library that already has an index keeps it.
    let aside = Library::build_reuse_index_aside(&path).unwrap();
    assert!(!app.adopt_reuse_index(aside).unwrap());

    // An index built before a write is stale and refused.
    let fresh = Library::open(&path).unwrap();
    let aside = Library::build_reuse_index_aside(&path).unwrap();
    std::fs::write(
        dir.path().join("chile.md"),
        format!("Chile\n\n{sentence}\n"),
    )
    .unwrap();
    cli.import_paths(&[dir.path().join("chile.md")], |_| {})
        .unwrap();
    assert!(!fresh.adopt_reuse_index(aside).unwrap(), "stale: refused");
    let found = fresh
        .find_reuse(sentence, &Filter::default(), FindOptions::default())
        .unwrap();
    assert_eq!(
        found[0].score, 100.0,
        "built afresh, with the new statement"
    );
}

#[test]
fn the_first_words_of_a_sentence_suggest_the_sentence_that_began_so() {
    let library = sample_library();
    let typed = "Pakistan therefore shares the view that";
    let hits = library.suggest(typed, &Filter::default(), 9).unwrap();
    assert!(!hits.is_empty(), "suggested");
    let first = hits
        .iter()
        .filter_map(|h| h.passage())
        .find(|m| m.continues)
        .expect("a continuation");
    assert!(
        first.source_text.starts_with(typed),
        "{}",
        first.source_text
    );
    assert_eq!(
        first.source.date.as_deref(),
        Some("2021-12-13"),
        "{:?}",
        first.source
    );
    assert!(
        first.score < 50.0,
        "the whole sentence's score, not 100: {}",
        first.score
    );
    assert!(
        first
            .diff
            .iter()
            .any(|op| op.op == DiffKind::Delete && op.text.contains("legally binding")),
        "the rest of the sentence shows as what the typing lacks: {:?}",
        first.diff
    );
    for pair in hits.windows(2) {
        assert!(pair[0].score() >= pair[1].score(), "best first");
    }
    // Too few words, or none: nothing, or a clear refusal.
    assert!(library
        .suggest("Pakistan therefore", &Filter::default(), 9)
        .unwrap()
        .iter()
        .all(|h| h.score() < 100.0));
    assert!(library.suggest("  ", &Filter::default(), 9).is_err());
}
