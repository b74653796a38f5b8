//! `plenary contacts` as a user runs it: an entry added, never verified
//! until a ping test is logged, the directory exported as CSV and vCard and
//! imported into an empty library, an import with a bad row exiting 3 with
//! the row reported, and an Outlook file's mapping step previewed, changed
//! with --map and imported with a --type for its entries.

mod common;

use common::{json, plenary};

use serde_json::Value;

#[test]
fn a_contact_is_added_pinged_exported_and_imported_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let added = json(
        &library,
        &[
            "contacts",
            "add",
            "--state",
            "Côte d'Ivoire",
            "--type",
            "technical",
            "--name",
            "Adjoua Kouassi",
            "--email",
            "a@example.ci",
            "--phone",
            "+225 27 20",
            "--json",
        ],
    );
    assert_eq!(added["verification"], "never");
    let id = added["id"].as_i64().unwrap().to_string();
    json(
        &library,
        &["contacts", "log", &id, "--kind", "ping-test", "--json"],
    );
    let listed = json(
        &library,
        &["contacts", "list", "--type", "technical", "--json"],
    );
    assert_eq!(listed[0]["verification"], "current", "{listed}");
    for flag in ["--stale", "--unverified", "--no-state"] {
        assert_eq!(
            json(&library, &["contacts", "list", flag, "--json"]),
            Value::Array(vec![])
        );
    }

    let csv = dir.path().join("contacts.csv");
    let vcf = dir.path().join("contacts.vcf");
    for (format, out) in [("csv", &csv), ("vcard", &vcf)] {
        let done = plenary(
            &library,
            &[
                "contacts",
                "export",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
    }
    assert!(std::fs::read_to_string(&vcf)
        .unwrap()
        .contains("FN:Adjoua Kouassi\r\n"));

    let elsewhere = dir.path().join("elsewhere.db");
    let report = json(
        &elsewhere,
        &["contacts", "import", csv.to_str().unwrap(), "--json"],
    );
    assert_eq!(report["added"], 1, "{report}");
    let shown = json(&elsewhere, &["contacts", "show", "1", "--json"]);
    assert_eq!(shown["state"], "Côte d'Ivoire");
    assert_eq!(shown["phone"], "+225 27 20");
    assert_eq!(shown["last_verified"], listed[0]["last_verified"]);
}

#[test]
fn an_import_with_a_bad_row_exits_3_and_names_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "state;poc_type;full_name\nChile;technical;Ana Pérez\nPeru;army;Luis Soto\n",
    )
    .unwrap();
    let out = plenary(&library, &["contacts", "import", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 added")
            && text.contains("0 duplicates left out, 1 row refused\n")
            && text.contains("row 3 (Luis Soto) refused: unknown POC type 'army'"),
        "{text}"
    );

    let refused = plenary(
        &library,
        &[
            "contacts", "add", "--state", "Chile", "--type", "cyber", "--name", "X",
        ],
    );
    assert_eq!(refused.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--type"));
}

#[test]
fn an_outlook_file_is_previewed_mapped_and_imported_with_a_type() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library.db");
    let outlook = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../plenary-core/tests/fixtures/contacts/outlook-windows.csv");
    let outlook = outlook.to_str().unwrap();
    let preview = json(
        &library,
        &["contacts", "import", outlook, "--preview", "--json"],
    );
    assert_eq!(preview["mapped_by"], "outlook");
    assert_eq!(preview["encoding"], "Windows-1252");
    assert_eq!(preview["rows"][0][1], "José María");
    let shown = plenary(&library, &["contacts", "import", outlook, "--preview"]);
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains("No POC type in the file: give --type"),
        "{shown}"
    );

    let refused = plenary(
        &library,
        &["contacts", "import", outlook, "--map", "Nickname=email"],
    );
    assert_eq!(common::code(&refused), 4);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no column 'Nickname'"));

    let report = json(
        &library,
        &[
            "contacts",
            "import",
            outlook,
            "--type",
            "diplomatic",
            "--map",
            "Job Title=",
            "--json",
        ],
    );
    assert_eq!(report["added"], 4, "{report}");
    assert_eq!(report["without_state"], 1, "{report}");
    let chile = json(
        &library,
        &["contacts", "list", "--query", "Núñez", "--json"],
    );
    assert_eq!(chile[0]["state"], "Chile");
    assert_eq!(chile[0]["position"], Value::Null, "Job Title left out");
    let printed = plenary(&library, &["contacts", "list", "--no-state"]);
    let printed = String::from_utf8_lossy(&printed.stdout);
    assert!(
        printed.contains("(no State)") && printed.contains("Kwame Mensah"),
        "{printed}"
    );

    // The mapping made is kept for the next file with the same header row.
    let again = json(
        &library,
        &["contacts", "import", outlook, "--preview", "--json"],
    );
    assert_eq!(again["mapped_by"], "remembered");
    assert_eq!(again["mapping"]["poc_type"], "diplomatic");
}
