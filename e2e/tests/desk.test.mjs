// End-to-end: commitments and sessions in the real window, on a fresh
// library holding the two samples and an Arabic statement of its own. The
// home view names the next session; a suggested commitment from the 2024
// press release is accepted, moved to done with a note, and its history
// shows both statuses; the press release lists it among its commitments; a
// draft is given a 2026 Global Mechanism session from the calendar and that
// session's page lists it, as the 2021 session's page lists the statement
// delivered there. Screenshots land in e2e/screenshots/ (41-…).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const POSITION = "Pakistan supports the idea of a permanent capacity building mechanism under the UN";
const GREETING = "We assure you of our full support and cooperation";
const ARABIC_CALL = "ندعو إلى إنشاء آلية دائمة";
/** An Egyptian statement of our own, whose call reads as a request. */
const ARABIC_STATEMENT = [
  "# بيان وفد جمهورية مصر العربية أمام الدورة الموضوعية الحادية عشرة للفريق العامل المفتوح العضوية",
  "",
  "نيويورك، 7 يوليو 2025",
  "",
  "السيد الرئيس،",
  "",
  "ندعو إلى إنشاء آلية دائمة لبناء القدرات في إطار الأمم المتحدة، بتمويل مخصص يدعم البلدان النامية.",
  "",
  "وشكراً السيد الرئيس.",
].join("\n");

let app;
let browser;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);

async function finishImport() {
  await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
    ...WAIT,
    timeoutMsg: "the import did not finish",
  });
  await byTestId("import-done").click();
  await byTestId("import-sheet").waitForExist({ reverse: true, ...WAIT });
}

/** The suggestions' texts, in the order listed. */
async function suggestionTexts() {
  const texts = [];
  for (const row of await $$('[data-testid="suggestion-row"]')) texts.push(await textOf(await row.$(".text")));
  return texts;
}

