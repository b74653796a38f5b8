// End-to-end: the termbase in the real window. Two statements of Cuba are
// imported, one in English and one in Spanish. In a new draft, a sentence
// with "legally-binding treaty" and "confidence-building measures" shows
// both as term hits with their equivalents in the other languages; the
// deprecated one is flagged with the preferred term, marked in the text,
// and replaced by it with one click. The Positions tab follows "legally
// binding instrument" in all languages to the Spanish statement, marked as
// Spanish wording, and so does search. The Termbase view lists the
// shipped concepts, shows one in six languages, takes a new entry, and
// exports the termbase as TBX. Screenshots land in e2e/screenshots/ (61-…).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const SPANISH = [
  "---",
  "title: Declaración de Cuba",
  "kind: statement",
  "speaker: Cuba",
  "language: es",
  "date: 2023-03-07",
  "---",
  "",
  "Señor Presidente:",
  "",
  "Cuba reitera la necesidad de negociar un instrumento jurídicamente vinculante que colme las lagunas del derecho internacional en esta esfera.",
  "",
  "Muchas gracias.",
  "",
].join("\n");
const ENGLISH = [
  "---",
  "title: Statement of Cuba",
  "kind: statement",
  "speaker: Cuba",
  "language: en",
  "date: 2021-12-14",
  "---",
  "",
  "Mr. Chair,",
  "",
  "Cuba supports the elaboration of a legally binding instrument on the security of ICTs.",
  "",
  "I thank you.",
  "",
].join("\n");
const SENTENCE = "We call for a legally-binding treaty and for confidence-building measures.";

let app;
let browser;
let scratch;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);
const editorText = () => browser.execute(() => document.querySelector('[data-testid="draft-editor"]').innerText);

