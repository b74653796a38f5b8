//! A draft's language: a new draft in each of the six UN languages starts,
//! from the shipped Statement template, with that language's opening and
//! closing for the chair it addresses; provenance marks both as formulas;
//! suggestions skip them, though the library holds sentences that begin
//! with the same words. The language is a field of the draft, set and
//! checked like the others.

mod common;

use common::drafting::kind_of;
use plenary_core::drafts::formulas;
use plenary_core::model::{Chair, DraftStart, Filter, Language};
use plenary_core::{ErrorKind, Library};

/// A sentence of each language that opens with its closing formula's words
/// (to a chair who is a man) and goes on as substance, so that a closing
/// typed in a draft would be continued by it if formulas were not skipped;
/// and a substantive sentence, which is suggested.
fn statement(language: Language) -> (String, &'static str) {
    let f = formulas(language, Chair::Man);
    let (thanks, substance) = match language {
        Language::Ar => (
            "وشكراً السيد الرئيس على عقد هذه الجلسة المهمة وعلى قيادتكم الحكيمة لأعمال الفريق العامل طوال الأسبوع.",
            "تؤكد بلادي على أهمية بناء القدرات في مجال أمن تكنولوجيا المعلومات والاتصالات وتدعو إلى تعاون دولي منصف.",
        ),
        Language::Zh => (
            "谢谢主席先生召开这次重要会议，并感谢您在整个星期里对工作组工作的出色领导。",
            "中国代表团支持在联合国框架下建立常设机制，加强信息通信技术安全领域的能力建设，弥合数字鸿沟。",
        ),
        Language::En => (
            "I thank you, Mr. Chair, for convening this important meeting and for your able leadership of the Working Group all week.",
            "Our delegation welcomes the launch of the Global Points of Contact Directory and the first ping test held in June.",
        ),
        Language::Fr => (
            "Je vous remercie, Monsieur le Président, de convoquer cette réunion importante et de diriger nos travaux toute la semaine.",
            "La France soutient les mesures de confiance et la sécurité des infrastructures critiques dans le cyberespace pour tous les États.",
        ),
        Language::Ru => (
            "Благодарю Вас, господин Председатель, за созыв этого важного заседания и за умелое руководство работой группы всю неделю.",
            "Российская Федерация выступает за разработку юридически обязывающего международного документа в сфере информационной безопасности.",
        ),
        Language::Es => (
            "Muchas gracias, Señor Presidente, por convocar esta importante reunión y por su acertada conducción de los trabajos durante toda la semana.",
            "México apoya el fortalecimiento de las capacidades de los Estados y la reducción de la brecha digital para el desarrollo sostenible.",
        ),
    };
    let text = format!(
        "---\nkind: statement\nspeaker: Chile\ndate: 2024-03-05\nlanguage: {}\n---\n\n{}\n\n{thanks}\n\n{substance}\n\n{}\n",
        language.code(),
        f.opening,
        f.closing
    );
    (text, substance)
}

/// A library holding one statement in each language.
fn library_in_six_languages() -> (tempfile::TempDir, Library) {
    let statements: Vec<(String, String)> = Language::ALL
        .iter()
        .map(|l| (format!("{}.md", l.code()), statement(*l).0))
        .collect();
    let named: Vec<(&str, &str)> = statements
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    common::library_of(&named)
}

#[test]
fn a_new_draft_in_each_language_opens_and_closes_in_it_and_both_are_formulas() {
    let (_dir, mut library) = library_in_six_languages();
    for language in Language::ALL {
        for chair in Chair::ALL {
            let expected = formulas(language, chair);
            let draft = library
                .create_draft(
                    "Statement",
                    &DraftStart {
                        template: Some("Statement"),
                        language,
                        chair,
                        ..DraftStart::default()
                    },
                )
                .unwrap();
            assert_eq!(draft.summary.language, Some(language));
            let paragraphs = plenary_core::text::paragraphs::paragraphs(&draft.body);
            assert_eq!(
                paragraphs,
                [expected.opening, expected.closing],
                "{language:?} {chair:?}"
            );

            let (_, substance) = statement(language);
            let body = format!(
                "{}\n\n{substance}\n\n{}\n",
                expected.opening, expected.closing
            );
            library.write_draft(draft.summary.id, &body).unwrap();
            let provenance = library.draft_provenance(draft.summary.id).unwrap();
            let formula: Vec<bool> = provenance.iter().map(|p| p.formula).collect();
            assert_eq!(formula, [true, false, true], "{language:?} {chair:?}");
            assert!(
                !provenance[1].sources.is_empty(),
                "{language:?}: the substance is found in the library"
            );
        }
    }
}

#[test]
fn suggestions_skip_openings_and_closings_in_every_language() {
    let (_dir, library) = library_in_six_languages();
    for language in Language::ALL {
        let (_, substance) = statement(language);
        assert!(
            !library
                .suggest(substance, &Filter::default(), 5)
                .unwrap()
                .is_empty(),
            "{language:?}: a sentence of substance is suggested"
        );
        for chair in Chair::ALL {
            let f = formulas(language, chair);
            for formula in [f.opening, f.closing] {
                let found = library.suggest(formula, &Filter::default(), 5).unwrap();
                assert!(found.is_empty(), "{language:?}: {formula} gets {found:?}");
            }
        }
    }
}

#[test]
fn the_language_is_a_field_of_the_draft() {
    let mut library = Library::open_in_memory().unwrap();
    let draft = library.create_draft("T", &DraftStart::default()).unwrap();
    assert_eq!(draft.summary.language, Some(Language::En));
    let id = draft.summary.id;
    let set = library.update_draft(id, "language", Some("es")).unwrap();
    assert_eq!(set.summary.language, Some(Language::Es));
    let by_name = library
        .update_draft(id, "language", Some("Arabic"))
        .unwrap();
    assert_eq!(by_name.summary.language, Some(Language::Ar));
    assert_eq!(
        library.drafts().unwrap()[0].language,
        Some(Language::Ar),
        "the list carries it"
    );
    let (kind, message) = kind_of(library.update_draft(id, "language", Some("de")));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(
        message.starts_with("language:") && message.contains("'de'"),
        "{message}"
    );
    let (kind, _) = kind_of(library.update_draft(id, "language", None));
    assert_eq!(kind, ErrorKind::InvalidField, "a draft keeps a language");
}
