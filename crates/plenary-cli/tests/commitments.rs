//! `plenary commitments` and `plenary sessions` as a user runs them: on
//! the samples, the two positions suggested and the greeting not, one
//! accepted as a commitment linked to its passage, moved to done with a
//! note and read back with its history and the later statement that
//! repeats it; a due date and a note changed without a status change and
//! kept in its history; a commitment added by hand and refused when wrong; the
//! pre-loaded calendar listed, a session's page with its draft, and a
//! session added, edited and removed; the calendar exported as iCalendar.

mod common;

use common::{code, json, plenary};
use serde_json::Value;
use std::path::Path;

const PERMANENT_MECHANISM: &str = "Pakistan supports the idea of a permanent capacity building mechanism under the UN, as well as a dedicated funding mechanism";
const BINDING_INSTRUMENT: &str =
    "it is essential to develop a legally binding international instrument";

fn with_samples(dir: &Path) -> std::path::PathBuf {
    let library = dir.join("library.db");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples");
    json(&library, &["import", samples.to_str().unwrap(), "--json"]);
    library
}

fn texts(suggestions: &Value) -> Vec<String> {
    suggestions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_suggestion_from_the_samples_is_accepted_done_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let library = with_samples(dir.path());
    let suggested = json(&library, &["commitments", "suggest", "--json"]);
    let all = texts(&suggested);
    assert!(
        all.iter().any(|t| t.contains(PERMANENT_MECHANISM)),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|t| t.contains(BINDING_INSTRUMENT)),
        "{all:#?}"
    );
    assert!(all.iter().all(|t| !t.contains("We assure you")));

    let chosen = suggested
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains(BINDING_INSTRUMENT))
        .unwrap();
    let passage = chosen["source"]["passage_id"].as_i64().unwrap().to_string();
    let sentence = chosen["sentence_index"].as_u64().unwrap().to_string();
    let accepted = json(
        &library,
        &["commitments", "accept", &passage, &sentence, "--json"],
    );
    assert_eq!(
        accepted["source"]["passage_id"],
        chosen["source"]["passage_id"]
    );
    assert_eq!(accepted["text"], chosen["text"]);
    assert_eq!(accepted["status"], "open");
    let left = texts(&json(&library, &["commitments", "suggest", "--json"]));
    assert!(left.iter().all(|t| !t.contains(BINDING_INSTRUMENT)));

    let id = accepted["id"].as_i64().unwrap().to_string();
    let done = json(
        &library,
        &[
            "commitments",
            "set",
            &id,
            "--status",
            "done",
            "--note",
            "Raised again in 2024",
            "--json",
        ],
    );
    assert_eq!(done["status"], "done");
    let history = json(&library, &["commitments", "history", &id, "--json"]);
    let statuses: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["open", "done"]);
    assert_eq!(history[1]["note"], "Raised again in 2024");

    let shown = json(&library, &["commitments", "show", &id, "--json"]);
    assert_eq!(shown["repeats"][0]["source"]["date"], "2024-05-11");
    let document = accepted["source"]["document_id"]
        .as_i64()
        .unwrap()
        .to_string();
    let of_statement = json(
        &library,
        &["commitments", "list", "--document", &document, "--json"],
    );
    assert_eq!(of_statement.as_array().unwrap().len(), 1);
    let printed = common::stdout(&plenary(&library, &["commitments", "show", &id]));
    assert!(printed.contains("Repeated since:"), "{printed}");
    assert!(printed.contains(BINDING_INSTRUMENT), "{printed}");

    // Dismissed for good.
    let other = suggested
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains(PERMANENT_MECHANISM))
        .unwrap();
    let passage = other["source"]["passage_id"].as_i64().unwrap().to_string();
    let sentence = other["sentence_index"].as_u64().unwrap().to_string();
    assert!(
        plenary(&library, &["commitments", "dismiss", &passage, &sentence])
            .status
            .success()
    );
    let left = texts(&json(&library, &["commitments", "suggest", "--json"]));
    assert!(left.iter().all(|t| !t.contains(PERMANENT_MECHANISM)));
}

#[test]
fn a_due_date_and_note_change_without_a_status_change_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let added = json(
        &library,
        &[
            "commitments",
            "add",
            "--kind",
            "pledge",
            "--text",
            "Host the regional workshop",
            "--due",
            "2026-12-01",
            "--session",
            "gm-2026-dtg",
            "--json",
        ],
    );
    let id = added["id"].as_i64().unwrap().to_string();
    let moved = plenary(
        &library,
        &[
            "commitments",
            "set",
            &id,
            "--due",
            "2027-01-15",
            "--note",
            "Plazo ampliado",
        ],
    );
    assert!(moved.status.success(), "{moved:?}");
    let stderr = String::from_utf8_lossy(&moved.stderr);
    assert!(
        stderr.contains("is due 2027-01-15, after its session gm-2026-dtg ends (2026-12-11)"),
        "{stderr}"
    );
    let history = json(&library, &["commitments", "history", &id, "--json"]);
    let last = &history.as_array().unwrap()[1];
    assert_eq!(last["change"], "due_on");
    assert_eq!(last["from"], "2026-12-01");
    assert_eq!(last["to"], "2027-01-15");
    assert_eq!(last["status"], "open");
    assert_eq!(last["note"], "Plazo ampliado");
    let shown = plenary(&library, &["commitments", "history", &id]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("due_on: 2026-12-01 → 2027-01-15  (Plazo ampliado)"),
        "{shown}"
    );
}

