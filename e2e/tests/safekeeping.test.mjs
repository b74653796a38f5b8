// Keeping the library safe, in the real window: the daily backup made at
// start, "Back up now", the daily setting, then a passphrase set from the
// app, which first asks what becomes of the backups made without one
// (here: encrypted too). The app is started again on the encrypted file:
// it asks for the passphrase, a wrong one is refused and changes nothing,
// the right one opens the library, where search still works; a plain
// backup put back over it would take the passphrase off, which the dialog
// says and asks before it restores. Last, the passphrase is changed and
// removed, and the file is plain SQLite again.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { SAMPLES, launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
const PASSPHRASE = "spring session in geneva";
const NEW_PASSPHRASE = "نص متفق عليه 2026";

let app;
let browser;
let workdir;
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => browser.$(`[data-testid="${id}"]`);

const library = () => join(workdir, "library.db");
const header = () => readFileSync(library()).subarray(0, 16).toString("latin1");
const digest = () => createHash("sha256").update(readFileSync(library())).digest("hex");

async function stepDone(pattern) {
  await browser.waitUntil(async () => (await byTestId("safekeeping-notice").isExisting()) && pattern.test(await byTestId("safekeeping-notice").getText()), {
    timeout: 60_000,
    timeoutMsg: `the dialog never said ${pattern}`,
  });
}

async function openDialog() {
  await byTestId("open-safekeeping").click();
  await byTestId("safekeeping-dialog").waitForDisplayed(WAIT);
  await byTestId("passphrase-section").waitForDisplayed(WAIT);
}

async function searchFinds(phrase) {
  await browser.keys(["Control", "k"]);
  await byTestId("search-input").setValue(phrase);
  await browser.waitUntil(async () => (await $$('[data-testid="search-hit"]')).length > 0, {
    ...WAIT,
    timeoutMsg: `no results for ${phrase}`,
  });
}

