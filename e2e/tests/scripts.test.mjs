// End-to-end: statements in Chinese, Arabic and Russian (e2e/fixtures) on
// screen. Arabic runs right to left, each document carries its language in
// `lang`, and the screenshots of the library, the reader, reuse and search
// are for a person to judge the glyphs (no empty boxes), alignment and
// punctuation. The 2022 Arabic statement repeats a passage of the 2021 one.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, repo } from "../harness.mjs";

const FIXTURES = ["zh-statement.md", "ar-statement.md", "ar-statement-2022.md", "ru-statement.md"].map((name) => join(repo, "e2e", "fixtures", name));
const WAIT = { timeout: 30_000 };

let app;
let browser;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);
/** What the page computed for an element: its direction, alignment and font. */
const styleOf = (element) =>
  browser.execute((el) => {
    const style = getComputedStyle(el);
    return { direction: style.direction, textAlign: style.textAlign, fontFamily: style.fontFamily, lang: el.closest("[lang]")?.lang ?? "" };
  }, element);

async function openRow(pattern) {
  await byTestId("nav-library").click();
  await byTestId("library-view").waitForDisplayed(WAIT);
  let row;
  for (const candidate of await $$('[data-testid="library-row"]')) if (pattern.test(await textOf(candidate))) row = candidate;
  assert.ok(row, `the library lists a row matching ${pattern}`);
  await row.click();
  await byTestId("reader").waitForDisplayed(WAIT);
  await browser.waitUntil(async () => (await $$('[data-testid="passage"]')).length > 0, WAIT);
}

/** The passage whose text matches `pattern`, and its text element. */
async function passage(pattern) {
  for (const p of await $$('[data-testid="passage"] .text')) if (pattern.test((await textOf(p)).trim())) return p;
  assert.fail(`no passage matches ${pattern}`);
}

describe("Plenary in the six languages' scripts", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("imports Chinese, Arabic and Russian statements and lists them", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    app.pick(FIXTURES);
    await byTestId("empty-import").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", WAIT);
    const statuses = [];
    for (const row of await $$('[data-testid="import-result"]')) statuses.push(await row.getAttribute("data-status"));
    assert.deepEqual(statuses, ["imported", "imported", "imported", "imported"]);
    await byTestId("import-done").click();
    await browser.waitUntil(async () => (await $$('[data-testid="library-row"]')).length === 4, WAIT);
    const titles = [];
    for (const cell of await $$('[data-testid="library-row"] .title')) titles.push(await styleOf(cell));
    assert.deepEqual(titles.map((t) => t.lang).sort(), ["ar", "ar", "ru", "zh"], "each title carries its document's language");
    assert.equal(titles.find((t) => t.lang === "ar")?.direction, "rtl", "the Arabic title runs right to left");
    await app.screenshot("14-library-scripts");
  });

  it("reads the Chinese statement left to right in a Chinese font", async () => {
    await openRow(/中国代表团/);
    const salutation = await styleOf(await passage(/^主席先生：/));
    assert.equal(salutation.lang, "zh");
    assert.equal(salutation.direction, "ltr");
    assert.match(salutation.fontFamily, /Noto Serif CJK SC/, "the Chinese font comes first");
    assert.match(await textOf(await byTestId("reader-title")), /的发言$/);
    await app.screenshot("15-reader-chinese");
  });

  it("reads the Arabic statement right to left, even a passage that opens in Latin", async () => {
    await openRow(/الدورة الموضوعية الأولى/);
    const article = await styleOf(await $("article"));
    assert.deepEqual([article.lang, article.direction], ["ar", "rtl"]);
    assert.match(article.fontFamily, /^"?Noto Naskh Arabic/, "the Arabic font comes first");
    assert.equal((await styleOf(await passage(/^السيد الرئيس،/))).direction, "rtl");
    assert.equal((await styleOf(await passage(/^A\/75\/816/))).direction, "rtl", "a passage opening with a symbol stays right to left");
    assert.equal((await styleOf(await byTestId("reader-title"))).direction, "rtl");
    // The text hugs the right edge: its first line ends where the column does.
    const [textRight, lineRight] = await browser.execute((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const first = range.getClientRects()[0];
      return [el.getBoundingClientRect().right, first.right];
    }, await passage(/^السيد الرئيس،/));
    assert.ok(Math.abs(textRight - lineRight) < 16, `the salutation is right-aligned (${lineRight} of ${textRight})`);
    await app.screenshot("16-reader-arabic");
  });

  it("marks the reused Arabic passage on its right and shows its diff right to left", async () => {
    await openRow(/الدورة الموضوعية الثانية/);
    const reused = await $('[data-testid="passage"][data-reused="true"]');
    await reused.waitForDisplayed(WAIT);
    const bar = await browser.execute((el) => getComputedStyle(el).boxShadow, reused);
    assert.match(bar, /-3px 0px 0px/, "the reuse bar stands on the right, where the Arabic lines begin");
    await reused.click();
    await byTestId("reuse-panel").waitForDisplayed(WAIT);
    const diff = await $('[data-testid="reuse-source"] [data-testid="diff"]');
    assert.deepEqual([(await styleOf(diff)).direction, (await styleOf(diff)).lang], ["rtl", "ar"]);
    assert.ok((await diff.$$("ins")).length > 0, "the words added in 2022 are marked");
    await app.screenshot("20-reuse-arabic");
  });

  it("searches and lines up a concordance in Arabic, preceding words on the right", async () => {
    await browser.keys(["Control", "k"]);
    await byTestId("search-view").waitForDisplayed(WAIT);
    await byTestId("search-input").setValue('"الأمم المتحدة"');
    await browser.waitUntil(async () => (await $$('[data-testid="search-hit"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no results for the Arabic phrase",
    });
    assert.equal((await styleOf(await $('[data-testid="search-hit"] .snippet'))).direction, "rtl");
    await app.screenshot("17-search-arabic");
    await byTestId("tab-concordance").click();
    await browser.waitUntil(async () => (await $$('[data-testid="concordance-line"]')).length > 0, WAIT);
    const line = await $('[data-testid="concordance-line"]');
    assert.equal((await styleOf(await line.$(".context"))).direction, "rtl");
    const [left, keyword] = await browser.execute(
      (el) => [el.querySelector(".left").getBoundingClientRect().left, el.querySelector(".keyword").getBoundingClientRect().left],
      line,
    );
    assert.ok(left > keyword, "the words before the phrase stand to its right");
    await app.screenshot("18-concordance-arabic");
    await byTestId("tab-passages").click();
  });

  it("searches a Chinese phrase", async () => {
    const box = await byTestId("search-input");
    await box.clearValue();
    await box.setValue("信息通信技术");
    await browser.waitUntil(async () => /信息通信技术/.test(await textOf(await $('[data-testid="search-hit"]'))), {
      ...WAIT,
      timeoutMsg: "no results for the Chinese phrase",
    });
    assert.equal((await styleOf(await $('[data-testid="search-hit"] .snippet'))).lang, "zh");
    await app.screenshot("19-search-chinese");
  });
});
