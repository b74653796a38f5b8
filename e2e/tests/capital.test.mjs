// End-to-end: a draft capital can trust, in the real window. On a library
// holding a 2021 statement and a 2024 press release that repeats one of its
// sentences, a draft that quotes that sentence and adds a new one shows, in
// the provenance pane, one sentence reused (the 2021 statement first, the
// 2024 press release second) and one new; a suggestion that goes on from
// the words being typed says so and carries the whole sentence's score.
// Then clearance: the draft is sent to capital; cleared (the user's name is
// asked for once, in the settings); edited, and shows "changed since
// cleared" with the changes; exported as a PDF; delivered after the
// question is answered; and found on its session's page. Screenshots land
// in e2e/screenshots/ (50-…).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const REPEATED = "We must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure.";
const NEW = "Pakistan will host a regional workshop on incident response in Islamabad in May 2026.";
const ADDED = "It will be open to all States.";
const TITLE = "Statement on critical infrastructure";

const statement = (title, kind, date, extra) =>
  `---\ntitle: ${title}\nkind: ${kind}\nspeaker: Pakistan\ndate: ${date}\n---\n\n${REPEATED} ${extra}\n`;

let app;
let browser;
let exportDir;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);

async function waitSaved() {
  await browser.waitUntil(async () => (await byTestId("save-status").getAttribute("data-status")) === "saved", {
    ...WAIT,
    timeoutMsg: "the draft was not saved",
  });
}

async function status() {
  return byTestId("clearance-bar").getAttribute("data-status");
}

async function waitStatus(wanted) {
  await browser.waitUntil(async () => (await status()) === wanted, { ...WAIT, timeoutMsg: `the draft is not ${wanted}` });
}

