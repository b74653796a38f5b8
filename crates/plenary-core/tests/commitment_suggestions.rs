//! Commitments suggested from statements: in the samples, the 2024
//! position on a permanent capacity-building mechanism and the 2021 call
//! for a legally binding instrument, never the greeting; in each of the six
//! UN languages, positions, pledges and requests found and greetings,
//! thanks and procedural lines left out; a deadline makes an action item;
//! accepting links a commitment to its passage and later statements that
//! repeat it, dismissing is for good, and the delegation narrows them.

mod common;

use plenary_core::commitments::cues::read_sentence;
use plenary_core::model::{CommitmentInput, CommitmentKind, CommitmentStatus, Settings};
use plenary_core::{ErrorKind, Library};

const PERMANENT_MECHANISM: &str =
    "Pakistan supports the idea of a permanent capacity building mechanism under the UN, as well as a dedicated funding mechanism";
const BINDING_INSTRUMENT: &str =
    "it is essential to develop a legally binding international instrument";
const GREETING: &str = "We assure you of our full support and cooperation";

/// Statements in the six languages: (file, speaker, body, the sentences
/// expected with their kind, the sentences that must not be suggested).
type Fixture = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, CommitmentKind)],
    &'static [&'static str],
);

const STATEMENTS: &[Fixture] = &[
    (
        "en.md",
        "Ghana",
        "Mr. Chair,\n\nWe congratulate you on your election and assure you of our full support and cooperation.\n\nGhana supports the establishment of a permanent mechanism for regular institutional dialogue under the United Nations.\n\nWe will submit a working paper on capacity-building needs by 15 March 2026.\n\nWe call on all States to nominate their points of contact to the Global POC Directory.\n\nGhana aligns itself with the statement delivered on behalf of the African Group, and we support it fully.\n\nI thank you, Mr. Chair.\n",
        &[
            ("Ghana supports the establishment", CommitmentKind::Position),
            ("We will submit a working paper", CommitmentKind::ActionItem),
            ("We call on all States", CommitmentKind::Request),
        ],
        &["We congratulate you", "Ghana aligns itself"],
    ),
    (
        "fr.md",
        "France",
        "Monsieur le Président,\n\nNous vous félicitons pour votre élection et vous assurons de notre plein soutien.\n\nLa France soutient la création d'un programme d'action pour faire progresser le comportement responsable des États.\n\nNous appelons tous les États à respecter le droit international dans le cyberespace.\n\nNous nous engageons à partager nos bonnes pratiques en matière de renforcement des capacités.\n\nJe vous remercie.\n",
        &[
            ("La France soutient la création", CommitmentKind::Position),
            ("Nous appelons tous les États", CommitmentKind::Request),
            ("Nous nous engageons à partager", CommitmentKind::Pledge),
        ],
        &["Nous vous félicitons"],
    ),
    (
        "es.md",
        "Mexico",
        "Señor Presidente,\n\nAgradecemos su liderazgo y le felicitamos por su elección al frente de este Grupo.\n\nApoyamos el establecimiento de un mecanismo permanente e inclusivo bajo los auspicios de las Naciones Unidas.\n\nInstamos a todos los Estados a fortalecer la cooperación internacional en materia de creación de capacidades.\n\nSeguiremos contribuyendo activamente a los trabajos de este Grupo de Trabajo de composición abierta.\n\nMuchas gracias.\n",
        &[
            ("Apoyamos el establecimiento", CommitmentKind::Position),
            ("Instamos a todos los Estados", CommitmentKind::Request),
            ("Seguiremos contribuyendo", CommitmentKind::Pledge),
        ],
        &["Agradecemos su liderazgo"],
    ),
    (
        "ru.md",
        "Russian Federation",
        "Уважаемый господин Председатель,\n\nПозвольте поздравить Вас с избранием и заверить в нашей полной поддержке.\n\nМы выступаем за разработку универсальной юридически обязывающей конвенции по обеспечению международной информационной безопасности.\n\nПризываем все государства воздерживаться от милитаризации информационного пространства.\n\nМы готовы к конструктивному взаимодействию со всеми делегациями в рамках рабочей группы.\n\nБлагодарю за внимание.\n",
        &[
            ("Мы выступаем за разработку", CommitmentKind::Request),
            ("Призываем все государства", CommitmentKind::Request),
            ("Мы готовы к конструктивному", CommitmentKind::Pledge),
        ],
        &["Позвольте поздравить"],
    ),
    (
        "zh.md",
        "China",
        "主席先生：\n\n我谨祝贺您当选主席，并感谢秘书处为本次会议所做的辛勤工作。\n\n中方支持在联合国框架下建立常设机制，推动各国平等参与网络空间治理。\n\n我们呼吁各国摒弃冷战思维，共同维护网络空间和平与安全。\n\n中方将继续积极参与工作组的讨论，为弥合数字鸿沟作出贡献。\n\n谢谢主席。\n",
        &[
            ("中方支持在联合国框架下", CommitmentKind::Position),
            ("我们呼吁各国", CommitmentKind::Request),
            ("中方将继续积极参与", CommitmentKind::Pledge),
        ],
        &["我谨祝贺您"],
    ),
    (
        "ar.md",
        "Egypt",
        "السيد الرئيس،\n\nنهنئكم على انتخابكم ونشكر الأمانة على جهودها في التحضير لهذه الدورة.\n\nنؤيد إنشاء آلية دائمة تحت رعاية الأمم المتحدة لتعزيز الحوار المؤسسي المنتظم.\n\nندعو جميع الدول إلى تعزيز التعاون الدولي في مجال بناء القدرات.\n\nسنواصل المشاركة البناءة في أعمال هذا الفريق العامل المفتوح العضوية.\n\nشكرا السيد الرئيس.\n",
        &[
            ("نؤيد إنشاء آلية دائمة", CommitmentKind::Position),
            ("ندعو جميع الدول", CommitmentKind::Request),
            ("سنواصل المشاركة البناءة", CommitmentKind::Pledge),
        ],
        &["نهنئكم على انتخابكم"],
    ),
];