describe("Plenary keeps the library safe", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
    workdir = app.workdir;
  });

  after(async () => {
    await app?.close();
  });

  it("makes the daily backup at start and another on demand", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => app.backups().length === 1, { ...WAIT, timeoutMsg: "no daily backup was made at start" });
    await app.importFromEmptyState(SAMPLES);
    await byTestId("library-view").waitForDisplayed(WAIT);

    await openDialog();
    assert.match(await byTestId("backup-folder").getText(), /backups$/);
    assert.equal((await $$('[data-testid="backup-row"]')).length, 1, "the backup made at start is listed");
    assert.equal(await byTestId("daily-backups").getValue(), "14", "14 daily backups are kept unless changed");
    await byTestId("back-up-now").click();
    await stepDone(/Backed up to plenary-/);
    assert.equal(app.backups().length, 2);
    assert.equal((await $$('[data-testid="backup-row"]')).length, 2, "the new backup is listed first");
    assert.match(await (await $$('[data-testid="backup-row"]'))[0].getText(), /today/);

    await byTestId("daily-backups").selectByAttribute("value", "7");
    await stepDone(/the last 7 are kept/);
    await app.screenshot("47-backups");
  });

  it("sets a passphrase from the app: the file is encrypted and the library still searches", async () => {
    await byTestId("passphrase-set").click();
    await byTestId("passphrase-new").setValue("short");
    await byTestId("passphrase-repeat").setValue("short");
    await byTestId("passphrase-submit").click();
    assert.match(await byTestId("passphrase-problem").getText(), /at least 8/);
    assert.equal(header(), "SQLite format 3\0", "nothing was encrypted");

    // A plain backup, kept elsewhere for the restore below.
    copyFileSync(join(workdir, "backups", app.backups()[0]), join(workdir, "plain-backup.db"));
    await byTestId("passphrase-new").setValue(PASSPHRASE);
    await byTestId("passphrase-repeat").setValue(PASSPHRASE);
    // The backups made so far are plain: the dialog asks what becomes of them.
    assert.match(await byTestId("plain-backups").getText(), /2 backups were made before the passphrase/);
    await byTestId("passphrase-submit").click();
    assert.match(await byTestId("passphrase-problem").getText(), /Say what should become of the backups/);
    assert.equal(header(), "SQLite format 3\0", "nothing was encrypted");
    await byTestId("plain-backups-encrypt").click();
    await app.screenshot("48-set-passphrase");
    await byTestId("passphrase-submit").click();
    await stepDone(/is encrypted/);
    const backupsFolder = join(workdir, "backups");
    for (const name of app.backups()) {
      const start = readFileSync(join(backupsFolder, name)).subarray(0, 16).toString("latin1");
      assert.notEqual(start, "SQLite format 3\0", `${name} is encrypted too`);
    }
    assert.equal(readdirSync(backupsFolder).filter((n) => n.endsWith(".rewriting")).length, 0);
    assert.notEqual(header(), "SQLite format 3\0", "the file no longer starts as plain SQLite");
    assert.ok(!readFileSync(library()).includes("legally binding"), "the text is not in the file in the clear");
    await byTestId("safekeeping-close").click();
    await byTestId("encrypted-mark").waitForDisplayed(WAIT);
    await searchFinds('"legally binding"');
  });

  it("asks for the passphrase at the next start, refuses a wrong one and opens with the right one", async () => {
    await app.close({ keep: true });
    app = await launch({}, () => {}, { workdir });
    browser = app.browser;
    await byTestId("unlock-screen").waitForDisplayed(WAIT);
    const screen = await browser.execute((el) => el.innerText, await byTestId("unlock-screen"));
    assert.match(screen, /library\.db/, `the screen names the file: ${screen}`);
    assert.ok(await byTestId("unlock-passphrase").isFocused(), "the passphrase field has the focus");
    await app.screenshot("49-unlock");

    const before = digest();
    await byTestId("unlock-passphrase").setValue("spring session in vienna");
    await browser.keys(["Enter"]);
    await byTestId("unlock-problem").waitForDisplayed(WAIT);
    assert.match(await byTestId("unlock-problem").getText(), /does not open this library/);
    assert.equal(await byTestId("unlock-passphrase").getValue(), "", "the field is cleared for another try");
    assert.equal(digest(), before, "a wrong passphrase changed nothing");
    await app.screenshot("50-unlock-wrong");

    await byTestId("unlock-passphrase").setValue(PASSPHRASE);
    await byTestId("unlock-submit").click();
    await byTestId("library-view").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await $$('[data-testid="library-row"]')).length === 2, WAIT);
    await searchFinds("capacity building mechanism");
  });

  it("asks before a plain backup takes the passphrase off the library", async () => {
    copyFileSync(join(workdir, "plain-backup.db"), join(workdir, "backups", "plenary-2025-01-05T08-00-00Z.db"));
    await openDialog();
    const before = digest();
    const restores = await $$('[data-testid="backup-restore"]');
    await restores[restores.length - 1].click();
    await byTestId("restore-removes-encryption").waitForDisplayed(WAIT);
    assert.match(await byTestId("restore-removes-encryption").getText(), /takes the passphrase off/);
    await byTestId("restore-submit").click();
    assert.match(await byTestId("restore-problem").getText(), /tick the box/);
    assert.equal(digest(), before, "nothing was restored");
    await app.screenshot("50b-restore-plain-over-encrypted");
    await byTestId("safekeeping-close").click();
  });

  it("changes the passphrase, then removes it", async () => {
    await openDialog();
    await byTestId("passphrase-change").click();
    await byTestId("passphrase-current").setValue("not the passphrase");
    await byTestId("passphrase-new").setValue(NEW_PASSPHRASE);
    await byTestId("passphrase-repeat").setValue(NEW_PASSPHRASE);
    await byTestId("passphrase-submit").click();
    await byTestId("safekeeping-problem").waitForDisplayed({ timeout: 60_000 });
    assert.match(await byTestId("safekeeping-problem").getText(), /wrong passphrase/);

    await byTestId("passphrase-current").setValue(PASSPHRASE);
    await byTestId("passphrase-submit").click();
    await stepDone(/passphrase is changed/);

    await byTestId("passphrase-remove").click();
    await byTestId("passphrase-current").setValue(NEW_PASSPHRASE);
    await byTestId("passphrase-submit").click();
    await stepDone(/no longer encrypted/);
    assert.equal(header(), "SQLite format 3\0", "the file is plain SQLite again");
    await byTestId("safekeeping-close").click();
    await browser.waitUntil(async () => !(await byTestId("encrypted-mark").isExisting()), WAIT);
    await searchFinds('"legally binding"');
  });
});
