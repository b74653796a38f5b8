//! The short fuzz run that `make test` makes: `plenary-bench fuzz` on a few
//! hundred generated hostile inputs (the long run is 100,000, see
//! `docs/BENCHMARKS.md`). A panic fails it. An unoptimised test build is
//! some ten times slower than a release, and the machine running the suite
//! is shared, so the limit per input here is 15 s rather than the release
//! run's 1 s: it still catches an input that makes a reader run away.

use std::process::Command;

#[test]
fn the_importers_survive_a_short_fuzz_run() {
    let out = Command::new(env!("CARGO_BIN_EXE_plenary-bench"))
        .args(["fuzz", "--cases", "200", "--seed", "7", "--max-ms", "15000"])
        .output()
        .expect("plenary-bench runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("fuzzed 200 inputs"), "{stdout}");
    for format in ["markdown", "text", "html", "docx", "pdf"] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(format))
            .unwrap_or_else(|| panic!("no line for {format}: {stdout}"));
        assert!(line.contains(" 40 "), "{format} ran 40 cases: {line}");
    }
}
