//! What capital reads, from the command line: the provenance of each
//! sentence with the statement that said it first (`draft provenance
//! --json`, and the report), a talking point put into a draft, and a
//! draft sent, cleared, changed and delivered only with `--uncleared`.

mod common;

use common::{code, json, plenary, stdout};

const REPEATED: &str = "We must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure.";

fn statement(title: &str, kind: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\nkind: {kind}\nspeaker: Pakistan\ndate: {date}\n---\n\n{REPEATED} {extra}\n")
}

#[test]
fn provenance_names_the_2021_statement_first_and_the_2024_press_release_second() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    // The press release comes into the library first.
    let files = [
        (
            "2024.md",
            statement(
                "Pakistan calls for restraint",
                "press release",
                "2024-03-05",
                "The mission looks forward to the seventh session.",
            ),
        ),
        (
            "2021.md",
            statement(
                "Statement at the first session",
                "statement",
                "2021-12-13",
                "Capacity building should remain demand driven.",
            ),
        ),
    ];
    for (name, text) in &files {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        assert!(plenary(&library, &["import", path.to_str().unwrap()])
            .status
            .success());
    }
    let body = dir.path().join("draft.md");
    std::fs::write(
        &body,
        format!("Mr. Chair,\n\n{REPEATED} Pakistan will host a regional workshop in May 2026.\n"),
    )
    .unwrap();
    let draft = json(
        &library,
        &[
            "draft",
            "new",
            "--title",
            "T",
            "--from-file",
            body.to_str().unwrap(),
            "--json",
        ],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let provenance = json(&library, &["draft", "provenance", &id, "--json"]);
    let paragraph = &provenance[1];
    assert_eq!(paragraph["new_sentences"], 1);
    let sentences = paragraph["sentences"].as_array().unwrap();
    assert_eq!(sentences[0]["mark"], "reused");
    assert_eq!(sentences[1]["mark"], "new");
    let sources: Vec<(&str, &str, f64)> = sentences[0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let p = &s["source"]["provenance"];
            (
                p["date"].as_str().unwrap(),
                p["kind"].as_str().unwrap(),
                s["score"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("2021-12-13", "statement", 100.0),
            ("2024-03-05", "press release", 100.0)
        ]
    );
    let printed = stdout(&plenary(&library, &["draft", "provenance", &id]));
    assert!(printed.contains("(1 of 2 sentences new)"), "{printed}");
    let sentence = &printed[printed.find("[reused]").unwrap()..];
    let (first, later) = (
        sentence.find("first").unwrap(),
        sentence.find("later").unwrap(),
    );
    assert!(sentence[first..].starts_with("first 100.0%"), "{printed}");
    assert!(sentence[first..later].contains("2021-12-13"), "{printed}");
    assert!(sentence[later..].starts_with("later 100.0%"), "{printed}");
    assert!(sentence[later..].contains("2024-03-05"), "{printed}");

    // The report lists them in the same order.
    let report = dir.path().join("report.html");
    assert!(plenary(
        &library,
        &[
            "draft",
            "export",
            &id,
            "--format",
            "provenance",
            "--out",
            report.to_str().unwrap()
        ]
    )
    .status
    .success());
    let page = std::fs::read_to_string(&report).unwrap();
    let (earlier, later) = (
        page.find("First said: Statement at the first session · 13 December 2021")
            .unwrap(),
        page.find("Repeated: Pakistan calls for restraint · 5 March 2024")
            .unwrap(),
    );
    assert!(earlier < later, "{page}");
}

#[test]
fn a_point_is_inserted_and_a_draft_is_cleared_before_it_is_delivered() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let draft = json(
        &library,
        &[
            "draft",
            "new",
            "--title",
            "T",
            "--template",
            "Statement",
            "--json",
        ],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let point = json(
        &library,
        &[
            "points",
            "add",
            "--title",
            "Directory",
            "--text",
            "Pakistan supports a global directory of points of contact.",
            "--json",
        ],
    );
    let point = point["id"].as_i64().unwrap().to_string();
    let inserted = json(
        &library,
        &[
            "draft",
            "insert-point",
            &id,
            &point,
            "--after",
            "1",
            "--json",
        ],
    );
    assert_eq!(
        inserted["body"],
        "Mr. Chair,\n\nPakistan supports a global directory of points of contact.\n\nI thank you, Mr. Chair.\n"
    );
    assert_eq!(inserted["insertions"][0]["source"]["kind"], "talking_point");
    assert_eq!(
        code(&plenary(
            &library,
            &["draft", "insert-point", &id, &point, "--after", "7"]
        )),
        4
    );

    assert!(plenary(&library, &["settings", "delegation", "Pakistan"])
        .status
        .success());
    let sent = json(&library, &["draft", "send", &id, "--json"]);
    assert_eq!(sent["summary"]["status"], "sent_to_capital");
    let unnamed = plenary(&library, &["draft", "clear", &id]);
    assert_eq!(code(&unnamed), 4);
    assert!(String::from_utf8_lossy(&unnamed.stderr).contains("user_name"));
    assert!(plenary(&library, &["settings", "user_name", "Ayesha Khan"])
        .status
        .success());
    let cleared = json(&library, &["draft", "clear", &id, "--json"]);
    assert_eq!(cleared["summary"]["status"], "cleared");
    assert_eq!(cleared["clearance"]["cleared_by"], "Ayesha Khan");

    let edited = dir.path().join("edited.md");
    std::fs::write(&edited, "Mr. Chair,\n\nPakistan strongly supports a global directory of points of contact.\n\nI thank you, Mr. Chair.\n").unwrap();
    assert!(plenary(
        &library,
        &[
            "draft",
            "write",
            &id,
            "--from-file",
            edited.to_str().unwrap()
        ]
    )
    .status
    .success());
    let shown = stdout(&plenary(&library, &["draft", "show", &id]));
    assert!(shown.contains("changed since cleared"), "{shown}");
    assert!(shown.contains("{+strongly+}"), "{shown}");
    let refused = plenary(&library, &["draft", "deliver", &id, "--date", "2026-12-08"]);
    assert_eq!(code(&refused), 4);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--uncleared"));
    let delivered = json(
        &library,
        &[
            "draft",
            "deliver",
            &id,
            "--date",
            "2026-12-08",
            "--uncleared",
            "--json",
        ],
    );
    assert_eq!(delivered["summary"]["status"], "delivered");

    let pdf = dir.path().join("statement.pdf");
    assert!(plenary(
        &library,
        &[
            "draft",
            "export",
            &id,
            "--format",
            "pdf",
            "--out",
            pdf.to_str().unwrap(),
            "--check-against-delivery"
        ]
    )
    .status
    .success());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}
