// A library file that is not a database: the window says so in words,
// naming the file, instead of showing an empty or blank view.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

let app;

describe("Plenary on an unreadable library file", () => {
  before(async () => {
    app = await launch({}, (library) => writeFileSync(library, "These are meeting notes, not a Plenary library.\n".repeat(40)));
  });

  after(async () => {
    await app?.close();
  });

  it("explains that the library cannot be opened", async () => {
    const problem = await app.browser.$('[data-testid="library-unavailable"]');
    await problem.waitForDisplayed({ timeout: 30_000 });
    const text = await app.browser.execute((el) => el.innerText, problem);
    assert.match(text, /The library could not be opened/);
    assert.match(text, /library\.db/, "the message names the file");
    assert.match(text, /not a database/, "the message says what is wrong");
    await app.screenshot("13-unreadable-library");
  });
});
