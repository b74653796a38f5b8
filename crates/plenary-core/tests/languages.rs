//! Statements in all six UN languages import, get their language detected,
//! and are found by a word of their body.

mod common;

use plenary_core::model::Filter;
use plenary_core::search::SearchOptions;

const STATEMENTS: &[(&str, &str, &str, &str)] = &[
    (
        "ar.md",
        "ar",
        "السيد الرئيس،\n\nتؤكد بلادي على أهمية بناء القدرات في مجال أمن تكنولوجيا المعلومات والاتصالات، وتدعو إلى تعاون دولي منصف يراعي احتياجات البلدان النامية.\n\nشكرا\n",
        "القدرات",
    ),
    (
        "zh.md",
        "zh",
        "主席先生：\n\n中国代表团支持在联合国框架下建立常设机制，加强信息通信技术安全领域的能力建设，弥合数字鸿沟。\n\n谢谢主席。\n",
        "能力建设",
    ),
    (
        "en.md",
        "en",
        "Mr. Chair,\n\nOur delegation welcomes the launch of the Global Points of Contact Directory and the first ping test held in June.\n\nI thank you\n",
        "directory",
    ),
    (
        "fr.md",
        "fr",
        "Monsieur le Président,\n\nLa France soutient les mesures de confiance et la sécurité des infrastructures critiques dans le cyberespace pour tous les États.\n\nJe vous remercie.\n",
        "sécurité",
    ),
    (
        "ru.md",
        "ru",
        "Господин Председатель,\n\nРоссийская Федерация выступает за разработку юридически обязывающего международного документа в сфере информационной безопасности.\n\nСпасибо.\n",
        "безопасности",
    ),
    (
        "es.md",
        "es",
        "Señor Presidente:\n\nMéxico apoya el fortalecimiento de las capacidades de los Estados y la reducción de la brecha digital para el desarrollo sostenible.\n\nMuchas gracias.\n",
        "brecha",
    ),
];

#[test]
fn each_un_language_imports_and_is_searchable() {
    let texts: Vec<(&str, &str)> = STATEMENTS
        .iter()
        .map(|(name, _, text, _)| (*name, *text))
        .collect();
    let (_dir, library) = common::library_of(&texts);
    for (name, language, _, word) in STATEMENTS {
        let results = library
            .search(word, &Filter::default(), SearchOptions::default())
            .unwrap();
        assert_eq!(
            results.groups.len(),
            1,
            "{word:?} finds exactly the {language} statement"
        );
        let doc = &results.groups[0].document;
        assert!(doc.source_path.as_deref().unwrap().ends_with(name));
        assert_eq!(
            doc.metadata.language.map(|l| l.code()),
            Some(*language),
            "{name} is detected as {language}"
        );
        assert!(
            results.groups[0].hits[0].snippet.iter().any(|s| s.hit),
            "{word:?} is highlighted"
        );
        let doc = library.document(doc.id).unwrap();
        let roles: Vec<_> = doc.passages.iter().map(|p| p.role.as_str()).collect();
        assert_eq!(
            roles,
            ["salutation", "body", "closing"],
            "{name}: salutation and closing are recognised"
        );
    }
    // Search without accents finds accented French; a two-character Chinese word is found too.
    assert_eq!(
        library
            .search("securite", &Filter::default(), SearchOptions::default())
            .unwrap()
            .groups
            .len(),
        1
    );
    assert_eq!(
        library
            .search("鸿沟", &Filter::default(), SearchOptions::default())
            .unwrap()
            .groups
            .len(),
        1
    );
    let lines = library.concordance("能力建设", &Filter::default()).unwrap();
    assert_eq!(lines.len(), 1);
}