describe("Commitments and sessions in a real window", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("shows the next session on the home view", async () => {
    await byTestId("open-samples").waitForDisplayed(WAIT);
    await byTestId("open-samples").click();
    await finishImport();
    app.pick([app.file("egypt-2025.md", ARABIC_STATEMENT)]);
    await byTestId("import-menu").click();
    await byTestId("import-files").click();
    await finishImport();
    await byTestId("library-view").waitForDisplayed(WAIT);
    const summary = await byTestId("desk-summary");
    await summary.waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("desk-next-session")), /Global Mechanism/, "the next session is the Global Mechanism's");
    await app.screenshot("41-home-next-session");
  });

  it("suggests the 2024 position, and never above it the greeting", async () => {
    await byTestId("nav-commitments").click();
    await byTestId("commitments-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion-row"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no commitment is suggested from the samples",
    });
    const texts = await suggestionTexts();
    const position = texts.findIndex((t) => t.includes(POSITION));
    assert.ok(position >= 0, "the 2024 position is suggested");
    const greeting = texts.findIndex((t) => t.includes(GREETING));
    assert.ok(greeting < 0 || greeting > position, "the greeting is not suggested above the position");
    const arabic = texts.findIndex((t) => t.includes(ARABIC_CALL));
    assert.ok(arabic >= 0, "the Arabic statement's call is suggested");
    const rows = await $$('[data-testid="suggestion-row"]');
    const direction = await browser.execute((row) => getComputedStyle(row.querySelector(".text")).direction, rows[arabic]);
    assert.equal(direction, "rtl", "the Arabic suggestion reads right to left");
    await rows[arabic].scrollIntoView({ block: "center" });
    await app.screenshot("42-commitment-suggestions");
  });

  it("accepts the suggestion as a commitment linked to its passage", async () => {
    const rows = await $$('[data-testid="suggestion-row"]');
    const texts = await suggestionTexts();
    const row = rows[texts.findIndex((t) => t.includes(POSITION))];
    await row.$('[data-testid="suggestion-accept"]').click();
    const detail = await byTestId("commitment-detail");
    await detail.waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("commitment-detail-text")), new RegExp(POSITION));
    assert.equal(await detail.getAttribute("data-status"), "open");
    assert.match(await textOf(await byTestId("commitment-source")), new RegExp(POSITION), "the source passage is shown");
    assert.equal((await byTestId("commitment-source").$$("mark")).length, 1, "the sentence is marked in its passage");
    assert.match(await textOf(await byTestId("commitment-source-link")), /Pakistan|2024/);
    assert.ok(!(await suggestionTexts()).some((t) => t.includes(POSITION)), "the accepted suggestion is no longer listed");
  });

  it("moves the commitment to done and shows its history", async () => {
    await byTestId("status-choice").selectByAttribute("value", "done");
    await byTestId("status-note").setValue("Raised again at the organizational session");
    await byTestId("status-submit").click();
    await browser.waitUntil(async () => (await byTestId("commitment-detail").getAttribute("data-status")) === "done", {
      ...WAIT,
      timeoutMsg: "the status did not change to done",
    });
    const entries = await $$('[data-testid="history-entry"]');
    const statuses = [];
    for (const entry of entries) statuses.push(await entry.getAttribute("data-status"));
    assert.deepEqual(statuses, ["open", "done"], "the history keeps the first status and the change");
    assert.match(await textOf(entries[1]), /Done\s+Raised again at the organizational session/);
    await app.screenshot("43-commitment-done-history");
    await byTestId("list-done").click();
    await browser.waitUntil(async () => (await $$('[data-testid="commitment-row"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the Done list does not hold the commitment",
    });
  });

  it("lists from the 2024 press release the commitment made in it", async () => {
    await byTestId("commitment-source-link").click();
    await byTestId("reader").waitForDisplayed(WAIT);
    await byTestId("statement-commitments").click();
    await byTestId("commitments-view").waitForDisplayed(WAIT);
    await byTestId("list-statement").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="commitment-row"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the statement's commitments are not listed",
    });
    assert.match(await textOf(await byTestId("commitment-row")), new RegExp(POSITION));
    // Nothing is chosen yet; the arrow keys in the list choose and show.
    assert.ok(!(await byTestId("commitment-detail").isExisting()), "no commitment is shown before one is chosen");
    await byTestId("commitment-list").click();
    await browser.keys(["ArrowDown"]);
    await byTestId("commitment-detail").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("commitment-detail-text")), new RegExp(POSITION));
  });

  it("links a draft to a 2026 Global Mechanism session and finds it on the session's page", async () => {
    await byTestId("nav-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    await byTestId("new-draft").click();
    await byTestId("new-draft-title").setValue("Statement to the Global Mechanism");
    await byTestId("create-draft").click();
    await byTestId("studio").waitForDisplayed(WAIT);
    const select = await byTestId("draft-session");
    await select.waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await select.$$("option")).length > 2, { ...WAIT, timeoutMsg: "the calendar's sessions are not offered" });
    let key = null;
    for (const option of await select.$$("option")) {
      const label = await option.getText();
      if (/^Global Mechanism/.test(label) && /2026/.test(label)) key ??= await option.getAttribute("value");
    }
    assert.ok(key, "a 2026 Global Mechanism session is offered");
    await select.selectByAttribute("value", key);
    await browser.execute(() => document.activeElement?.blur());
    await browser.waitUntil(async () => (await byTestId("save-status").getAttribute("data-status")) === "saved", WAIT);
    await byTestId("nav-sessions").click();
    await byTestId("sessions-view").waitForDisplayed(WAIT);
    await app.screenshot("44-sessions-calendar");
    await $(`[data-testid="session-row"][data-key="${key}"]`).click();
    await byTestId("session-page").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="session-draft"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the session's page does not list the draft",
    });
    assert.match(await textOf(await byTestId("session-draft")), /Statement to the Global Mechanism/);
    assert.match(await textOf(await byTestId("session-title")), /./);
    await app.screenshot("45-session-page-draft");
  });

  it("lists on the 2021 session's page the statement delivered there", async () => {
    await byTestId("sessions-back").click();
    await byTestId("sessions-view").waitForDisplayed(WAIT);
    const rows = await $$('[data-testid="session-row"]');
    let first;
    for (const row of rows) if (/13–17 Dec 2021/.test(await textOf(row))) first = row;
    assert.ok(first, "the first substantive session (13-17 December 2021) is in the calendar");
    await first.click();
    await byTestId("session-page").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="session-statement"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "the 2021 session's page lists no statement",
    });
    const listed = [];
    for (const row of await $$('[data-testid="session-statement"]')) listed.push(await textOf(row));
    assert.ok(listed.some((t) => /Munir Akram/.test(t)), "Pakistan's 2021 statement is listed");
    await app.screenshot("46-session-page-statements");
  });
});
