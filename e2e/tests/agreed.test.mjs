// End-to-end: agreed language in the real window. A report of our own
// writing is imported and marked as an agreed text (A/77/275) in the
// reader; a sentence quoting its paragraph 15 is typed into a new draft and
// the studio badges it "Agreed language · A/77/275 ¶ 15"; the sentence is
// then retyped with "should" turned into "shall", and the studio flags it
// as altered agreed language with the diff; "Check for capital" lists the
// spans in order. With the samples imported, the Positions tab follows
// "legally binding instrument" from the 2021 statement to the 2024 press
// release with the diff. Screenshots land in e2e/screenshots/ (41-…).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const REPORT = [
  "---",
  "title: Report of the Working Group on its fourth session",
  "kind: report",
  "date: 2022-07-28",
  "---",
  "",
  "14\\. The Group reaffirmed that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.",
  "",
  "15\\. States should not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.",
  "",
].join("\n");
const QUOTE = "States should not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.";
const ALTERED = QUOTE.replace("should", "shall");

let app;
let browser;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);

/** The badges the provenance pane shows, as {kind, text}. */
async function badges() {
  const found = [];
  for (const badge of await $$('[data-testid="agreed-badge"]')) {
    found.push({ kind: await badge.getAttribute("data-kind"), text: await textOf(badge) });
  }
  return found;
}

describe("Agreed language in a real window", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("marks an imported report as an agreed text in the reader", async () => {
    const report = app.file("report.md", REPORT);
    app.pick([report]);
    await byTestId("empty-import").waitForDisplayed(WAIT);
    await byTestId("empty-import").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
      ...WAIT,
      timeoutMsg: "the report was not imported",
    });
    await $('[data-testid="import-result"] .link').click();
    await byTestId("reader").waitForDisplayed(WAIT);
    await byTestId("mark-agreed").waitForDisplayed(WAIT);
    await byTestId("mark-agreed").click();
    await byTestId("agreed-symbol-input").setValue("A/77/275");
    await byTestId("agreed-save").click();
    await byTestId("agreed-symbol").waitForDisplayed(WAIT);
    assert.equal(await textOf(await byTestId("agreed-symbol")), "Agreed text · A/77/275");
    await app.screenshot("41-reader-marked-agreed");
  });

  it("badges a sentence that quotes it as agreed language with its paragraph", async () => {
    await byTestId("nav-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    await byTestId("delegation-question").waitForDisplayed(WAIT);
    await byTestId("delegation-input").setValue("Pakistan");
    await byTestId("delegation-save").click();
    await byTestId("new-draft").click();
    await byTestId("new-draft-title").setValue("Statement on critical infrastructure");
    await $('[data-testid="template-choice"][data-template="Blank"]').click();
    await byTestId("create-draft").click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    await app.type(`We recall that ${QUOTE}`);
    await byTestId("studio-tab-provenance").click();
    await browser.waitUntil(async () => (await badges()).some((b) => b.kind === "agreed"), {
      ...WAIT,
      timeoutMsg: "the quote is not badged as agreed language",
    });
    const [badge] = await badges();
    assert.match(badge.text, /Agreed language/);
    assert.match(badge.text, /A\/77\/275 ¶ 15/);
    assert.ok(!(await badges()).some((b) => b.kind === "altered"), "nothing is flagged altered");
    await app.screenshot("42-studio-agreed-badge");
  });

  it("flags the sentence with 'should' turned into 'shall' as altered, with the diff", async () => {
    await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
    await browser.keys(["Control", "a"]);
    await browser.keys(["Backspace"]);
    await app.type(`We recall that ${ALTERED}`);
    await browser.waitUntil(async () => (await badges()).some((b) => b.kind === "altered"), {
      ...WAIT,
      timeoutMsg: "the changed word is not flagged",
    });
    const altered = await $('[data-testid="agreed-badge"][data-kind="altered"]');
    assert.match(await textOf(altered), /Altered agreed language/);
    assert.match(await textOf(altered), /A\/77\/275 ¶ 15/);
    assert.equal(await textOf(await altered.$("del")), "should");
    assert.equal(await textOf(await altered.$("ins")), "shall");
    assert.equal(await textOf(await byTestId("altered-count")), "1", "the Agreed tab counts it");
    await app.screenshot("43-studio-altered-flag");
  });

  it("lists every span in order when checked for capital", async () => {
    await byTestId("studio-tab-agreed").click();
    await byTestId("check-for-capital").click();
    await browser.waitUntil(async () => (await $$('[data-testid="checked-span"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the check does not list the two spans",
    });
    const kinds = [];
    for (const span of await $$('[data-testid="checked-span"]')) kinds.push(await span.getAttribute("data-kind"));
    assert.deepEqual(kinds, ["new", "altered"]);
    assert.match(await textOf(await byTestId("agreed-summary")), /0 agreed · 1 altered · 1 new/);
    await app.screenshot("44-check-for-capital");
  });

  it("follows a position from 2021 to 2024 in the Positions tab", async () => {
    await byTestId("import-menu").click();
    await byTestId("import-samples").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
      ...WAIT,
      timeoutMsg: "the samples were not imported",
    });
    await byTestId("import-done").click();
    await byTestId("import-sheet").waitForExist({ reverse: true, ...WAIT });
    await byTestId("studio-tab-positions").click();
    await byTestId("positions-query").setValue("legally binding instrument");
    await byTestId("positions-timeline").click();
    await browser.waitUntil(async () => (await $$('[data-testid="position-version"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the timeline does not show the two versions",
    });
    const [first, second] = await $$('[data-testid="position-version"]');
    assert.match(await textOf(first), /13 Dec 2021/);
    assert.match(await textOf(first), /Pakistan therefore shares the view/);
    assert.match(await textOf(second), /11 May 2024/);
    assert.equal(await textOf(await second.$("ins")), "highlighted the need for developing");
    await app.screenshot("45-position-timeline");
  });
});
