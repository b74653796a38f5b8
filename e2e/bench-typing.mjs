// Typing bench for the drafting studio (not a test): in the real window, on
// a copy of a large library, types the openings of the library's own
// sentences into a draft, one new paragraph each, pauses, and reads how long
// each pause took to turn into suggestions on screen. The studio measures
// that itself, from the moment the pause ends (its timer fires) to the
// frame after the suggestions are rendered, as a User Timing measure named
// "plenary:suggestions-shown". Needs an X display and tauri-driver: run it
// under xvfb-run, as `make bench-typing` does.
//
//   node e2e/bench-typing.mjs --library L [--typed 60]
//
// PLENARY_APP picks the binary (the harness's default is the debug build;
// `make bench-typing` passes the release build).
import { copyFileSync } from "node:fs";
import { launch } from "./harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const library = option("library");
const typedCount = Number(option("typed", "60"));
if (!library) throw new Error("--library PATH is required: a populated library to copy and open");
if (!process.env.DISPLAY) throw new Error("no DISPLAY: run this under xvfb-run");

const WAIT = { timeout: 60_000 };
const app = await launch({}, (path) => copyFileSync(library, path));
const { browser } = app;
const byTestId = (id) => browser.$(`[data-testid="${id}"]`);

try {
  // Openings of body passages spread over the library, read through the
  // app's own commands.
  const openings = await browser.executeAsync((count, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    invoke("list_documents", { filter: {} })
      .then(async (documents) => {
        const step = Math.max(1, Math.floor(documents.length / count));
        const found = [];
        for (let i = 0; i < documents.length && found.length < count; i += step) {
          const reading = await invoke("open_document", { id: documents[i].id });
          const passage = reading.document.passages.find((p) => p.role === "body" && p.text.split(/\s+/).length > 12);
          if (passage) found.push(passage.text.split(/\s+/).slice(0, 6 + (found.length % 5)).join(" "));
        }
        done(found);
      })
      .catch((error) => done({ error: String(error?.message ?? error) }));
  }, typedCount);
  if (!Array.isArray(openings)) throw new Error(`could not read the library: ${openings.error}`);

  await byTestId("nav-drafts").click();
  const skip = await byTestId("delegation-skip");
  if (await skip.isExisting()) await skip.click();
  await byTestId("new-draft").waitForDisplayed(WAIT);
  await byTestId("new-draft").click();
  await byTestId("new-draft-title").setValue("Typing bench");
  await byTestId("create-draft").click();
  await byTestId("draft-editor").waitForDisplayed(WAIT);
  await byTestId("draft-editor").click();

  for (const typed of openings) {
    await browser.keys(["Control", "End"]);
    await browser.keys(["Enter", "Enter"]);
    await browser.keys(typed);
    // The studio waits 250 ms after the last key; leave it time to answer.
    await browser.pause(900);
  }
  const shown = await browser.execute(() =>
    performance.getEntriesByName("plenary:suggestions-shown").map((m) => m.duration),
  );
  const withHits = await browser.execute(() => document.querySelectorAll('[data-testid="suggestion"]').length);
  const sorted = [...shown].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`typed ${openings.length} openings; ${shown.length} pauses measured; ${withHits} suggestions on screen at the end`);
  console.log(
    `end of pause to suggestions on screen: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  );
} finally {
  await app.close();
}
