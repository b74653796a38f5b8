// Typing bench for the drafting studio (not a test): in the real window, on
// a copy of a large library, types the openings of the library's own
// sentences into a draft, one new paragraph each, pauses, and reads how long
// each pause took to turn into suggestions on screen. The studio measures
// that itself, from the moment the pause ends (its timer fires) to the
// frame after the suggestions are rendered, as a User Timing measure named
// "plenary:suggestions-shown". The baseline, in the same window, is a round
// trip to the shell that does no work. Needs an X display and tauri-driver: run it
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

  let answered = 0;
  for (const typed of openings) {
    await browser.keys(["Control", "End"]);
    await browser.keys(["Enter"]);
    await browser.keys(["Enter"]);
    // Typed through the editing command a keyboard's input goes through:
    // WebKitWebDriver's key events drop the second of two equal letters.
    await browser.execute((text) => document.execCommand("insertText", false, text), typed);
    // The studio waits 250 ms after the last key; leave it time to answer.
    await browser.pause(900);
    const hits = await browser.execute(() => document.querySelectorAll('[data-testid="suggestion"]').length);
    if (hits > 0) answered += 1;
  }
  const shown = await browser.execute(() =>
    performance.getEntriesByName("plenary:suggestions-shown").map((m) => m.duration),
  );
  // Baseline, in the same window: a round trip to the shell that does no
  // work (reading the settings), as many times.
  const roundTrips = await browser.executeAsync((count, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
      const took = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await invoke("settings");
        took.push(performance.now() - started);
      }
      done(took);
    })();
  }, shown.length);
  const percentile = (values, q) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  };
  const at = (q) => percentile(shown, q);
  const sorted = [...shown].sort((a, b) => a - b);
  console.log(`typed ${openings.length} openings; ${shown.length} pauses measured; ${answered} with suggestions on screen`);
  console.log(
    `end of pause to suggestions on screen: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  );
  console.log(
    `baseline, a round trip to the shell doing no work: p50 ${percentile(roundTrips, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(roundTrips, 0.95).toFixed(1)} ms`,
  );
} finally {
  await app.close();
}
