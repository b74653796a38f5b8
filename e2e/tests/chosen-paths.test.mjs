// The page names no file the user did not choose. A page that calls the
// shell itself (as a compromised page would, through Tauri's own IPC) to
// import a file nobody picked, or to restore a "backup" from outside the
// library's backups folder, is refused and nothing is read or replaced;
// the same file, once picked in the import dialog, is imported.
import assert from "node:assert/strict";
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };

let app;
let browser;
const byTestId = (id) => browser.$(`[data-testid="${id}"]`);
const rows = async () => (await browser.$$('[data-testid="library-row"]')).length;

/** Calls a shell command from the page, as its own code could; the answer,
 * or the refusal's message. */
function invoke(command, args) {
  return browser.executeAsync(
    (command, args, done) => {
      const internals = window.__TAURI_INTERNALS__;
      const channel = `__CHANNEL__:${internals.transformCallback(() => {})}`;
      const withChannel = command === "import_paths" ? { ...args, onProgress: channel } : args;
      internals.invoke(command, withChannel).then(
        (value) => done({ ok: true, value }),
        (error) => done({ ok: false, message: error?.message ?? String(error) }),
      );
    },
    command,
    args,
  );
}

describe("The page names only files the user chose", () => {
  before(async () => {
    app = await launch();
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
  });

  it("refuses to import a file nobody picked or dropped, then imports it once picked", async () => {
    await byTestId("empty-state").waitForDisplayed(WAIT);
    const statement = app.file(
      "not-picked.md",
      "Statement by Kenya\n\nMr. Chair,\n\nKenya supports the programme of action on ICT security.\n",
    );
    const refused = await invoke("import_paths", { paths: [statement] });
    assert.equal(refused.ok, false, "the import was run");
    assert.match(refused.message, /not chosen in the import dialog or dropped on the window/);
    assert.match(refused.message, /not-picked\.md/);
    await byTestId("empty-state").waitForDisplayed(WAIT);

    await app.importFromEmptyState([statement]);
    await browser.waitUntil(async () => (await rows()) === 1, { ...WAIT, timeoutMsg: "the picked file was not imported" });
  });

  it("refuses to restore a file from outside the library's backups folder", async () => {
    await browser.waitUntil(async () => app.backups().length >= 1, { ...WAIT, timeoutMsg: "no daily backup was made" });
    const outside = join(app.workdir, "received.db");
    copyFileSync(join(app.workdir, "backups", app.backups()[0]), outside);
    const refused = await invoke("restore_backup", { backup: outside, passphrase: null, removeEncryption: false });
    assert.equal(refused.ok, false, "the file was restored");
    assert.match(refused.message, /not one of the backups in/);
    assert.equal(readdirSync(app.workdir).filter((n) => n.includes(".replaced-")).length, 0, "nothing was replaced");
    assert.equal(await rows(), 1, "the library is as it was");
  });
});