fn samples_library() -> Library {
    let samples = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples");
    let mut library = Library::open_in_memory().unwrap();
    library.import_paths(&[samples], |_| {}).unwrap();
    library
}

fn six_languages() -> (tempfile::TempDir, Library) {
    let texts: Vec<(&str, String)> = STATEMENTS
        .iter()
        .map(|(file, speaker, body, ..)| {
            let language = file.trim_end_matches(".md");
            let text = format!(
                "---\ntitle: Statement {language}\nkind: statement\nspeaker: {speaker}\nlanguage: {language}\ndate: 2026-07-21\n---\n\n{body}"
            );
            (*file, text)
        })
        .collect();
    common::library_of(&texts)
}

#[test]
fn the_samples_yield_the_two_positions_and_never_the_greeting() {
    let library = samples_library();
    let suggestions = library.commitment_suggestions(100).unwrap();
    let position = |needle: &str| suggestions.iter().position(|s| s.text.contains(needle));
    let mechanism = position(PERMANENT_MECHANISM).expect("the 2024 position is suggested");
    let instrument = position(BINDING_INSTRUMENT).expect("the 2021 position is suggested");
    assert_eq!(
        suggestions[mechanism].source.date.as_deref(),
        Some("2024-05-11")
    );
    assert_eq!(
        suggestions[instrument].source.date.as_deref(),
        Some("2021-12-13")
    );
    assert_eq!(suggestions[mechanism].kind, CommitmentKind::Position);
    assert!(
        position(GREETING).is_none(),
        "the greeting is not suggested"
    );
    assert!(suggestions
        .iter()
        .all(|s| !s.text.contains("congratulates")));
    // By confidence, then newest first.
    for pair in suggestions.windows(2) {
        assert!(pair[0].confidence >= pair[1].confidence, "{pair:?}");
    }
    assert!(mechanism < instrument, "{suggestions:#?}");
}

