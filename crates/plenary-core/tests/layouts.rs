//! Paragraphs as a reader sees them, whatever the layout: each fixture
//! below reproduces one layout met in real statements (written here, not
//! copied), and its passages are asserted exactly, text and role.

use plenary_core::model::{Layout, PassageRole};
use plenary_core::text::{self, layout};
use PassageRole::*;

/// The layout `detect` chooses, and the passages read in it.
fn read(body: &str) -> (Layout, Vec<(PassageRole, String)>) {
    let layout = layout::detect(body);
    let passages = text::passages(body, layout)
        .into_iter()
        .map(|p| (p.role, p.text))
        .collect();
    (layout, passages)
}

fn expect(passages: &[(PassageRole, &str)]) -> Vec<(PassageRole, String)> {
    passages.iter().map(|(r, t)| (*r, t.to_string())).collect()
}

/// Text copied from a web page: single line breaks between paragraphs.
const ONE_PER_LINE: &str = "\
Statement by the delegation of Freedonia at the fourth substantive session
Geneva, 9 March 2023
Madam Chair,
Freedonia welcomes the progress report and thanks the Secretariat for its work.
We remain concerned about ransomware attacks against hospitals and water systems.
Freedonia aligns itself with the statement delivered by the European Union.
Thank you.
";

#[test]
fn one_paragraph_per_line() {
    assert_eq!(
        read(ONE_PER_LINE),
        (
            Layout::OnePerLine,
            expect(&[
                (
                    Heading,
                    "Statement by the delegation of Freedonia at the fourth substantive session"
                ),
                (Dateline, "Geneva, 9 March 2023"),
                (Salutation, "Madam Chair,"),
                (
                    Body,
                    "Freedonia welcomes the progress report and thanks the Secretariat for its work."
                ),
                (
                    Body,
                    "We remain concerned about ransomware attacks against hospitals and water systems."
                ),
                (
                    Alignment,
                    "Freedonia aligns itself with the statement delivered by the European Union."
                ),
                (Closing, "Thank you."),
            ])
        )
    );
}

/// PDF text: lines wrapped near one width, paragraphs numbered.
const HARD_WRAPPED: &str = "\
FREEDONIA
Position on international law in cyberspace
1. Freedonia recognises that international law, and in particular the Charter of
the United Nations, applies to the use of information and communications
technologies by States. This view is shared by a growing number of delegations
and regional organisations in their national positions published in recent years.
2. States must not knowingly allow their territory to be used for internationally
wrongful acts using ICTs. Due diligence is an expectation of responsible
behaviour.
3. Capacity-building remains essential to close the digital divide between States.
";

#[test]
fn hard_wrapped_lines_are_joined_into_paragraphs() {
    assert_eq!(
        read(HARD_WRAPPED),
        (
            Layout::HardWrapped,
            expect(&[
                (Letterhead, "FREEDONIA"),
                (Heading, "Position on international law in cyberspace"),
                (
                    Body,
                    "Freedonia recognises that international law, and in particular the Charter of \
                     the United Nations, applies to the use of information and communications \
                     technologies by States. This view is shared by a growing number of delegations \
                     and regional organisations in their national positions published in recent years."
                ),
                (
                    Body,
                    "States must not knowingly allow their territory to be used for internationally \
                     wrongful acts using ICTs. Due diligence is an expectation of responsible behaviour."
                ),
                (
                    Body,
                    "Capacity-building remains essential to close the digital divide between States."
                ),
            ])
        )
    );
}

/// A PDF copied onto one line: numbered paragraphs and bullets run together.
const RUN_TOGETHER: &str = "Comments of Freedonia on the zero draft 1. Freedonia thanks the Chair \
for the zero draft and for the open and transparent manner of the consultations. We see the draft \
as a good basis. 2. On threats, the draft should reflect the growing use of ransomware against \
critical infrastructure, including hospitals. 3. On international law, Freedonia recalls that the \
Charter applies in its entirety, as noted in paragraph 7. The draft should say so plainly. \
• Freedonia supports a permanent mechanism after the working group. • Freedonia supports the \
Global POC Directory and its ping tests.";

