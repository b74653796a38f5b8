// The dark theme follows the desktop's: with GTK's dark Adwaita the page
// sees `prefers-color-scheme: dark`. Screenshots of the library and the
// reader in dark land in e2e/screenshots/.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch, repo } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
let app;

describe("Plenary with a dark desktop theme", () => {
  before(async () => {
    app = await launch({ GTK_THEME: "Adwaita:dark" });
  });

  after(async () => {
    await app?.close();
  });

  it("follows the OS into the dark theme", async () => {
    const browser = app.browser;
    await browser.$('[data-testid="empty-state"]').waitForDisplayed(WAIT);
    assert.equal(await browser.execute(() => matchMedia("(prefers-color-scheme: dark)").matches), true);
    app.pick([join(repo, "assets", "samples")]);
    await browser.$('[data-testid="empty-import-folder"]').click();
    await browser.$('[data-testid="import-done"]').waitForDisplayed(WAIT);
    await browser.$('[data-testid="import-done"]').click();
    await browser.$('[data-testid="library-row"]').waitForDisplayed(WAIT);
    await app.screenshot("11-dark-library");
    await browser.$('[data-testid="library-row"]').click();
    await browser.$('[data-testid="reuse-span"]').waitForDisplayed(WAIT);
    await browser.$('[data-testid="reuse-span"]').click();
    await browser.$('[data-testid="reuse-panel"]').waitForDisplayed(WAIT);
    await app.screenshot("12-dark-reader");
  });
});
