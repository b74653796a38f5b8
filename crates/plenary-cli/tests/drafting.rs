//! The drafting commands as a user runs them: a delivered draft becomes a
//! source of suggestions for the next one (with its delivered date), and
//! talking points, settings, exports and refusals with their exit codes.

mod common;

use common::{code, json, plenary};

const EARLIER: &str = "---\ntitle: Statement on international law\nkind: statement\nspeaker: Pakistan\ndate: 2021-12-13\n---\n\nMr. Chair,\n\nThe applicability of existing international law to cyberspace is not sufficient to address the multifaceted legal challenges arising from these technologies.\n\nI thank you, Mr. Chair.\n";

const NEW_SENTENCE: &str =
    "Pakistan proposes a standing technical working group on the security of undersea cables.";

#[test]
fn a_delivered_draft_is_suggested_to_the_next_with_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let earlier = dir.path().join("earlier.md");
    std::fs::write(&earlier, EARLIER).unwrap();
    assert!(plenary(&library, &["import", earlier.to_str().unwrap()])
        .status
        .success());

    let draft = json(
        &library,
        &[
            "draft",
            "new",
            "--title",
            "Statement on cables",
            "--template",
            "Statement",
            "--json",
        ],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let text = dir.path().join("draft.md");
    std::fs::write(
        &text,
        format!("Mr. Chair,\n\n{NEW_SENTENCE} It would report to the plenary.\n\nI thank you, Mr. Chair.\n"),
    )
    .unwrap();
    assert!(plenary(
        &library,
        &["draft", "write", &id, "--from-file", text.to_str().unwrap()]
    )
    .status
    .success());
    let set = plenary(&library, &["settings", "delegation", "Pakistan"]);
    assert!(set.status.success());
    assert_eq!(
        json(&library, &["settings", "--json"])["delegation"],
        "Pakistan"
    );

    let bad_date = plenary(&library, &["draft", "deliver", &id, "--date", "someday"]);
    assert_eq!(code(&bad_date), 4, "a refused value");
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("date:"));
    let uncleared = plenary(&library, &["draft", "deliver", &id, "--date", "2026-03-05"]);
    assert_eq!(code(&uncleared), 4, "not cleared");
    assert!(String::from_utf8_lossy(&uncleared.stderr).contains("--uncleared"));
    let delivered = json(
        &library,
        &[
            "draft",
            "deliver",
            &id,
            "--date",
            "2026-03-05",
            "--uncleared",
            "--json",
        ],
    );
    assert_eq!(delivered["summary"]["status"], "delivered");
    let document = delivered["delivered_document"]
        .as_i64()
        .expect("a document");
    let shown = json(&library, &["show", &document.to_string(), "--json"]);
    assert_eq!(shown["speaker"], "Pakistan");
    assert_eq!(shown["date"], "2026-03-05");
    assert_eq!(shown["kind"], "statement");

    // The next draft quotes the delivered sentence.
    let next_text = dir.path().join("next.md");
    std::fs::write(
        &next_text,
        format!("Mr. Chair,\n\nWe said it in March and we say it again. {NEW_SENTENCE}\n"),
    )
    .unwrap();
    let next = json(
        &library,
        &[
            "draft",
            "new",
            "--title",
            "Next",
            "--from-file",
            next_text.to_str().unwrap(),
            "--json",
        ],
    );
    let next_id = next["summary"]["id"].as_i64().unwrap().to_string();
    let suggested = json(&library, &["draft", "suggest", &next_id, "--json"]);
    let hits = suggested[0]["suggestions"].as_array().expect("suggestions");
    assert_eq!(hits[0]["source"]["document_id"], document, "{suggested:#}");
    assert_eq!(hits[0]["source"]["date"], "2026-03-05");
    assert_eq!(hits[0]["source_text"], NEW_SENTENCE);
    assert_eq!(hits[0]["score"], 100.0);

    let listed = json(&library, &["draft", "list", "--json"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    let provenance = json(&library, &["draft", "provenance", &next_id, "--json"]);
    let source = &provenance[1]["sources"][0]["source"];
    assert_eq!(
        source["provenance"]["document_id"], document,
        "{provenance:#}"
    );
    assert_eq!(source["provenance"]["date"], "2026-03-05");
}

#[test]
fn points_settings_exports_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let point = json(
        &library,
        &[
            "points",
            "add",
            "--title",
            "Cables",
            "--text",
            "- Protect undersea cables.",
            "--pillar",
            "Capacity-building",
            "--json",
        ],
    );
    let point_id = point["id"].as_i64().unwrap().to_string();
    let found = json(
        &library,
        &["points", "list", "--query", "undersea", "--json"],
    );
    assert_eq!(found[0]["title"], "Cables");
    let edited = json(
        &library,
        &[
            "points",
            "edit",
            &point_id,
            "--session",
            "Eleventh substantive session",
            "--json",
        ],
    );
    assert_eq!(
        edited["session"], "oewg-2021-s11",
        "a session of the calendar, by key"
    );
    assert_eq!(
        edited["pillar"], "Capacity-building",
        "what is not given stays"
    );
    assert!(plenary(&library, &["points", "remove", &point_id])
        .status
        .success());
    assert_eq!(
        code(&plenary(&library, &["points", "remove", &point_id])),
        5
    );

    assert_eq!(
        code(&plenary(&library, &["settings", "words_per_minute", "9"])),
        4
    );
    assert_eq!(code(&plenary(&library, &["settings", "colour", "red"])), 4);
    assert!(plenary(&library, &["settings", "insert_mode", "at_cursor"])
        .status
        .success());
    assert_eq!(
        json(&library, &["settings", "insert_mode", "--json"]),
        "at_cursor"
    );

    let draft = json(
        &library,
        &["draft", "new", "--title", "<script>x</script>", "--json"],
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    assert_eq!(
        code(&plenary(&library, &["draft", "set", &id, "colour", "red"])),
        4
    );
    assert_eq!(
        code(&plenary(
            &library,
            &["draft", "set", &id, "target_minutes", "-2"]
        )),
        4
    );
    assert_eq!(code(&plenary(&library, &["draft", "show", "999"])), 5);
    assert_eq!(
        code(&plenary(
            &library,
            &["draft", "new", "--title", "T", "--template", "Nope"]
        )),
        4
    );
    let missing = dir.path().join("missing.md");
    assert_eq!(
        code(&plenary(
            &library,
            &[
                "draft",
                "write",
                &id,
                "--from-file",
                missing.to_str().unwrap()
            ]
        )),
        6
    );
    assert!(
        plenary(&library, &["draft", "set", &id, "session", "oewg-2021-s11"])
            .status
            .success()
    );
    let shown = json(&library, &["draft", "show", &id, "--json"]);
    assert_eq!(shown["summary"]["session"], "oewg-2021-s11");
    // A session or topic not on its list is refused, naming the closest.
    let unknown = plenary(
        &library,
        &["draft", "set", &id, "topic", "Capacity building"],
    );
    assert!(unknown.status.success(), "hyphens and case do not matter");
    let unknown = plenary(
        &library,
        &["draft", "set", &id, "topic", "Capacity buildin"],
    );
    assert_eq!(code(&unknown), 4);
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("closest: Capacity-building"),
        "{unknown:?}"
    );
    assert_eq!(
        code(&plenary(
            &library,
            &["draft", "set", &id, "session", "OEWG 11"]
        )),
        4
    );

    // An empty draft exports cleanly, its title as text.
    let out = dir.path().join("draft.html");
    let export = plenary(
        &library,
        &[
            "draft",
            "export",
            &id,
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(
        page.contains("&lt;script&gt;") && !page.contains("<script>"),
        "{page}"
    );
    let docx = dir.path().join("draft.docx");
    assert!(plenary(
        &library,
        &[
            "draft",
            "export",
            &id,
            "--format",
            "docx",
            "--out",
            docx.to_str().unwrap()
        ]
    )
    .status
    .success());
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    assert_eq!(
        code(&plenary(
            &library,
            &["draft", "export", &id, "--format", "odt", "--out", "x.odt"]
        )),
        4
    );
}

#[test]
fn a_draft_in_spanish_to_a_chair_who_is_a_woman() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let new = |extra: &[&str]| {
        let mut args = vec![
            "draft",
            "new",
            "--title",
            "Declaración",
            "--template",
            "Statement",
        ];
        args.extend_from_slice(extra);
        plenary(&library, &args)
    };
    let created = new(&["--language", "es", "--chair", "woman", "--json"]);
    assert!(created.status.success());
    let draft: serde_json::Value = serde_json::from_slice(&created.stdout).unwrap();
    assert_eq!(draft["summary"]["language"], "es");
    assert_eq!(
        draft["body"],
        "Señora Presidenta:\n\n\n\nMuchas gracias, Señora Presidenta.\n"
    );
    let id = draft["summary"]["id"].as_i64().unwrap().to_string();
    let provenance = plenary(&library, &["draft", "provenance", &id]);
    let printed = String::from_utf8_lossy(&provenance.stdout);
    assert_eq!(
        printed.matches("formula (salutation or closing)").count(),
        2,
        "{printed}"
    );
    let shown = plenary(&library, &["draft", "show", &id]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("Language     Spanish"));

    let set = plenary(&library, &["draft", "set", &id, "language", "fr"]);
    assert!(set.status.success());
    assert_eq!(
        json(&library, &["draft", "show", &id, "--json"])["summary"]["language"],
        "fr"
    );
    let german = new(&["--language", "de"]);
    assert_eq!(code(&german), 4, "a refused value");
    assert!(String::from_utf8_lossy(&german.stderr).contains("--language:"));
    let nobody = new(&["--chair", "nobody"]);
    assert_eq!(code(&nobody), 4);
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("--chair:"));
}
