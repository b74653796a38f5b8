// End-to-end: the desk on the delegation's real data, in the real window,
// on a fresh library. A Google Contacts export goes through the mapping
// step (its columns mapped by Google's headers, the POC type chosen) and
// its entries are listed with the States read from their organisations,
// one without a State flagged; a Spanish statement's pledge is suggested
// and accepted, and given a due date and a session with a note, which its
// history keeps (the date, after the session's last day, is flagged);
// a draft takes its session from the calendar and a topic added to the
// list explicitly, which is then merged into another; the calendar is
// exported as an iCalendar file holding the sessions and the pledge's due
// date. Screenshots land in e2e/screenshots/ (71-…).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const PLEDGE = "Cuba participará activamente en los grupos temáticos dedicados del Mecanismo Global";
const REQUEST = "Solicitamos a la Secretaría que presente un informe sobre el funcionamiento del directorio";
/** A statement of Cuba's, in Spanish, with a pledge and a request. */
const STATEMENT = [
  "---",
  "title: Intervención de Cuba en el Mecanismo Global",
  "kind: statement",
  "speaker: Cuba",
  "language: es",
  "date: 2026-03-30",
  "---",
  "",
  "Señor Presidente:",
  "",
  `${PLEDGE}, con especial atención a la protección de las infraestructuras críticas.`,
  "",
  `${REQUEST} de puntos de contacto antes del próximo período de sesiones.`,
  "",
  "Muchas gracias.",
].join("\n");

/** Google Contacts' current export: its header, UTF-8, a "- Label" beside
 * each "- Value", several values in one cell joined by " ::: ". */
const GOOGLE = [
  "First Name,Middle Name,Last Name,Name Prefix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value",
  "Lucía,,Fernández Ortega,,,,Misión Permanente de Cuba ante las Naciones Unidas,Primera Secretaria,,,,* myContacts ::: OEWG,* Work,lfernandez@cubaminrex.cu,Home,lucia@example.com,Work,+1 212 689 7215,Mobile,+1 646 555 0142",
  "Tomás,,Ríos,,,,Permanent Mission of Chile to the United Nations Office at Geneva,Counsellor,,,,* myContacts,Work,trios@minrel.gob.cl,,,Mission,+41 22 919 88 01,,",
  'Lan,Thị,Nguyễn,,,,UNIDIR,Researcher,,,"Met at the Global Roundtable, May 2024.",* myContacts,Work,lan.nguyen@unidir.org,,,,,,',
].join("\n");

let app;
let browser;
let scratch;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);

async function waitForPhase(phase) {
  await browser.waitUntil(async () => (await byTestId("contact-import-sheet").getAttribute("data-phase")) === phase, {
    ...WAIT,
    timeoutMsg: `the contacts import did not reach ${phase}`,
  });
}

