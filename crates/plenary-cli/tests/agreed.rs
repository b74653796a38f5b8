//! Agreed language and positions as a user runs them: a report is marked
//! agreed, listed, and a draft checked against it span by span (JSON and
//! text for capital); a position's timeline and who else says it; bad
//! input exits with its code; unmarking ends the check.

mod common;

use common::{code, json, plenary, stdout};

const REPORT: &str = "---\ntitle: Report of the Working Group\nkind: report\ndate: 2022-07-28\n---\n\n15\\. The Group recalled that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security, and that States should continue to implement them at the national level.\n";

const EARLIER: &str = "---\ntitle: Statement on norms\nkind: statement\nspeaker: Pakistan\ndate: 2021-12-13\n---\n\nWe believe that a legally binding instrument on the security of information technologies is needed for all States.\n";

const LATER: &str = "---\ntitle: Statement on law\nkind: statement\nspeaker: Pakistan\ndate: 2024-05-11\n---\n\nWe believe that a legally binding instrument on the security of ICTs is needed now.\n";

const DRAFT: &str = "Mr. Chair,\n\nWe recall that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security.\n\nThe Group recalled that the norms of responsible State behaviour reduce risks to international peace and security, and that States should continue to implement them at the national level.\n\nI thank you.\n";

#[test]
fn a_draft_is_checked_against_a_marked_report() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let mut paths = Vec::new();
    for (name, text) in [
        ("report.md", REPORT),
        ("2021.md", EARLIER),
        ("2024.md", LATER),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path.to_str().unwrap().to_owned());
    }
    let mut import = vec!["import"];
    import.extend(paths.iter().map(String::as_str));
    assert!(plenary(&library, &import).status.success());
    let docs = json(&library, &["list", "--kind", "report", "--json"]);
    let report = docs[0]["id"].as_i64().unwrap().to_string();

    let marked = json(
        &library,
        &["agreed", "add", &report, "--symbol", "A/77/275", "--json"],
    );
    assert_eq!(marked["symbol"], "A/77/275");
    let listed = json(&library, &["agreed", "list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(stdout(&plenary(&library, &["agreed", "list"])).contains("A/77/275"));

    let file = dir.path().join("draft.md");
    std::fs::write(&file, DRAFT).unwrap();
    let draft = json(
        &library,
        &[
            "draft",
            "new",
            "--title",
            "Norms",
            "--from-file",
            file.to_str().unwrap(),
            "--json",
        ],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let spans = json(&library, &["draft", "check", &id, "--json"]);
    let kinds: Vec<&str> = spans
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec!["new", "new", "agreed", "altered", "new"],
        "{spans:#}"
    );
    assert_eq!(spans[2]["source"]["citation"], "A/77/275 ¶ 15");
    assert_eq!(spans[3]["diff"][1]["op"], "delete");
    assert_eq!(spans[3]["diff"][1]["text"], "voluntary, non-binding");
    let text = stdout(&plenary(&library, &["draft", "check", &id]));
    assert!(text.starts_with("1 agreed, 1 altered, 3 new"), "{text}");
    assert!(text.contains("ALTERED  A/77/275 ¶ 15"), "{text}");
    assert!(text.contains("[-voluntary, non-binding-]"), "{text}");

    let timeline = json(
        &library,
        &[
            "positions",
            "timeline",
            "legally binding instrument",
            "--speaker",
            "Pakistan",
            "--json",
        ],
    );
    let versions = timeline["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2, "{timeline:#}");
    assert_eq!(versions[0]["source"]["date"], "2021-12-13");
    assert_eq!(versions[1]["source"]["date"], "2024-05-11");
    assert!(versions[1]["diff"].as_array().unwrap().len() > 1);

    // Refusals, with their exit codes.
    assert_eq!(
        code(&plenary(
            &library,
            &["agreed", "add", &report, "--symbol", " "]
        )),
        4
    );
    assert_eq!(
        code(&plenary(
            &library,
            &["agreed", "add", "999", "--symbol", "A/1"]
        )),
        5
    );
    assert_eq!(code(&plenary(&library, &["draft", "check", "999"])), 5);
    assert_eq!(code(&plenary(&library, &["positions", "timeline", "…"])), 4);

    assert!(plenary(&library, &["agreed", "remove", &report])
        .status
        .success());
    assert_eq!(code(&plenary(&library, &["agreed", "remove", &report])), 5);
    let spans = json(&library, &["draft", "check", &id, "--json"]);
    assert!(spans.as_array().unwrap().iter().all(|s| s["kind"] == "new"));
}
