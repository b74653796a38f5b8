//! Fixtures for the drafting tests: earlier statements written to a
//! temporary folder and imported, and the kind and message of a refusal.

use plenary_core::{ErrorKind, Library};

/// Earlier statements, written here, each sentence long enough to be
/// indexed for reuse.
const STATEMENT_2021: &str = "---\ntitle: Statement on international law\nkind: statement\nspeaker: Pakistan\ndate: 2021-12-13\n---\n\nMr. Chair,\n\nThe applicability of existing international law to cyberspace is not sufficient to address the multifaceted legal challenges arising from the malicious use of information technologies.\n\nWe call for a legally binding international instrument specifically tailored to the unique attributes of these technologies.\n\nI thank you, Mr. Chair.\n";

const STATEMENT_2023: &str = "---\ntitle: Statement on capacity-building\nkind: statement\nspeaker: Pakistan\ndate: 2023-07-10\n---\n\nMr. Chair,\n\nInternational cooperation for capacity building and the sharing of requisite technologies could be an important area of early progress for all States.\n\nI thank you, Mr. Chair.\n";

/// A library holding the statements above, written to a temporary folder.
pub fn library_with_statements() -> (tempfile::TempDir, Library) {
    super::library_of(&[("2021.md", STATEMENT_2021), ("2023.md", STATEMENT_2023)])
}

pub fn kind_of<T: std::fmt::Debug>(result: plenary_core::Result<T>) -> (ErrorKind, String) {
    let error = result.expect_err("the value is refused");
    (error.kind(), error.to_string())
}
