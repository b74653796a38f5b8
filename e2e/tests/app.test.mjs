// End-to-end: a person's session with the real app, in order, on a fresh
// library. Each step saves a screenshot into e2e/screenshots/.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { SAMPLES, launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };

let app;
let browser;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
// WebKitWebDriver's "element text" comes back empty for grid rows, so the
// tests read what a person sees through innerText.
const textOf = (element) => browser.execute((el) => el.innerText, element);

async function importThroughMenu(paths) {
  app.pick(paths);
  await byTestId("import-menu").click();
  await byTestId("import-files").click();
  await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
    ...WAIT,
    timeoutMsg: "the import sheet never showed its results",
  });
}

async function closeImportSheet() {
  await byTestId("import-done").click();
  await byTestId("import-sheet").waitForExist({ reverse: true, ...WAIT });
}

async function resultStatuses() {
  const statuses = [];
  for (const row of await $$('[data-testid="import-result"]')) statuses.push(await row.getAttribute("data-status"));
  return statuses;
}

describe("Plenary in a real window", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("opens on the first-run state of an empty library", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    assert.ok(await byTestId("empty-import").isDisplayed(), "the first run offers 'Import documents…'");
    assert.ok(await byTestId("open-samples").isDisplayed(), "the first run offers 'Open the sample library'");
    await app.screenshot("01-first-run");
  });

  it("imports the two samples through the import flow and lists them", async () => {
    app.pick(SAMPLES);
    await byTestId("empty-import").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
      ...WAIT,
      timeoutMsg: "the import sheet never showed its results",
    });
    assert.deepEqual(await resultStatuses(), ["imported", "imported"], "both samples are imported");
    await app.screenshot("02-import-report");
    await closeImportSheet();
    await byTestId("library-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="library-row"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the library does not list the two samples",
    });
    assert.match(await byTestId("library-count").getText(), /2 documents/);
    await app.screenshot("03-library");
  });

  it("shows the four reused passages of the 2024 press release", async () => {
    const rows = await $$('[data-testid="library-row"]');
    let pressRelease;
    for (const row of rows) if ((await textOf(row)).includes("2024")) pressRelease = row;
    assert.ok(pressRelease, "a 2024 document is listed");
    await pressRelease.click();
    await byTestId("reader").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="passage"]')).length > 0, WAIT);
    const stretches = await $$('[data-testid="reuse-span"]');
    assert.equal(stretches.length, 4, "the press release marks exactly four stretches as reuse");
    assert.match(await textOf(await byTestId("reuse-count")), /Repeats 4 earlier passages/);
    await app.screenshot("04-reader-reuse");
  });

  it("shows the 2021 source of a reused passage with the word diff", async () => {
    const reused = await $$('[data-testid="passage"][data-reused="true"]');
    await reused[0].click();
    const panel = await byTestId("reuse-panel");
    await panel.waitForDisplayed(WAIT);
    const source = await byTestId("reuse-source");
    const text = await textOf(source);
    assert.match(text, /13 Dec 2021/, "the source is the 2021 statement");
    assert.match(text, /Pakistan/, "the source names its speaker");
    assert.match(text, /¶ \d+/, "the source names its paragraph");
    assert.ok((await source.$$("ins")).length + (await source.$$("del")).length > 0, "the diff marks changed words");
    await app.screenshot("05-reuse-source-diff");
    // Both samples are Pakistan's: no other speaker says it.
    await byTestId("reader-who-else").click();
    await byTestId("no-other-speaker").waitForDisplayed(WAIT);
    await app.screenshot("05c-who-else-says-this");
  });

  it("follows a source to the 2021 statement, which lists where it was reused later", async () => {
    await byTestId("reuse-source-link").click();
    await browser.waitUntil(async () => /Statement by Ambassador/.test(await textOf(await byTestId("reader-title"))), {
      ...WAIT,
      timeoutMsg: "the source link did not open the 2021 statement",
    });
    const later = await byTestId("reused-later");
    await later.waitForDisplayed(WAIT);
    assert.match(await textOf(later), /11 May 2024/, "the 2021 passage lists the 2024 press release");
    await app.screenshot("05b-reused-later-in");
  });

  it("searches as the user types and opens a result with the keyboard", async () => {
    await browser.keys(["Control", "k"]);
    await byTestId("search-view").waitForDisplayed(WAIT);
    const box = await byTestId("search-input");
    assert.ok(await box.isFocused(), "Ctrl+K focuses the search box");
    await box.setValue('"legally binding"');
    await browser.waitUntil(async () => (await $$('[data-testid="search-hit"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no results for \"legally binding\"",
    });
    const marks = await $$('[data-testid="search-hit"] mark');
    assert.ok(marks.length > 0, "the matched words are highlighted");
    assert.match((await marks[0].getText()).toLowerCase(), /legally|binding/);
    await app.screenshot("06-search");
    await browser.keys(["ArrowDown"]);
    await browser.keys(["Enter"]);
    await byTestId("reader").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="passage"]')).length > 0, WAIT);
    const passages = await $$('[data-testid="passage"]');
    let found = false;
    for (const p of passages) if (/legally binding/i.test(await textOf(p))) found = true;
    assert.ok(found, "the opened document contains the phrase");
    await byTestId("back").click();
    await byTestId("search-view").waitForDisplayed(WAIT);
  });

  it("shows the concordance of a phrase", async () => {
    await byTestId("tab-concordance").click();
    await browser.waitUntil(async () => (await $$('[data-testid="concordance-line"]')).length > 0, WAIT);
    assert.match(await $('[data-testid="concordance-line"] .keyword').getText(), /legally binding/i);
    await app.screenshot("07-concordance");
    await byTestId("tab-passages").click();
  });

  it("shows script and event handlers in an imported file as text, never runs them", async () => {
    const hostile = app.file(
      "hostile.md",
      [
        "# Statement with markup",
        "",
        "Mr. Chair, we reaffirm our commitment. <script>window.__pwned = 'script'</script>",
        "",
        '<img src=x onerror="window.__pwned = \'img\'">',
        "",
        "<script>",
        "window.__pwned = 'block';",
        "</script>",
        "",
        "I thank you.",
      ].join("\n"),
    );
    await importThroughMenu([hostile]);
    assert.deepEqual(await resultStatuses(), ["imported"]);
    const open = await $('[data-testid="import-result"] .link');
    await open.click();
    await byTestId("reader").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="passage"]')).length > 0, WAIT);
    const article = await $("article");
    const text = await textOf(article);
    assert.match(text, /<script>window\.__pwned = 'script'<\/script>/, "the inline script is shown as text");
    assert.match(text, /<img src=x onerror=/, "the image tag is shown as text");
    assert.equal((await article.$$("script")).length, 0, "no script element was created");
    assert.equal((await article.$$("img")).length, 0, "no image element was created");
    await browser.pause(500);
    assert.equal(await browser.execute(() => window.__pwned ?? null), null, "the global flag stays unset");
    // The CSP is the second wall: even a script element added to the page
    // by code does not run.
    const inline = await browser.execute(() => {
      const script = document.createElement("script");
      script.textContent = "window.__pwned = 'inline'";
      document.body.append(script);
      return window.__pwned ?? null;
    });
    assert.equal(inline, null, "the CSP blocks inline script");
    await app.screenshot("08-hostile-markup-as-text");
  });

  it("reports a binary file as a readable failure", async () => {
    const binary = app.file("minutes.docx", randomBytes(4096));
    await importThroughMenu([binary]);
    assert.deepEqual(await resultStatuses(), ["failed"]);
    const row = await $('[data-testid="import-result"]');
    const text = await textOf(row);
    assert.match(text, /Failed/);
    assert.match(text, /minutes\.docx/, "the failure names the file");
    assert.ok(text.length > "Failed minutes.docx".length + 10, "the failure gives a reason");
    await app.screenshot("09-import-failure");
    await closeImportSheet();
  });

  it("edits metadata in place and explains a value it refuses", async () => {
    await byTestId("nav-library").click();
    await byTestId("library-view").waitForDisplayed(WAIT);
    const first = await $('[data-testid="library-row"]');
    await first.click();
    await byTestId("metadata-panel").waitForDisplayed(WAIT);
    await $('[data-testid="field-session"] button').click();
    const input = await $('[data-testid="field-session"] input');
    await input.setValue("Eleventh substantive session");
    await browser.keys(["Enter"]);
    await browser.waitUntil(async () => /Eleventh substantive session/.test(await textOf(await byTestId("field-session"))), {
      ...WAIT,
      timeoutMsg: "the session was not saved",
    });
    await $('[data-testid="field-date"] button').click();
    await $('[data-testid="field-date"] input').setValue("the day after");
    await browser.keys(["Enter"]);
    const problem = await byTestId("field-problem");
    await problem.waitForDisplayed(WAIT);
    assert.match(await problem.getText(), /not a date/);
    await app.screenshot("10-metadata-edit");
    await browser.keys(["Escape"]);
  });

  it("opens the bundled sample library, which is already imported", async () => {
    await byTestId("import-menu").click();
    await byTestId("import-samples").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", WAIT);
    assert.deepEqual(await resultStatuses(), ["duplicate", "duplicate"], "the bundled samples are found and recognised");
    await closeImportSheet();
  });
});
