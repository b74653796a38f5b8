// Putting a backup back, in the real window: from the safekeeping dialog
// (the library as it was is kept aside), and from the screen of a library
// file that no longer opens, as on the morning a laptop's disk damaged it.
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { SAMPLES, launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };

let app;
let browser;
let workdir;
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => browser.$(`[data-testid="${id}"]`);
const rows = async () => (await $$('[data-testid="library-row"]')).length;

describe("Plenary puts a backup back", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
    workdir = app.workdir;
  });

  after(async () => {
    await app?.close();
  });

  it("restores an earlier backup from the dialog and keeps the library it replaced", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => app.backups().length === 1, WAIT);
    await app.importFromEmptyState(SAMPLES);
    await browser.waitUntil(async () => (await rows()) === 2, WAIT);

    await byTestId("open-safekeeping").click();
    await byTestId("back-up-now").waitForDisplayed(WAIT);
    await byTestId("back-up-now").click();
    await browser.waitUntil(async () => (await $$('[data-testid="backup-row"]')).length === 2, WAIT);

    // The older backup is the one made at start, of the empty library.
    const restoreButtons = await $$('[data-testid="backup-restore"]');
    await restoreButtons[1].click();
    await byTestId("restore-confirm").waitForDisplayed(WAIT);
    assert.match(await byTestId("restore-confirm").getText(), /kept\s+aside/);
    await app.screenshot("51-restore-confirm");
    await byTestId("restore-submit").click();
    await browser.waitUntil(async () => (await byTestId("safekeeping-notice").isExisting()) && /Restored the backup/.test(await byTestId("safekeeping-notice").getText()), {
      ...WAIT,
      timeoutMsg: "the dialog never said the backup was restored",
    });
    assert.match(await byTestId("safekeeping-notice").getText(), /kept as library\.db\.replaced-/);
    assert.equal(readdirSync(workdir).filter((n) => /^library\.db\.replaced-[0-9TZ-]+$/.test(n)).length, 1, "the replaced library is beside it");
    await byTestId("safekeeping-close").click();
    await byTestId("empty-state").waitForDisplayed(WAIT);
  });

  it("offers the backups when the library file no longer opens, and restores one", async () => {
    await app.close({ keep: true });
    writeFileSync(join(workdir, "library.db"), "This file was damaged on the morning of the session.\n".repeat(100));
    app = await launch({}, () => {}, { workdir });
    browser = app.browser;
    await byTestId("library-unavailable").waitForDisplayed(WAIT);
    await byTestId("unavailable-backups").waitForDisplayed(WAIT);
    assert.match(await byTestId("library-unavailable").getText(), /not a database/);
    await app.screenshot("52-unavailable-backups");

    // The newest backup holds the two samples.
    await (await $$('[data-testid="backup-restore"]'))[0].click();
    await byTestId("restore-submit").click();
    await byTestId("library-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await rows()) === 2, { ...WAIT, timeoutMsg: "the restored library does not list the two samples" });
  });
});
