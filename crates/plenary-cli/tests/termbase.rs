//! `plenary terms` and the searches in all languages as a user runs them:
//! an entry added, found in a text with its deprecated variant flagged,
//! exported as TBX and imported into another library; and `plenary
//! positions timeline "legally binding instrument" --all-languages`
//! showing a Spanish statement's "instrumento jurídicamente vinculante",
//! marked as Spanish wording.

mod common;

use common::{code, json, plenary, stdout};

const SPANISH: &str = "---\ntitle: Declaración de Cuba\nkind: statement\nspeaker: Cuba\nlanguage: es\ndate: 2023-03-07\n---\n\nSeñor Presidente:\n\nCuba reitera la necesidad de negociar un instrumento jurídicamente vinculante que colme las lagunas del derecho internacional.\n\nMuchas gracias.\n";
const ENGLISH: &str = "---\ntitle: Statement of Cuba\nkind: statement\nspeaker: Cuba\nlanguage: en\ndate: 2021-12-14\n---\n\nMr. Chair,\n\nCuba supports the elaboration of a legally binding instrument on ICT security.\n\nI thank you.\n";

#[test]
fn the_timeline_in_all_languages_has_the_spanish_wording() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    for (name, text) in [("es.md", SPANISH), ("en.md", ENGLISH)] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let es = dir.path().join("es.md");
    let en = dir.path().join("en.md");
    let imported = plenary(
        &library,
        &["import", es.to_str().unwrap(), en.to_str().unwrap()],
    );
    assert_eq!(code(&imported), 0);

    let query = "legally binding instrument";
    let english_only = stdout(&plenary(
        &library,
        &["positions", "timeline", query, "--speaker", "Cuba"],
    ));
    assert!(
        !english_only.contains("jurídicamente vinculante"),
        "{english_only}"
    );

    let out = plenary(
        &library,
        &[
            "positions",
            "timeline",
            query,
            "--speaker",
            "Cuba",
            "--all-languages",
        ],
    );
    assert_eq!(code(&out), 0);
    let printed = stdout(&out);
    assert!(
        printed.contains("[es: instrumento jurídicamente vinculante]"),
        "{printed}"
    );
    assert!(
        printed.contains("jurídicamente vinculante que colme"),
        "{printed}"
    );

    let timeline = json(
        &library,
        &[
            "positions",
            "timeline",
            query,
            "--speaker",
            "Cuba",
            "--all-languages",
            "--json",
        ],
    );
    let versions = timeline["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1]["wording"]["language"], "es");
    assert_eq!(timeline["across_languages"]["query_term"]["language"], "en");

    let found = json(&library, &["search", query, "--all-languages", "--json"]);
    assert_eq!(found["passages_matched"], 2);
    let refused = plenary(
        &library,
        &["search", "no such term here", "--all-languages"],
    );
    assert_eq!(code(&refused), 4, "an unknown term is a refused query");
}

#[test]
fn an_entry_is_added_found_exported_and_imported_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let added = json(
        &library,
        &[
            "terms",
            "add",
            "--term",
            "en=ping test",
            "--term",
            "es=prueba de comunicación",
            "--deprecated",
            "en=ping check",
            "--note",
            "The CBM says ping test.",
            "--subject",
            "cbm",
            "--json",
        ],
    );
    let id = added["id"].as_i64().unwrap().to_string();
    assert_eq!(added["terms"].as_array().unwrap().len(), 3);

    let hits = json(
        &library,
        &["terms", "find", "Two ping checks were answered.", "--json"],
    );
    let hit = &hits.as_array().unwrap()[0];
    assert_eq!(hit["text"], "ping checks");
    assert_eq!(hit["term"]["status"], "deprecated");
    assert_eq!(hit["preferred"], "ping test");
    let printed = stdout(&plenary(
        &library,
        &["terms", "find", "Two ping checks were answered."],
    ));
    assert!(
        printed.contains("DEPRECATED: use \"ping test\""),
        "{printed}"
    );

    let bad = plenary(&library, &["terms", "add", "--term", "de=Ping-Test"]);
    assert_eq!(code(&bad), 4);

    let tbx = dir.path().join("terms.tbx");
    assert_eq!(
        code(&plenary(
            &library,
            &["terms", "export", "--out", tbx.to_str().unwrap()]
        )),
        0
    );
    let other = dir.path().join("other.db");
    let report = json(
        &other,
        &["terms", "import", tbx.to_str().unwrap(), "--json"],
    );
    assert_eq!(report["added"], 1, "only the new entry: {report}");
    let listed = json(&other, &["terms", "list", "--query", "ping test", "--json"]);
    assert_eq!(listed[0]["terms"], added["terms"]);

    assert_eq!(code(&plenary(&library, &["terms", "remove", &id])), 0);
    assert_eq!(code(&plenary(&library, &["terms", "remove", &id])), 5);
}