#[test]
fn accepting_a_suggestion_links_a_commitment_to_its_passage_and_its_repeats() {
    let mut library = samples_library();
    let suggestion = library
        .commitment_suggestions(100)
        .unwrap()
        .into_iter()
        .find(|s| s.text.contains(BINDING_INSTRUMENT))
        .unwrap();
    let commitment = library
        .accept_suggestion(
            suggestion.source.passage_id,
            suggestion.sentence_index,
            None,
        )
        .unwrap();
    assert_eq!(commitment.text, suggestion.text);
    assert_eq!(commitment.kind, suggestion.kind);
    assert_eq!(commitment.status, CommitmentStatus::Open);
    let source = commitment.source.clone().unwrap();
    assert_eq!(source.passage_id, suggestion.source.passage_id);
    assert!(source.passage_text.contains(BINDING_INSTRUMENT));
    assert!(library
        .commitment_suggestions(100)
        .unwrap()
        .iter()
        .all(|s| !s.text.contains(BINDING_INSTRUMENT)));

    // From the statement, its commitments; from the commitment, the 2024
    // press release that repeats its passage.
    let of_statement = library
        .commitments(&plenary_core::model::CommitmentFilter {
            document_id: Some(source.document_id),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(of_statement.len(), 1);
    let detail = library.commitment_detail(commitment.id).unwrap();
    assert_eq!(detail.repeats.len(), 1, "{:#?}", detail.repeats);
    assert_eq!(detail.repeats[0].source.date.as_deref(), Some("2024-05-11"));
    assert!(detail.repeats[0].score > 0.5);

    let (kind, message) = common::drafting::kind_of(library.accept_suggestion(
        suggestion.source.passage_id,
        suggestion.sentence_index,
        None,
    ));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.contains("already a commitment"), "{message}");
}

#[test]
fn an_edited_suggestion_keeps_its_passage_and_a_dismissed_one_stays_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let samples = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples");
    let mut library = Library::open(&path).unwrap();
    library.import_paths(&[samples], |_| {}).unwrap();
    let suggestions = library.commitment_suggestions(100).unwrap();
    let mechanism = suggestions
        .iter()
        .find(|s| s.text.contains(PERMANENT_MECHANISM))
        .unwrap();
    let edited = CommitmentInput {
        id: Some(77),
        text: "Support a permanent capacity-building mechanism and its fund".into(),
        kind: CommitmentKind::Pledge,
        owner: Some("Cyber desk".into()),
        due_on: None,
        session: Some("gm-2026-plenary-1".into()),
        topic: Some("Capacity-building".into()),
        source_passage_id: None,
    };
    let commitment = library
        .accept_suggestion(
            mechanism.source.passage_id,
            mechanism.sentence_index,
            Some(&edited),
        )
        .unwrap();
    assert_eq!(commitment.text, edited.text);
    assert_eq!(commitment.kind, CommitmentKind::Pledge);
    assert_eq!(
        commitment.source.unwrap().passage_id,
        mechanism.source.passage_id
    );

    let other = suggestions
        .iter()
        .find(|s| !s.text.contains(PERMANENT_MECHANISM))
        .unwrap();
    library
        .dismiss_suggestion(other.source.passage_id, other.sentence_index)
        .unwrap();
    drop(library);
    let mut library = Library::open(&path).unwrap();
    let left = library.commitment_suggestions(100).unwrap();
    assert_eq!(left.len(), suggestions.len() - 2);
    assert!(left.iter().all(|s| s.text != other.text));

    let (kind, _) = common::drafting::kind_of(library.dismiss_suggestion(999_999, 1));
    assert_eq!(kind, ErrorKind::NotFound);
    let (kind, message) =
        common::drafting::kind_of(library.dismiss_suggestion(other.source.passage_id, 999));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("sentence_index:"), "{message}");
}

#[test]
fn the_delegation_narrows_suggestions_to_its_own_statements() {
    let (_dir, mut library) = six_languages();
    assert!(library
        .commitment_suggestions(100)
        .unwrap()
        .iter()
        .any(|s| s.source.speaker.as_deref() == Some("Egypt")));
    library
        .save_settings(&Settings {
            delegation: Some("france".into()),
            ..library.settings().unwrap()
        })
        .unwrap();
    let speakers: Vec<_> = library
        .commitment_suggestions(100)
        .unwrap()
        .into_iter()
        .map(|s| s.source.speaker)
        .collect();
    assert_eq!(speakers, vec![Some("France".to_owned()); 3]);
}

