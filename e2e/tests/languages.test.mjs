// End-to-end: the interface in the six UN languages, in the real window. A
// run starts in the system's language, English under the harness's C locale
// (which the webview reports as none of the six); the
// samples are imported, a draft is written and a commitment accepted; then
// Settings switches the window to each language in turn, whose words come
// from its catalogue, and the library, the studio and the commitments view
// are photographed in it (lang-<code>-<view>.png). In Arabic the page runs
// right to left and the layout is mirrored. The choice outlives a restart.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, repo } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];
/** The first words of a sentence of the 2021 sample statement. */
const TYPED = "Similarly, international cooperation for capacity building";
const POSITION = "Pakistan supports the idea of a permanent capacity building mechanism under the UN";

/** A message of a language's catalogue, by its dotted key. */
function message(language, key) {
  const catalogue = JSON.parse(readFileSync(join(repo, "ui", "src", "lib", "messages", `${language}.json`), "utf8"));
  return key.split(".").reduce((node, part) => node[part], catalogue);
}

let app;
let browser;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText.trim(), element);
const page = () => browser.execute(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
/** Where an element is in the window, and the window's width. */
const box = (selector) =>
  browser.execute((s) => {
    const rect = document.querySelector(s).getBoundingClientRect();
    return { left: rect.left, right: rect.right, width: window.innerWidth };
  }, selector);

async function openSettings() {
  await byTestId("footer-settings").click();
  await byTestId("settings-dialog").waitForDisplayed(WAIT);
}

async function saveSettings() {
  await byTestId("settings-save").click();
  await byTestId("settings-dialog").waitForExist({ reverse: true, ...WAIT });
}

async function chooseLanguage(language) {
  await openSettings();
  await byTestId("settings-language").selectByAttribute("value", language);
  await saveSettings();
  await browser.waitUntil(async () => (await page()).lang === language, { ...WAIT, timeoutMsg: `the page did not switch to ${language}` });
}

async function showLibrary() {
  await byTestId("nav-library").click();
  await byTestId("library-view").waitForDisplayed(WAIT);
  await browser.waitUntil(async () => (await $$('[data-testid="library-row"]')).length === 2, WAIT);
}

async function showStudio() {
  await byTestId("nav-drafts").click();
  await byTestId("draft-row").waitForDisplayed(WAIT);
  await byTestId("draft-row").click();
  await byTestId("draft-editor").waitForDisplayed(WAIT);
  // The cursor moved to the typed sentence brings its suggestions up.
  await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
  await browser.keys(["Control", "End"]);
  await browser.waitUntil(async () => (await $$('[data-testid="suggestion"]')).length > 0, {
    ...WAIT,
    timeoutMsg: "the studio shows no suggestion for the typed sentence",
  });
}

async function showCommitments() {
  await byTestId("nav-commitments").click();
  await byTestId("commitments-view").waitForDisplayed(WAIT);
  await byTestId("list-open").click();
  await byTestId("commitment-row").waitForDisplayed(WAIT);
  await byTestId("commitment-row").click();
  await byTestId("commitment-detail").waitForDisplayed(WAIT);
}

describe("The interface in the six UN languages", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("starts in English when the system's language is none of the six", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    const system = await browser.execute(() => navigator.languages.join(" "));
    assert.doesNotMatch(system, /\b(ar|zh|fr|ru|es)\b/, "the C locale names none of the six");
    assert.deepEqual(await page(), { lang: "en", dir: "ltr" });
    assert.equal(await textOf(await byTestId("open-samples")), message("en", "documents.firstRun.openSamples"));
  });

  it("switches from the first run, then prepares a library, a draft and a commitment", async () => {
    await chooseLanguageFromFirstRun("ru");
    assert.equal(await textOf(await byTestId("open-samples")), message("ru", "documents.firstRun.openSamples"));
    await chooseLanguage("en");
    await byTestId("open-samples").click();
    await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", WAIT);
    await byTestId("import-done").click();
    await byTestId("import-sheet").waitForExist({ reverse: true, ...WAIT });
    await openSettings();
    await byTestId("settings-delegation").setValue("Pakistan");
    await saveSettings();

    await byTestId("nav-drafts").click();
    await byTestId("new-draft").click();
    await byTestId("new-draft-title").setValue("Statement on capacity-building");
    await byTestId("create-draft").click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
    await browser.keys(["Control", "End"]);
    await browser.keys(["Enter"]);
    await browser.keys(["Enter"]);
    await app.type(TYPED);
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion"]')).length > 0, WAIT);
    await browser.waitUntil(async () => (await byTestId("save-status").getAttribute("data-status")) === "saved", WAIT);

    await byTestId("nav-commitments").click();
    await byTestId("commitments-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion-row"]')).length > 0, WAIT);
    for (const row of await $$('[data-testid="suggestion-row"]')) {
      if ((await textOf(row)).includes(POSITION)) {
        await row.$('[data-testid="suggestion-accept"]').click();
        break;
      }
    }
    await byTestId("commitment-detail").waitForDisplayed(WAIT);
  });

  for (const language of LANGUAGES) {
    it(`shows the library, the studio and the commitments in ${language}`, async () => {
      await chooseLanguage(language);
      assert.deepEqual(await page(), { lang: language, dir: language === "ar" ? "rtl" : "ltr" });
      assert.equal(await textOf(await byTestId("nav-library")).then((t) => t.replace(/\s*[\d,.\s]+$/, "")), message(language, "app.nav.library"));
      assert.equal(await textOf(await byTestId("nav-commitments")), message(language, "app.nav.commitments"));

      await showLibrary();
      assert.equal(await textOf(await $(".view-toolbar h1")), message(language, "app.nav.library"));
      await app.screenshot(`lang-${language}-library`);

      await showStudio();
      assert.equal(await textOf(await byTestId("studio-tab-suggestions")).then((t) => t.replace(/\s*\d+$/, "")), message(language, "drafts.studio.tabs.suggestions"));
      await app.screenshot(`lang-${language}-studio`);

      await showCommitments();
      assert.equal(await textOf(await $(".view-toolbar h1")), message(language, "app.nav.commitments"));
      await app.screenshot(`lang-${language}-commitments`);
    });
  }

  it("mirrors the whole window in Arabic", async () => {
    await chooseLanguage("en");
    await showStudio();
    const [brand, pane] = [await box(".topbar .brand"), await box('[data-testid="studio"] aside')];
    assert.ok(brand.left < brand.width / 2, "in English the app's name is at the left");
    assert.ok(pane.left > pane.width / 2, "in English the side pane is at the right");

    await chooseLanguage("ar");
    await showStudio();
    const [brandAr, paneAr] = [await box(".topbar .brand"), await box('[data-testid="studio"] aside')];
    assert.ok(brandAr.right > brandAr.width / 2, "in Arabic the app's name is at the right");
    assert.ok(paneAr.right < paneAr.width / 2, "in Arabic the side pane is at the left");
    const arrow = await browser.execute(() => getComputedStyle(document.querySelector('[data-testid="back-to-drafts"] .flip-rtl')).transform);
    assert.notEqual(arrow, "none", "the back arrow turns to point right to left");
  });

  it("keeps the chosen language after a restart", async () => {
    await app.close({ keep: true });
    app = await launch({}, () => {}, { workdir: app.workdir });
    browser = app.browser;
    await byTestId("library-view").waitForDisplayed(WAIT);
    assert.deepEqual(await page(), { lang: "ar", dir: "rtl" });
  });
});

/** Switches languages from the first run, before the library has settings
 * to show: the footer's Settings is there as soon as the library is open. */
async function chooseLanguageFromFirstRun(language) {
  await byTestId("footer-settings").waitForDisplayed(WAIT);
  await chooseLanguage(language);
}