describe("The termbase in a real window", () => {
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), "plenary-termbase-"));
    app = await launch({ PLENARY_TEST_EXPORT_DIR: scratch });
    browser = app.browser;
    await byTestId("empty-import").waitForDisplayed(WAIT);
    await app.importFromEmptyState([app.file("es.md", SPANISH), app.file("en.md", ENGLISH)]);
  });

  after(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("shows the terms of a draft with their equivalents, a deprecated one flagged", async () => {
    await byTestId("nav-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    await byTestId("delegation-question").waitForDisplayed(WAIT);
    await byTestId("delegation-input").setValue("Cuba");
    await byTestId("delegation-save").click();
    await byTestId("new-draft").click();
    await byTestId("new-draft-title").setValue("Statement on a legally binding instrument");
    await $('[data-testid="template-choice"][data-template="Blank"]').click();
    await byTestId("create-draft").click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    await app.type(SENTENCE);
    await byTestId("studio-tab-terms").click();
    await browser.waitUntil(async () => (await $$('[data-testid="term-hit"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the two terms are not listed",
    });
    const [treaty, cbm] = await $$('[data-testid="term-hit"]');
    assert.equal(await treaty.getAttribute("data-status"), "deprecated");
    const flagged = await textOf(treaty);
    assert.match(flagged, /legally-binding treaty/);
    assert.match(flagged, /Deprecated/);
    assert.match(flagged, /Use “legally binding instrument”/);
    assert.match(flagged, /instrumento jurídicamente vinculante/);
    assert.match(flagged, /具有法律约束力的文书/);
    const found = await textOf(cbm);
    assert.equal(await cbm.getAttribute("data-status"), "preferred");
    for (const equivalent of ["medidas de fomento de la confianza", "mesures de confiance", "меры укрепления доверия", "建立信任措施", "تدابير بناء الثقة"]) {
      assert.ok(found.includes(equivalent), `${equivalent} in ${found}`);
    }
    assert.equal(await textOf(await byTestId("deprecated-count")), "1", "the Terms tab counts it");
    await browser.waitUntil(async () => (await $$('[data-term="deprecated"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the deprecated term is not marked in the text",
    });
    assert.equal(await textOf(await $('[data-term="deprecated"]')), "legally-binding treaty");
    assert.equal(await $('[data-term="deprecated"]').getAttribute("title"), "Use “legally binding instrument”");
    assert.equal((await $$('[data-term="found"]')).length, 1, "the other term is marked too");
    await app.screenshot("61-studio-term-hits");
  });

  it("puts the preferred term in place of the deprecated one", async () => {
    await byTestId("term-hit-replace").click();
    await browser.waitUntil(async () => (await editorText()).includes("We call for a legally binding instrument and"), {
      ...WAIT,
      timeoutMsg: "the preferred term did not replace the deprecated one",
    });
    await browser.waitUntil(async () => (await $$('[data-testid="term-hit-deprecated"]')).length === 0, {
      ...WAIT,
      timeoutMsg: "the saved draft still has a deprecated term",
    });
    assert.equal((await $$('[data-testid="term-hit"]')).length, 2);
    await app.screenshot("62-studio-term-replaced");
  });

  it("follows the position into Spanish in all languages", async () => {
    await byTestId("studio-tab-positions").click();
    await byTestId("positions-query").setValue("legally binding instrument");
    await byTestId("positions-timeline").click();
    await browser.waitUntil(async () => (await $$('[data-testid="position-version"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the English timeline does not show the English statement",
    });
    await byTestId("positions-all-languages").click();
    await byTestId("positions-timeline").click();
    await browser.waitUntil(async () => (await $$('[data-testid="position-version"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the timeline in all languages does not show the Spanish statement",
    });
    const [, spanish] = await $$('[data-testid="position-version"]');
    assert.match(await textOf(spanish), /instrumento jurídicamente vinculante que colme/);
    const badge = await spanish.$('[data-testid="other-language-wording"]');
    assert.equal(await badge.getAttribute("data-language"), "es");
    assert.match(await textOf(badge), /Spanish wording: instrumento jurídicamente vinculante/);
    await app.screenshot("63-positions-all-languages");
  });

  it("offers search in all languages for a term of the termbase", async () => {
    await byTestId("search-input").setValue("legally binding instrument");
    await byTestId("search-all-languages").waitForDisplayed(WAIT);
    assert.equal((await $$('[data-testid="search-hit"]')).length, 1);
    await $('[data-testid="search-all-languages"] input').click();
    await browser.waitUntil(async () => (await $$('[data-testid="search-hit"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "search in all languages does not find the Spanish statement",
    });
    const badge = await byTestId("other-language-wording");
    assert.match(await textOf(badge), /Spanish wording/);
    await app.screenshot("64-search-all-languages");
  });

  it("lists the shipped concepts and shows one in the six languages", async () => {
    await byTestId("nav-termbase").click();
    await byTestId("termbase-view").waitForDisplayed(WAIT);
    await byTestId("termbase-count").waitForDisplayed(WAIT);
    const count = Number((await textOf(await byTestId("termbase-count"))).match(/\d+/)[0]);
    assert.ok(count >= 100, `${count} entries`);
    await byTestId("termbase-search").setValue("jurídicamente vinculante");
    await browser.waitUntil(async () => (await $$('[data-testid="concept-row"]')).length === 1, WAIT);
    await $('[data-testid="concept-row"]').click();
    await byTestId("concept-detail").waitForDisplayed(WAIT);
    const detail = await textOf(await byTestId("concept-detail"));
    for (const term of ["legally binding instrument", "instrument juridiquement contraignant", "юридически обязывающий документ", "صك ملزم قانونا", "具有法律约束力的文书"]) {
      assert.ok(detail.includes(term), `${term} in ${detail}`);
    }
    await app.screenshot("65-termbase-entry");
  });

  it("takes a new entry and exports the termbase as TBX", async () => {
    await byTestId("new-concept").click();
    await byTestId("concept-dialog").waitForDisplayed(WAIT);
    const texts = await $$('[data-testid="concept-term-text"]');
    await texts[2].setValue("ping test");
    await texts[5].setValue("prueba de comunicación");
    await byTestId("concept-save").click();
    await byTestId("concept-dialog").waitForExist({ reverse: true, ...WAIT });
    await byTestId("concept-detail").waitForDisplayed(WAIT);
    assert.match(await textOf(await byTestId("concept-detail")), /prueba de comunicación/);
    await byTestId("termbase-export-tbx").click();
    await byTestId("termbase-exported").waitForDisplayed(WAIT);
    const tbx = readFileSync(join(scratch, "termbase.tbx"), "utf8");
    assert.match(tbx, /<tbx style="dca" type="TBX-Basic"/);
    assert.match(tbx, /<term>prueba de comunicación<\/term>/);
    await app.screenshot("66-termbase-new-entry");
  });
});