describe("The desk on real data in a real window", () => {
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), "plenary-desk-data-"));
    writeFileSync(join(scratch, "google.csv"), GOOGLE);
    app = await launch({ PLENARY_TEST_IMPORT_FILE: join(scratch, "google.csv"), PLENARY_TEST_EXPORT_DIR: scratch });
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("imports a Google Contacts export through the mapping step", async () => {
    await byTestId("nav-contacts").waitForDisplayed(WAIT);
    await byTestId("nav-contacts").click();
    await byTestId("contacts-empty").waitForDisplayed(WAIT);
    await byTestId("contacts-import").click();
    await waitForPhase("mapping");
    assert.match(await textOf(await byTestId("contact-mapping-source")), /CSV file in UTF-8, read by Google Contacts' columns/);
    const field = async (header) => $(`[data-testid="mapping-column"][data-header="${header}"]`).getValue();
    assert.equal(await field("E-mail 1 - Value"), "email", "Google's headers are mapped by themselves");
    assert.equal(await field("Organization Name"), "institution");
    assert.equal(await field("Labels"), "", "a column with no field is left out");
    const line = (header) => $(`[data-testid="mapping-column-row"][data-header="${header}"]`);
    assert.match(await textOf(await line("First Name")), /Lucía\s+Tomás\s+Lan/, "each column's first values are shown");
    assert.equal(await line("Name Prefix").isExisting(), false, "a column empty in every row shown is folded away");
    assert.match(await textOf(await byTestId("mapping-empty-columns")), /^\d+ columns with no value/);
    assert.equal(await byTestId("mapping-import").isEnabled(), false, "the POC type is asked first");
    await byTestId("mapping-poc-type").selectByAttribute("value", "diplomatic");
    await app.screenshot("71-contacts-mapping-step");
    await byTestId("mapping-show-empty").click();
    await line("Name Prefix").waitForExist(WAIT);
    await byTestId("mapping-import").click();
    await waitForPhase("finished");
    assert.match(await textOf(await byTestId("contact-import-summary")), /^3 contacts added/);
    assert.equal(await textOf(await byTestId("contact-import-stateless")), "1 entry without a State is flagged.");
    await byTestId("contact-import-done").click();
    await byTestId("contact-import-sheet").waitForExist({ reverse: true, ...WAIT });
    await browser.waitUntil(async () => (await $$('[data-testid="contact-row"]')).length === 3, WAIT);
    const listed = [];
    for (const row of await $$('[data-testid="contact-row"]')) listed.push(await textOf(row));
    assert.ok(listed.some((t) => /Lucía Fernández Ortega/.test(t) && /Cuba/.test(t)), listed.join("\n"));
    assert.ok(listed.some((t) => /Tomás Ríos/.test(t) && /Chile/.test(t)), listed.join("\n"));
    assert.ok(listed.some((t) => /Lan Thị Nguyễn/.test(t) && /No State/.test(t)), listed.join("\n"));
    await $('[data-testid="contact-row"][data-state-flag="missing"]').click();
    await byTestId("state-flag").waitForDisplayed(WAIT);
    await (await $$('[data-testid="contact-row"]'))[0].click();
    await byTestId("contact-detail").waitForDisplayed(WAIT);
    await app.screenshot("72-contacts-from-google");
  });

  it("suggests the Spanish pledge and accepts it", async () => {
    app.pick([app.file("cuba-2026.md", STATEMENT)]);
    await byTestId("nav-library").click();
    await byTestId("empty-import").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", WAIT);
    await byTestId("import-done").click();
    await byTestId("nav-commitments").click();
    await byTestId("commitments-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion-row"]')).length >= 2, {
      ...WAIT,
      timeoutMsg: "the Spanish statement's pledge and request are not suggested",
    });
    let pledge;
    let request;
    for (const row of await $$('[data-testid="suggestion-row"]')) {
      const text = await textOf(await row.$(".text"));
      if (text.includes(PLEDGE)) pledge = row;
      if (text.includes(REQUEST)) request = row;
    }
    assert.ok(pledge && request, "both are suggested");
    assert.equal(await pledge.getAttribute("data-kind"), "pledge");
    assert.match(await request.getAttribute("data-kind"), /request|action_item/);
    await app.screenshot("73-spanish-suggestions");
    await pledge.$('[data-testid="suggestion-accept"]').click();
    await byTestId("commitment-detail").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("commitment-detail-text")), new RegExp(PLEDGE));
    assert.match(await textOf(await byTestId("commitment-detail")), /Pledge/);

    // A due date and a note, without a status change, kept in the history.
    await byTestId("commitment-edit").click();
    await byTestId("commitment-dialog").waitForDisplayed(WAIT);
    // Typed keys land in a date field's parts in the locale's order, so the
    // date is set as a date picker would set it.
    await browser.execute((input) => {
      input.value = "2026-12-15";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, await byTestId("commitment-due"));
    await byTestId("commitment-session").selectByAttribute("value", "gm-2026-dtg");
    await byTestId("commitment-note").setValue("Plazo acordado con la capital");
    await byTestId("commitment-save").click();
    await byTestId("commitment-dialog").waitForExist({ reverse: true, ...WAIT });
    await browser.waitUntil(async () => (await $$('[data-testid="history-entry"]')).length === 3, {
      ...WAIT,
      timeoutMsg: "the history does not hold the creation and the two changes",
    });
    const entries = await $$('[data-testid="history-entry"]');
    assert.equal(await byTestId("commitment-detail").getAttribute("data-status"), "open", "no status change was needed");
    assert.match(await textOf(entries[1]), /Due: — → 15 Dec 2026/);
    assert.match(await textOf(entries[2]), /Session: — → Global Mechanism, Dedicated thematic groups\s+Plazo acordado con la capital/);
    assert.match(
      await textOf(await byTestId("commitment-due-warning")),
      /after its session ends \(11 Dec 2026\)/,
      "due after the session's last day: a warning, not a refusal",
    );
    await app.screenshot("74-pledge-accepted-history");
  });

  it("takes a draft's session from the calendar and a topic added to the list", async () => {
    await byTestId("nav-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    await byTestId("new-draft").click();
    await byTestId("new-draft-title").setValue("Intervención ante los grupos temáticos");
    await byTestId("create-draft").click();
    await byTestId("studio").waitForDisplayed(WAIT);
    const sessions = await byTestId("draft-session");
    await browser.waitUntil(async () => (await sessions.$$("optgroup")).length >= 3, {
      ...WAIT,
      timeoutMsg: "the calendar's forums are not offered",
    });
    const forums = [];
    for (const group of await sessions.$$("optgroup")) forums.push(await group.getAttribute("label"));
    assert.ok(forums.includes("OEWG 2019-2021") && forums.includes("Global Mechanism"), forums.join(", "));
    await sessions.selectByAttribute("value", "gm-2026-dtg");
    await browser.waitUntil(async () => (await byTestId("save-status").getAttribute("data-status")) === "saved", WAIT);
    assert.equal(await byTestId("draft-session").getValue(), "gm-2026-dtg");

    // A topic not on the list is added explicitly, then chosen.
    await byTestId("draft-topic").selectByVisibleText("Add a topic…");
    await byTestId("draft-topic-new").setValue("Cyber diplomacy");
    await byTestId("draft-topic-add").click();
    await browser.waitUntil(async () => (await byTestId("draft-topic").isExisting()) && (await byTestId("draft-topic").getValue()) === "Cyber diplomacy", {
      ...WAIT,
      timeoutMsg: "the topic added is not chosen",
    });
    await app.screenshot("75-draft-session-topic");
  });

  it("merges one topic into another, with what is tagged with it", async () => {
    await byTestId("nav-sessions").click();
    await byTestId("sessions-view").waitForDisplayed(WAIT);
    await byTestId("open-topics").click();
    await byTestId("topics-sheet").waitForDisplayed(WAIT);
    const row = (name) => $(`[data-testid="topic-row"][data-name="${name}"]`);
    await row("Cyber diplomacy").waitForDisplayed(WAIT);
    assert.match(await textOf(await row("Cyber diplomacy")), /1/, "the draft uses it");
    await (await row("Cyber diplomacy")).$('[data-testid="topic-merge"]').selectByAttribute("value", "Confidence-building measures");
    await row("Cyber diplomacy").waitForExist({ reverse: true, ...WAIT });
    assert.match(await textOf(await row("Confidence-building measures")), /1/, "the draft's topic followed");
    await app.screenshot("76-topics-merged");
    await byTestId("topics-done").click();
    await byTestId("topics-sheet").waitForExist({ reverse: true, ...WAIT });
  });

  it("exports the calendar with the sessions and the pledge's due date", async () => {
    await byTestId("nav-sessions").click();
    await byTestId("sessions-view").waitForDisplayed(WAIT);
    await byTestId("export-calendar").click();
    await byTestId("calendar-exported").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("calendar-exported")), /plenary-calendar\.ics/);
    const text = readFileSync(join(scratch, "plenary-calendar.ics"), "utf8");
    assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n"));
    assert.match(text, /UID:session-gm-2026-dtg@plenary\r\n/);
    assert.match(text, /UID:session-oewg-2019-s1@plenary\r\n/);
    const pledge = text.split("BEGIN:VEVENT").find((event) => event.includes("SUMMARY:Due: Cuba participará"));
    assert.ok(pledge, "the pledge's due date is an event");
    assert.match(pledge, /DTSTART;VALUE=DATE:20261215\r\n/);
    assert.match(pledge, /UID:commitment-[0-9a-f-]+@plenary\r\n/);
    await app.screenshot("77-calendar-exported");
  });
});