#[test]
fn each_un_language_yields_its_positions_pledges_and_requests_and_no_greeting() {
    let (_dir, library) = six_languages();
    let suggestions = library.commitment_suggestions(1000).unwrap();
    for (file, speaker, _, expected, refused) in STATEMENTS {
        let of_speaker: Vec<_> = suggestions
            .iter()
            .filter(|s| s.source.speaker.as_deref() == Some(speaker))
            .collect();
        for (start, kind) in *expected {
            let found = of_speaker
                .iter()
                .find(|s| s.text.starts_with(start))
                .unwrap_or_else(|| panic!("{file}: '{start}' is suggested: {of_speaker:#?}"));
            assert_eq!(found.kind, *kind, "{file}: {start}");
            assert!(found.confidence >= 0.5 && found.confidence < 1.0);
        }
        for start in *refused {
            assert!(
                of_speaker.iter().all(|s| !s.text.starts_with(start)),
                "{file}: '{start}' is not suggested"
            );
        }
        assert_eq!(of_speaker.len(), expected.len(), "{file}: {of_speaker:#?}");
    }
}

#[test]
fn a_cue_in_the_third_person_needs_the_speaker_as_its_subject() {
    let chair = "The Chair supports the idea of a new mechanism for all States.";
    assert_eq!(read_sentence(chair, Some("Ghana")), None);
    let ghana = "Ghana supports the idea of a new mechanism for all States.";
    assert_eq!(
        read_sentence(ghana, Some("Ghana")).map(|r| r.kind),
        Some(CommitmentKind::Position)
    );
    let delegation = "My delegation supports the idea of a new mechanism for all States.";
    assert!(read_sentence(delegation, None).is_some());
    // "governmental" is not "government", and a subject too far back is
    // another clause's.
    let experts =
        "The Group of Governmental Experts calls for closer cooperation among all States.";
    assert_eq!(read_sentence(experts, Some("Ghana")), None);
    let far =
        "Ghana read the report of the Group, which calls for closer cooperation among States.";
    assert_eq!(read_sentence(far, Some("Ghana")), None);
    let report = "The report will be adopted by consensus next year in New York.";
    assert_eq!(read_sentence(report, Some("Ghana")), None);
    // "will" inside a word, and a cue that is not a whole word, count for nothing.
    assert_eq!(
        read_sentence(
            "Goodwill among States grows with every exchange of views.",
            Some("Ghana")
        ),
        None
    );
    // A pledge with a deadline is an action item, and more surely a commitment.
    let plain = read_sentence("We will nominate a technical point of contact soon.", None).unwrap();
    let dated = read_sentence(
        "We will nominate a technical point of contact by 30 June 2026.",
        None,
    )
    .unwrap();
    assert_eq!(plain.kind, CommitmentKind::Pledge);
    assert_eq!(dated.kind, CommitmentKind::ActionItem);
    assert!(dated.confidence > plain.confidence);
    // Questions and fragments are not commitments.
    assert_eq!(
        read_sentence("Will we support this proposal together?", None),
        None
    );
    assert_eq!(read_sentence("We support it.", None), None);
}

#[test]
fn an_arabic_verb_finds_its_subject_after_it_or_in_an_earlier_joined_clause() {
    // The verb comes first: "my country's delegation stresses ...".
    let stresses = "ويؤكد وفد بلادي على أهمية التوصل إلى صك دولي ملزم قانوناً في إطار الأمم المتحدة.";
    assert_eq!(
        read_sentence(stresses, Some("Egypt")).map(|r| r.kind),
        Some(CommitmentKind::Position)
    );
    // A second verb joined by "and" shares the first one's subject.
    let calls = "يرحب وفد بلادي بالتقرير الختامي للفريق العامل السابق، ويدعو إلى البناء على ما تضمنه من توصيات.";
    assert_eq!(
        read_sentence(calls, Some("Egypt")).map(|r| r.kind),
        Some(CommitmentKind::Request)
    );
    // Another body's verb is not the delegation's.
    let report = "ويؤكد التقرير الختامي على أهمية التعاون الدولي في مجال بناء القدرات للجميع.";
    assert_eq!(read_sentence(report, Some("Egypt")), None);
    // Assuring the Chair of support is courtesy, whatever its verb.
    let courtesy = "يود وفد بلادي أن يتقدم إليكم بالتهنئة على انتخابكم، وأن يؤكد لكم دعمه الكامل وتعاونه البنّاء.";
    assert_eq!(read_sentence(courtesy, Some("Egypt")), None);
}