#[test]
fn numbered_paragraphs_and_bullets_run_together_are_cut() {
    assert_eq!(
        read(RUN_TOGETHER),
        (
            Layout::RunTogether,
            expect(&[
                (Heading, "Comments of Freedonia on the zero draft"),
                (
                    Body,
                    "Freedonia thanks the Chair for the zero draft and for the open and transparent \
                     manner of the consultations. We see the draft as a good basis."
                ),
                (
                    Body,
                    "On threats, the draft should reflect the growing use of ransomware against \
                     critical infrastructure, including hospitals."
                ),
                (
                    Body,
                    "On international law, Freedonia recalls that the Charter applies in its \
                     entirety, as noted in paragraph 7. The draft should say so plainly."
                ),
                (
                    Body,
                    "Freedonia supports a permanent mechanism after the working group."
                ),
                (
                    Body,
                    "Freedonia supports the Global POC Directory and its ping tests."
                ),
            ])
        )
    );
}

/// A centred heading block padded with spaces, a line holding only a
/// non-breaking space, and a bullet list, one bullet a line.
const CENTRED_HEADER_AND_BULLETS: &str = "\
Open-ended Working Group on ICT security



                        Statement by H.E. Ms. Example Person
                     Permanent Representative of Freedonia

                              NEW YORK, 8 March 2021
\u{a0}
  • As we begin the last week of the session, Freedonia thanks the Chair and his team.
  • Freedonia aligns itself with the statement of the European Union.
  • We consider the draft a balanced report that reflects the discussions held.
";

#[test]
fn a_centred_header_and_bullets_one_a_line() {
    assert_eq!(
        read(CENTRED_HEADER_AND_BULLETS),
        (
            Layout::OnePerLine,
            expect(&[
                (Heading, "Open-ended Working Group on ICT security"),
                (Heading, "Statement by H.E. Ms. Example Person"),
                (Heading, "Permanent Representative of Freedonia"),
                (Dateline, "NEW YORK, 8 March 2021"),
                (
                    Body,
                    "As we begin the last week of the session, Freedonia thanks the Chair and his team."
                ),
                (
                    Alignment,
                    "Freedonia aligns itself with the statement of the European Union."
                ),
                (
                    Body,
                    "We consider the draft a balanced report that reflects the discussions held."
                ),
            ])
        )
    );
}

/// Markdown: headings, blank-line paragraphs wrapped inside, a list.
const MARKDOWN: &str = "\
# Statement by Freedonia

Mr. President,

Freedonia welcomes the report of the working group and the consensus
it reflects on the norms of responsible State behaviour.

- We support the Programme of Action.
- We support the Global POC Directory.
";

#[test]
fn markdown_keeps_its_blocks() {
    assert_eq!(
        read(MARKDOWN),
        (
            Layout::Markdown,
            expect(&[
                (Heading, "Statement by Freedonia"),
                (Salutation, "Mr. President,"),
                (
                    Body,
                    "Freedonia welcomes the report of the working group and the consensus it \
                     reflects on the norms of responsible State behaviour."
                ),
                (Body, "We support the Programme of Action."),
                (Body, "We support the Global POC Directory."),
            ])
        )
    );
}

/// One long paragraph opened by a salutation and holding an alignment
/// sentence: the boilerplate is split out, the rest stays substantive.
const EU_PARAGRAPH: &str = "Mr. Chair, I have the honour to speak on behalf of the European \
Union and its Member States. The candidate countries North Macedonia, Montenegro and Albania \
align themselves with this statement. The EU remains committed to an open, free, stable and \
secure cyberspace where international law applies. We call on all States to implement the \
agreed norms of responsible State behaviour.";

#[test]
fn boilerplate_inside_a_long_paragraph_is_split_out() {
    let (_, passages) = read(EU_PARAGRAPH);
    assert_eq!(
        passages,
        expect(&[
            (Salutation, "Mr. Chair,"),
            (
                Body,
                "I have the honour to speak on behalf of the European Union and its Member States."
            ),
            (
                Alignment,
                "The candidate countries North Macedonia, Montenegro and Albania align themselves \
                 with this statement."
            ),
            (
                Body,
                "The EU remains committed to an open, free, stable and secure cyberspace where \
                 international law applies. We call on all States to implement the agreed norms \
                 of responsible State behaviour."
            ),
        ])
    );
}

#[test]
fn a_long_paragraph_holding_an_alignment_phrase_mid_sentence_stays_body() {
    let text = "We note that several delegations who align themselves with the group's \
                positions also called for a dedicated thematic track on capacity-building, \
                and we support that call because it answers the needs of developing States.";
    let (_, passages) = read(text);
    assert_eq!(passages.len(), 1);
    assert_eq!(
        passages[0].0, Body,
        "substantive language is never boilerplate"
    );
}