#[test]
fn a_commitment_is_added_by_hand_listed_and_refused_when_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let added = json(
        &library,
        &[
            "commitments",
            "add",
            "--kind",
            "action-item",
            "--text",
            "Nominate a technical point of contact",
            "--due",
            "2030-01-15",
            "--session",
            "gm-2026-plenary-1",
            "--topic",
            "Confidence-building measures",
            "--json",
        ],
    );
    assert_eq!(added["kind"], "action_item");
    assert_eq!(added["due_on"], "2030-01-15");
    let id = added["id"].as_i64().unwrap().to_string();
    let edited = json(
        &library,
        &["commitments", "set", &id, "--owner", "Cyber desk", "--json"],
    );
    assert_eq!(edited["owner"], "Cyber desk");
    assert_eq!(edited["status"], "open");
    let listed = json(
        &library,
        &[
            "commitments",
            "list",
            "--topic",
            "confidence-building measures",
            "--json",
        ],
    );
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let none = json(
        &library,
        &["commitments", "list", "--status", "done", "--json"],
    );
    assert!(none.as_array().unwrap().is_empty());

    let bad_kind = plenary(
        &library,
        &[
            "commitments",
            "add",
            "--kind",
            "wish",
            "--text",
            "Something",
        ],
    );
    assert_eq!(code(&bad_kind), 4);
    assert!(String::from_utf8_lossy(&bad_kind.stderr).contains("--kind: 'wish' is not one of"));
    let bad_session = plenary(
        &library,
        &[
            "commitments",
            "add",
            "--kind",
            "pledge",
            "--text",
            "Host a side event",
            "--session",
            "s99",
        ],
    );
    assert_eq!(code(&bad_session), 4);
    assert!(String::from_utf8_lossy(&bad_session.stderr).contains("session:"));
    assert_eq!(code(&plenary(&library, &["commitments", "show", "999"])), 5);
    assert_eq!(
        code(&plenary(
            &library,
            &["commitments", "set", &id, "--status", "finished"]
        )),
        4
    );
    // Created, then the owner set above.
    assert_eq!(
        json(&library, &["commitments", "history", &id, "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(plenary(&library, &["commitments", "remove", &id])
        .status
        .success());
    assert_eq!(
        code(&plenary(&library, &["commitments", "history", &id])),
        5
    );
}

#[test]
fn the_calendar_lists_shows_a_session_page_and_is_edited() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let sessions = json(&library, &["sessions", "list", "--json"]);
    let keys: Vec<&str> = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys.len(), 20);

    let ics = dir.path().join("calendar.ics");
    let exported = plenary(
        &library,
        &[
            "sessions",
            "export",
            "--format",
            "ics",
            "--out",
            ics.to_str().unwrap(),
        ],
    );
    assert!(exported.status.success(), "{exported:?}");
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(text.matches("UID:session-").count(), 20);
    assert!(text.contains("UID:session-oewg-2019-s1@plenary\r\n"));
    let refused = plenary(
        &library,
        &[
            "sessions",
            "export",
            "--format",
            "vcs",
            "--out",
            ics.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&refused), 4);
    assert_eq!(keys[0], "oewg-2019-org");
    assert!(keys.contains(&"oewg-2024-roundtable") && keys.contains(&"gm-2026-dtg"));

    let draft = json(
        &library,
        &["draft", "new", "--title", "July plenary", "--json"],
    );
    let draft_id = draft["summary"]["id"].as_i64().unwrap().to_string();
    assert!(plenary(
        &library,
        &["draft", "set", &draft_id, "session", "gm-2026-plenary-1"]
    )
    .status
    .success());
    let page = json(
        &library,
        &["sessions", "show", "gm-2026-plenary-1", "--json"],
    );
    assert_eq!(page["session"]["starts_on"], "2026-07-20");
    assert_eq!(page["drafts"][0]["title"], "July plenary");
    let printed = common::stdout(&plenary(
        &library,
        &["sessions", "show", "gm-2026-plenary-1"],
    ));
    assert!(
        printed.contains("Global Mechanism: First substantive plenary session"),
        "{printed}"
    );
    assert!(printed.contains("July plenary"), "{printed}");

    let added = json(
        &library,
        &[
            "sessions",
            "add",
            "gm-2027-plenary-2",
            "--forum",
            "Global Mechanism",
            "--name",
            "Second substantive plenary session",
            "--from",
            "2027-07-19",
            "--to",
            "2027-07-23",
            "--agenda",
            "1: Opening of the session",
            "--agenda",
            "2: Adoption of the agenda",
            "--json",
        ],
    );
    assert_eq!(added["agenda"][1]["number"], "2");
    assert_eq!(added["agenda"][1]["title"], "Adoption of the agenda");
    let again = plenary(
        &library,
        &[
            "sessions",
            "add",
            "GM-2027-Plenary-2",
            "--forum",
            "GM",
            "--name",
            "X",
            "--from",
            "2027-01-01",
            "--to",
            "2027-01-02",
        ],
    );
    assert_eq!(code(&again), 4);
    let edited = json(
        &library,
        &[
            "sessions",
            "edit",
            "gm-2027-plenary-2",
            "--place",
            "Geneva",
            "--json",
        ],
    );
    assert_eq!(edited["place"], "Geneva");
    assert_eq!(edited["agenda"].as_array().unwrap().len(), 2);
    let backwards = plenary(
        &library,
        &[
            "sessions",
            "edit",
            "gm-2027-plenary-2",
            "--to",
            "2027-07-01",
        ],
    );
    assert_eq!(code(&backwards), 4);
    assert!(String::from_utf8_lossy(&backwards.stderr).contains("ends_on:"));
    assert!(
        plenary(&library, &["sessions", "remove", "gm-2027-plenary-2"])
            .status
            .success()
    );
    assert_eq!(
        code(&plenary(
            &library,
            &["sessions", "show", "gm-2027-plenary-2"]
        )),
        4
    );
}