#[test]
fn a_reanalysis_keeps_decisions_and_finds_a_commitment_source_again() {
    let mut library = samples_library();
    let suggestions = library.commitment_suggestions(100).unwrap();
    let find = |needle: &str| {
        suggestions
            .iter()
            .find(|s| s.text.contains(needle))
            .unwrap()
            .clone()
    };
    let (mechanism, instrument) = (find(PERMANENT_MECHANISM), find(BINDING_INSTRUMENT));
    let commitment = library
        .accept_suggestion(
            instrument.source.passage_id,
            instrument.sentence_index,
            None,
        )
        .unwrap();
    library
        .dismiss_suggestion(mechanism.source.passage_id, mechanism.sentence_index)
        .unwrap();

    // Every passage row is deleted and written anew.
    library.reanalyse(&[]).unwrap();
    let left = library.commitment_suggestions(100).unwrap();
    assert_eq!(left.len(), suggestions.len() - 2, "{left:#?}");
    assert!(left
        .iter()
        .all(|s| !s.text.contains(PERMANENT_MECHANISM) && !s.text.contains(BINDING_INSTRUMENT)));
    let source = library
        .commitment_detail(commitment.id)
        .unwrap()
        .commitment
        .source
        .expect("the source is found again by its document and paragraph");
    assert!(source.passage_text.contains(BINDING_INSTRUMENT));
    assert_eq!(source.document_id, instrument.source.document_id);
}

#[test]
fn a_wording_dismissed_once_is_not_suggested_again_from_another_statement() {
    let pledge = "We stand ready to share our national experience in building computer emergency response teams.";
    let texts = [("2023.md", "2023-07-24"), ("2025.md", "2025-07-07")].map(|(name, date)| {
        let text = format!(
            "---\ntitle: Statement {date}\nkind: statement\nspeaker: Ghana\ndate: {date}\n---\n\nMr. Chair,\n\n{pledge}\n\nWe call on all States to nominate their points of contact without delay.\n\nI thank you.\n"
        );
        (name, text)
    });
    let (_dir, mut library) = common::library_of(&texts);
    let suggestions = library.commitment_suggestions(100).unwrap();
    assert_eq!(suggestions.len(), 2, "each wording once: {suggestions:#?}");
    let newest = suggestions.iter().find(|s| s.text == pledge).unwrap();
    assert_eq!(newest.source.date.as_deref(), Some("2025-07-07"));
    library
        .dismiss_suggestion(newest.source.passage_id, newest.sentence_index)
        .unwrap();
    let left = library.commitment_suggestions(100).unwrap();
    assert_eq!(left.len(), 1, "{left:#?}");
    assert!(left[0].text.starts_with("We call on all States"));
}

#[test]
fn a_sentence_said_again_over_the_years_is_one_suggestion_listing_its_repeats() {
    let pledge = "Seguiremos contribuyendo activamente a los trabajos de este Grupo de Trabajo.";
    let statement = |year: u32| {
        format!(
            "---\ntitle: Intervención {year}\nkind: statement\nspeaker: Cuba\nlanguage: es\ndate: {year}-03-05\n---\n\nSeñor Presidente:\n\n{pledge}\n\nApoyamos el diálogo institucional periódico bajo los auspicios de las Naciones Unidas en {year}.\n"
        )
    };
    let (_dir, library) = common::library_of(&[
        ("2022.md", statement(2022)),
        ("2023.md", statement(2023)),
        ("2024.md", statement(2024)),
    ]);
    let suggestions = library.commitment_suggestions(50).unwrap();
    let same: Vec<_> = suggestions.iter().filter(|s| s.text == pledge).collect();
    assert_eq!(same.len(), 1, "{suggestions:#?}");
    assert_eq!(same[0].kind, CommitmentKind::Pledge);
    assert_eq!(same[0].source.date.as_deref(), Some("2024-03-05"));
    let years: Vec<_> = same[0]
        .repeats
        .iter()
        .map(|r| r.source.date.clone().unwrap_or_default())
        .collect();
    assert_eq!(years, ["2022-03-05", "2023-03-05"]);
}