describe("A draft capital can trust, in a real window", () => {
  before(async () => {
    exportDir = mkdtempSync(join(tmpdir(), "plenary-exports-"));
    app = await launch({ PLENARY_TEST_EXPORT_DIR: exportDir });
    browser = app.browser;
    const files = [
      app.file("2024-press-release.md", statement("Pakistan calls for restraint in cyberspace", "press release", "2024-03-05", "The mission looks forward to the seventh session.")),
      app.file("2021-statement.md", statement("Statement at the first substantive session", "statement", "2021-12-13", "Capacity building should remain demand driven.")),
    ];
    await app.importFromEmptyState(files);
  });

  after(async () => {
    await app?.close();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it("starts a draft for a session of the calendar", async () => {
    await byTestId("nav-drafts").click();
    await byTestId("delegation-question").waitForDisplayed(WAIT);
    await byTestId("delegation-input").setValue("Pakistan");
    await byTestId("delegation-save").click();
    await byTestId("delegation-question").waitForExist({ reverse: true, ...WAIT });
    await byTestId("new-draft").click();
    await byTestId("new-draft-dialog").waitForDisplayed(WAIT);
    await byTestId("new-draft-title").setValue(TITLE);
    await $('[data-testid="template-choice"][data-template="Blank"]').click();
    await byTestId("create-draft").click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    await byTestId("draft-session").selectByAttribute("value", "gm-2026-dtg");
    await browser.waitUntil(async () => (await byTestId("draft-session").getValue()) === "gm-2026-dtg", WAIT);
    // A topic not yet on the list is added to it explicitly.
    await byTestId("draft-topic").selectByVisibleText("Add a topic…");
    await byTestId("draft-topic-new").setValue("Critical infrastructure");
    await byTestId("draft-topic-add").click();
    await browser.waitUntil(
      async () => (await byTestId("draft-topic").isExisting()) && (await byTestId("draft-topic").getValue()) === "Critical infrastructure",
      { ...WAIT, timeoutMsg: "the topic added is not the draft's" },
    );
    await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
  });

  it("labels a suggestion that continues the typed words, with the whole sentence's score", async () => {
    await app.type("We must be particularly concerned at the significant");
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion"][data-continues="true"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no suggestion continues the typed words",
    });
    const card = await $('[data-testid="suggestion"][data-continues="true"]');
    assert.equal(await textOf(await card.$('[data-testid="suggestion-label"]')), "continues your words");
    const score = await textOf(await card.$('[data-testid="suggestion-score"]'));
    assert.notEqual(score, "100%", "not 100: the typed words are not the whole sentence");
    assert.match(score, /^\d+(\.\d)?%$/);
    await app.screenshot("50-capital-continues");
    await app.type(REPEATED.slice("We must be particularly concerned at the significant".length) + ` ${NEW}`);
    await waitSaved();
  });

  it("marks each sentence: one reused, said first in 2021, and one new", async () => {
    await byTestId("studio-tab-provenance").click();
    await browser.waitUntil(
      async () => {
        const marks = await browser.execute(() =>
          [...document.querySelectorAll('[data-testid="provenance-sentence"]')].map((s) => `${s.getAttribute("data-mark")}: ${s.innerText}`),
        );
        // Compared with the text as saved last, the new sentence whole.
        return marks.length === 2 && marks[0].startsWith("reused:") && marks[1].startsWith("new:") && marks[1].includes("May 2026.");
      },
      { ...WAIT, timeoutMsg: "the sentences are not marked reused and new" },
    );
    assert.match(await textOf(await byTestId("provenance-counted")), /1 of 2 sentences new/);
    const sources = await $$('[data-testid="provenance-sentence"][data-mark="reused"] [data-testid="sentence-source"]');
    assert.equal(sources.length, 2);
    assert.match(await textOf(sources[0]), /First said[^]*100%[^]*13 Dec 2021[^]*statement/i);
    assert.match(await textOf(sources[1]), /Repeated[^]*100%[^]*5 Mar 2024[^]*press release/i);
    await app.screenshot("51-capital-sentences");
  });

  it("sends the draft to capital", async () => {
    await byTestId("send-to-capital").click();
    await waitStatus("sent_to_capital");
    assert.match(await textOf(await byTestId("clearance-bar")), /Sent to capital/);
    await app.screenshot("52-capital-sent");
  });

  it("clears it in the user's name, asked for once", async () => {
    await byTestId("clear-draft").click();
    await byTestId("clear-form").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("clear-form")), /your name, which is not set yet/);
    await byTestId("clear-open-settings").click();
    await byTestId("settings-dialog").waitForDisplayed(WAIT);
    await byTestId("settings-user-name").setValue("Ayesha Khan");
    await byTestId("settings-save").click();
    await byTestId("settings-dialog").waitForExist({ reverse: true, ...WAIT });
    await byTestId("clear-draft").click();
    await byTestId("clear-confirm").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("clear-form")), /Ayesha Khan/);
    await byTestId("clear-confirm").click();
    await waitStatus("cleared");
    assert.match(await textOf(await byTestId("clearance")), /Cleared by Ayesha Khan, .*, revision \d+/);
    await app.screenshot("53-capital-cleared");
  });

  it("shows an edit after clearance as changed since cleared, with the changes", async () => {
    await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
    await browser.keys(["Control", "End"]);
    await app.type(` ${ADDED}`);
    await waitSaved();
    await byTestId("changed-since-cleared").waitForDisplayed(WAIT);
    assert.equal(await byTestId("clearance-bar").getAttribute("data-changed"), "true");
    await byTestId("show-changes").waitForDisplayed(WAIT);
    await byTestId("show-changes").click();
    const changes = await byTestId("changes-since-cleared");
    await changes.waitForDisplayed(WAIT);
    const added = await browser.execute((el) => [...el.querySelectorAll("ins")].map((i) => i.textContent).join(" "), changes);
    assert.match(added, /It will be open to all States/);
    await app.screenshot("54-capital-changed-since-cleared");
  });

  it("exports the statement as a PDF, Check against delivery above the title", async () => {
    await byTestId("export-menu").click();
    await byTestId("check-against-delivery").click();
    await byTestId("export-pdf").click();
    await browser.waitUntil(() => readdirSync(exportDir).some((name) => name.endsWith(".pdf")), {
      ...WAIT,
      timeoutMsg: "no PDF was written",
    });
    const pdf = readdirSync(exportDir).find((name) => name.endsWith(".pdf"));
    const bytes = readFileSync(join(exportDir, pdf));
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  });

  it("asks before delivering a draft changed since it was cleared, then delivers it", async () => {
    await byTestId("deliver").click();
    await byTestId("deliver-form").waitForDisplayed(WAIT);
    const question = await byTestId("deliver-question");
    await question.waitForDisplayed(WAIT);
    assert.match(await textOf(question), /changed since capital cleared it\. Deliver it anyway\?/);
    assert.equal(await textOf(await byTestId("deliver-confirm")), "Deliver uncleared");
    await app.screenshot("55-capital-deliver-question");
    await browser.execute((input) => {
      input.value = "2026-12-08";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, await byTestId("deliver-date"));
    await byTestId("deliver-confirm").click();
    await waitStatus("delivered");
    await app.screenshot("56-capital-delivered");
  });

  it("finds the delivered statement on its session's page", async () => {
    await byTestId("nav-sessions").click();
    await byTestId("sessions-view").waitForDisplayed(WAIT);
    await $('[data-testid="session-row"][data-key="gm-2026-dtg"]').click();
    await byTestId("session-page").waitForDisplayed(WAIT);
    await browser.waitUntil(
      async () => {
        for (const row of await $$('[data-testid="session-statement"]')) {
          if ((await textOf(row)).includes(TITLE)) return true;
        }
        return false;
      },
      { ...WAIT, timeoutMsg: "the delivered statement is not on its session's page" },
    );
    await app.screenshot("57-capital-session-page");
  });
});
