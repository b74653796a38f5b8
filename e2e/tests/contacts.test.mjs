// End-to-end: the Points of Contact directory in the real window, on a
// fresh library. A contact is added (never verified, which is flagged and
// told apart from stale), with markup in its notes that shows as text; an
// answered ping test verifies it; a CSV of Plenary's columns goes through
// the mapping step, imports the good rows and names the bad one by row; the State filter narrows the list (an Arabic entry shown
// right to left); the directory is exported as CSV with its BOM.
// Screenshots land in e2e/screenshots/ (31-…).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const NOTES = "Reach before 10:00 PKT. <script>window.__pwned = 'notes'</script> <img src=x onerror=\"window.__pwned = 'img'\">";

let app;
let browser;
let scratch;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);

async function rowsText() {
  const texts = [];
  for (const row of await $$('[data-testid="contact-row"]')) texts.push(await textOf(row));
  return texts;
}

describe("The contacts directory in a real window", () => {
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), "plenary-contacts-"));
    writeFileSync(
      join(scratch, "poc.csv"),
      [
        "state;poc_type;full_name;position;institution;email;phone;languages;time_zone;notes;last_verified",
        "France;diplomatic;Élise Durand;Conseillère;Ministère de l'Europe et des Affaires étrangères;elise.durand@diplomatie.gouv.fr;+33 1 43 17 53 53;Français, English;Europe/Paris;;2026-11-02",
        "Egypt;technical;محمد عبد الله;رئيس الفريق;EG-CERT;m.abdallah@example.eg;;العربية, English;UTC+2;يُفضّل البريد الإلكتروني;2026-10-20",
        "Chile;technical;Ana Pérez;Analyst;CSIRT Chile;not-an-email;;Español;America/Santiago;;",
        "Brazil;diplomatic;João Silva;Counsellor;Itamaraty;joao.silva@example.br;;Português;America/Sao_Paulo;;2026-09-15",
      ].join("\n"),
    );
    app = await launch({ PLENARY_TEST_IMPORT_FILE: join(scratch, "poc.csv"), PLENARY_TEST_EXPORT_DIR: scratch });
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("opens on the directory's empty state", async () => {
    await byTestId("nav-contacts").waitForDisplayed(WAIT);
    await byTestId("nav-contacts").click();
    await byTestId("contacts-empty").waitForDisplayed(WAIT);
    await app.screenshot("31-contacts-empty");
  });

  it("adds a contact, flagged never verified, its notes shown as text", async () => {
    await byTestId("new-contact").click();
    await byTestId("contact-dialog").waitForDisplayed(WAIT);
    await byTestId("contact-state").setValue("Pakistan");
    await byTestId("contact-type").selectByAttribute("value", "technical");
    await byTestId("contact-name").setValue("Ayesha Khan");
    await byTestId("contact-institution").setValue("PKCERT");
    await byTestId("contact-email").setValue("ayesha.khan@example.pk");
    await byTestId("contact-notes").setValue(NOTES);
    await app.screenshot("32-contact-form");
    await byTestId("contact-save").click();
    await byTestId("contact-dialog").waitForExist({ reverse: true, ...WAIT });
    await byTestId("contact-detail").waitForDisplayed(WAIT);
    assert.deepEqual(await rowsText().then((rows) => rows.length), 1, "the new contact is listed");
    assert.equal(await $('[data-testid="contact-row"]').getAttribute("data-verification"), "never", "a new entry was never verified");
    assert.ok(await byTestId("never-verified-flag").isDisplayed(), "the detail says it was never verified");
    assert.equal((await $$('[data-testid="stale-flag"]')).length, 0, "never verified is not stale");
    const notes = await byTestId("contact-notes-text");
    assert.equal(await textOf(notes), NOTES, "the notes are shown exactly as typed, markup included");
    assert.equal((await byTestId("contact-detail").$$("script")).length, 0, "no script element was made");
    assert.equal((await byTestId("contact-detail").$$("img")).length, 0, "no image element was made");
    await browser.pause(300);
    assert.equal(await browser.execute(() => window.__pwned ?? null), null, "nothing in the notes ran");
    await app.screenshot("33-contact-stale-notes-as-text");
  });

  it("logs an answered ping test, which verifies the entry", async () => {
    assert.equal(await byTestId("log-kind").getValue(), "ping_test");
    assert.equal(await byTestId("log-outcome").getValue(), "answered");
    await byTestId("log-note").setValue("Replied within the hour");
    await byTestId("log-submit").click();
    await browser.waitUntil(async () => (await byTestId("contact-detail").getAttribute("data-verification")) === "current", {
      ...WAIT,
      timeoutMsg: "the entry was not verified by an answered ping test",
    });
    assert.equal(await $('[data-testid="contact-row"]').getAttribute("data-verification"), "current", "the list row is verified");
    assert.equal((await $$('[data-testid="never-verified-flag"]')).length, 0);
    assert.match(await textOf(await byTestId("contact-verified-line")), /^Verified \d{1,2} \w{3} \d{4}$/);
    const entries = await $$('[data-testid="log-entry"]');
    assert.equal(entries.length, 1, "the ping test is in the log");
    assert.match(await textOf(entries[0]), /Ping test\s+Answered\s+Replied within the hour/);
    await app.screenshot("34-contact-ping-verified");
  });

  it("imports a CSV, adding the good rows and naming the bad one by row", async () => {
    await byTestId("contacts-import").click();
    await browser.waitUntil(async () => (await byTestId("contact-import-sheet").getAttribute("data-phase")) === "mapping", {
      ...WAIT,
      timeoutMsg: "the mapping step did not show",
    });
    assert.match(await textOf(await byTestId("contact-mapping-source")), /Plenary's columns/);
    await byTestId("mapping-import").click();
    await browser.waitUntil(async () => (await byTestId("contact-import-sheet").getAttribute("data-phase")) === "finished", {
      ...WAIT,
      timeoutMsg: "the contacts import never finished",
    });
    assert.match(await textOf(await byTestId("contact-import-summary")), /3 contacts added/);
    const rows = await $$('[data-testid="contact-import-row"]');
    assert.equal(rows.length, 1, "one row is reported");
    const line = await textOf(rows[0]);
    assert.match(line, /Row 4/, "the bad row is named by its spreadsheet row number");
    assert.match(line, /Ana Pérez/, "and by its name");
    assert.match(line, /email/i, "the reason names the field");
    await app.screenshot("35-contacts-import-report");
    await byTestId("contact-import-done").click();
    await byTestId("contact-import-sheet").waitForExist({ reverse: true, ...WAIT });
    await browser.waitUntil(async () => (await rowsText()).length === 4, { ...WAIT, timeoutMsg: "the directory does not list 4 contacts" });
  });

  it("filters by State and shows an Arabic entry right to left", async () => {
    await byTestId("contacts-state-filter").selectByVisibleText("Egypt");
    await browser.waitUntil(async () => (await rowsText()).length === 1, { ...WAIT, timeoutMsg: "the State filter did not narrow the list" });
    const row = await $('[data-testid="contact-row"]');
    await row.click();
    await byTestId("contact-detail").waitForDisplayed(WAIT);
    assert.equal(await textOf(await byTestId("contact-detail-name")), "محمد عبد الله");
    const direction = await browser.execute(() => getComputedStyle(document.querySelector('[data-testid="contact-detail-name"] bdi')).direction);
    assert.equal(direction, "rtl", "the Arabic name is set right to left, isolated from the English around it");
    await app.screenshot("36-contacts-filter-arabic");
    await byTestId("contacts-state-filter").selectByVisibleText("Every State");
    await byTestId("contacts-type-filter").selectByVisibleText("Diplomatic");
    await browser.waitUntil(async () => (await rowsText()).length === 2, { ...WAIT, timeoutMsg: "the type filter did not narrow the list" });
    await byTestId("contacts-search").setValue("Durand");
    await browser.waitUntil(async () => (await rowsText()).length === 1, { ...WAIT, timeoutMsg: "the search did not narrow the list" });
    assert.match((await rowsText())[0], /Élise Durand/);
  });

  it("exports the directory as CSV with a BOM, accents intact", async () => {
    await byTestId("contacts-export-csv").click();
    await byTestId("contacts-exported").waitForDisplayed(WAIT);
    const bytes = readFileSync(join(scratch, "contacts.csv"));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "the file starts with the UTF-8 BOM");
    const text = bytes.toString("utf8");
    assert.match(text, /Élise Durand/);
    assert.match(text, /محمد عبد الله/);
    assert.match(text, /Ayesha Khan/);
  });
});
