// End-to-end: writing a statement in the drafting studio, in the real window,
// on a fresh library holding the two samples. A draft starts from the
// Statement template; the first words of a 2021 sentence bring that sentence
// up as a suggestion with its score and word diff; Ctrl+1 inserts it and its
// provenance shows; the speaking time follows; a talking point is added and
// inserted; the draft is exported as a Word file. A title with markup shows
// as text. A draft in Arabic to a chair who is a woman opens and closes in
// Arabic, both marked as formulas, and its reading copy runs right to left.
// Then crash safety: the app is killed (SIGKILL) one second after
// typing stops, and the draft holds the typed text when it is opened again.
// Screenshots land in e2e/screenshots/ (21-…).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { launch } from "../harness.mjs";

const WAIT = { timeout: 30_000 };
/** The first words of a sentence of the 2021 statement, and the sentence. */
const TYPED = "Similarly, international cooperation for capacity building and sharing of requisite technologies";
const SOURCE_END = "another area of early progress.";
const POINT_TEXT = "Pakistan supports a permanent capacity-building mechanism under the United Nations.";

let app;
let browser;
let exportDir;
const $ = (selector) => browser.$(selector);
const $$ = (selector) => browser.$$(selector);
const byTestId = (id) => $(`[data-testid="${id}"]`);
const textOf = (element) => browser.execute((el) => el.innerText, element);
const editorText = async () => textOf(await byTestId("draft-editor"));

async function newParagraph() {
  await browser.keys(["Enter"]);
  await browser.keys(["Enter"]);
}

async function openSamples() {
  await byTestId("open-samples").waitForDisplayed(WAIT);
  await byTestId("open-samples").click();
  await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", {
    ...WAIT,
    timeoutMsg: "the sample library was not imported",
  });
  await byTestId("import-done").click();
  await byTestId("import-sheet").waitForExist({ reverse: true, ...WAIT });
}

async function openDrafts() {
  await byTestId("nav-drafts").click();
  await byTestId("drafts-view").waitForDisplayed(WAIT);
}

/** Creates a draft from the dialog and waits for the studio. */
async function newDraft(title, template) {
  await byTestId("new-draft").click();
  await byTestId("new-draft-dialog").waitForDisplayed(WAIT);
  await byTestId("new-draft-title").setValue(title);
  const choice = await $(`[data-testid="template-choice"][data-template="${template}"]`);
  await choice.waitForDisplayed(WAIT);
  await choice.click();
  assert.ok(await choice.$("input").isSelected(), `the ${template} template is chosen`);
  await byTestId("create-draft").click();
  await byTestId("studio").waitForDisplayed(WAIT);
  await byTestId("draft-editor").waitForDisplayed(WAIT);
}

/** Gives the editor the focus back, its cursor where it was. */
async function focusEditor() {
  await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').focus());
}

async function waitSaved() {
  await browser.waitUntil(async () => (await byTestId("save-status").getAttribute("data-status")) === "saved", {
    ...WAIT,
    timeoutMsg: "the draft was not saved",
  });
}

describe("The drafting studio in a real window", () => {
  before(async () => {
    // Exports are written here without a save dialog (the shell's test hook).
    exportDir = mkdtempSync(join(tmpdir(), "plenary-exports-"));
    app = await launch({ PLENARY_TEST_EXPORT_DIR: exportDir });
    browser = app.browser;
  });

  after(async () => {
    await app?.close();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it("offers to write the first draft and asks for the delegation", async () => {
    await openSamples();
    await openDrafts();
    await byTestId("drafts-empty").waitForDisplayed(WAIT);
    await byTestId("delegation-question").waitForDisplayed(WAIT);
    await app.screenshot("21-drafts-first-run");
    await byTestId("delegation-input").setValue("Pakistan");
    await byTestId("delegation-save").click();
    await byTestId("delegation-question").waitForExist({ reverse: true, ...WAIT });
  });

  it("creates a draft from the Statement template", async () => {
    await newDraft("Statement on capacity-building, eleventh session", "Statement");
    const text = await editorText();
    assert.match(text, /Mr\. Chair/, "the template's salutation is in the draft");
    assert.match(text, /I thank you/, "the template's closing is in the draft");
  });

  it("keeps the CSP strict: the editor's styles carry the page's nonce, other style elements are refused", async () => {
    const styles = await browser.execute(() => {
      const nonce = document.querySelector('meta[name="plenary-style-nonce"]').content;
      const editorStyled = getComputedStyle(document.querySelector(".cm-editor")).display === "flex";
      const stray = document.createElement("style");
      stray.textContent = "body { outline: 7px solid rgb(1, 2, 3) !important; }";
      document.head.append(stray);
      const strayApplied = getComputedStyle(document.body).outlineWidth === "7px";
      stray.remove();
      return { nonce, editorStyled, strayApplied };
    });
    assert.notEqual(styles.nonce, "__TAURI_STYLE_NONCE__", "the shell put a fresh nonce into the page");
    assert.match(styles.nonce, /^\d+$/);
    assert.ok(styles.editorStyled, "CodeMirror's own styles apply");
    assert.equal(styles.strayApplied, false, "a style element without the nonce is refused");
  });

  it("suggests the 2021 sentence for its first words, with score and diff", async () => {
    const before = await textOf(await byTestId("speaking-time"));
    // The cursor starts in the gap the template leaves after "Mr. Chair,".
    await app.type(TYPED);
    assert.match(await editorText(), /Mr\. Chair,\s+Similarly, international cooperation for capacity[^]*I thank you/);
    await browser.waitUntil(async () => (await $$('[data-testid="suggestion"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no suggestion for the first words of the 2021 sentence",
    });
    const first = await $('[data-testid="suggestion"]');
    const text = await textOf(first);
    assert.match(text, /13 Dec 2021/, "the suggestion is the 2021 statement's");
    assert.match(text, /Pakistan/, "it names the speaker");
    assert.match(text, /¶ \d+/, "it names the paragraph");
    assert.match(await textOf(await first.$('[data-testid="suggestion-score"]')), /^\d+(\.\d)?%$/, "it shows the score");
    assert.ok((await first.$$("del")).length > 0, "the diff strikes the words not yet typed");
    assert.match(text, /another area of early progress/, "the earlier wording is shown");
    assert.notEqual(await textOf(await byTestId("speaking-time")), before, "the speaking time follows the typing");
    await app.screenshot("22-studio-suggestions");
  });

  it("moves through the suggestions with Ctrl+Down and back with Escape", async () => {
    const focused = () => browser.execute(() => document.activeElement?.getAttribute("data-testid") + ":" + document.activeElement?.getAttribute("data-hit"));
    await browser.keys(["Control", "ArrowDown"]);
    assert.equal(await focused(), "suggestion:0", "Ctrl+Down focuses the first suggestion");
    await browser.keys(["Control", "ArrowUp"]);
    assert.equal(await focused(), "draft-editor:null", "Ctrl+Up from the first goes back to the text");
    await browser.keys(["Control", "ArrowDown"]);
    await browser.keys(["Escape"]);
    assert.equal(await focused(), "draft-editor:null", "Escape goes back to the text");
  });

  it("inserts the first suggestion with Ctrl+1 and shows its provenance", async () => {
    const wordsBefore = await textOf(await byTestId("speaking-time"));
    await browser.keys(["Control", "1"]);
    await browser.waitUntil(async () => (await editorText()).includes(SOURCE_END), {
      ...WAIT,
      timeoutMsg: "Ctrl+1 did not insert the earlier sentence",
    });
    const text = await editorText();
    assert.equal(text.split(TYPED.slice(0, 40)).length, 2, "the typed words were replaced, not repeated");
    await browser.waitUntil(async () => (await textOf(await byTestId("speaking-time"))) !== wordsBefore, {
      ...WAIT,
      timeoutMsg: "the speaking time did not change",
    });
    await byTestId("studio-tab-provenance").click();
    await browser.waitUntil(
      async () => {
        for (const p of await $$('[data-testid="provenance-paragraph"]')) {
          const shown = await textOf(p);
          if (/Similarly, international cooperation/.test(shown) && /13 Dec 2021/.test(shown)) return true;
        }
        return false;
      },
      { ...WAIT, timeoutMsg: "the inserted paragraph does not show its 2021 source" },
    );
    await browser.waitUntil(async () => (await $$('[data-testid="draft-editor"] .cm-sourced')).length > 0, {
      ...WAIT,
      timeoutMsg: "the editor does not mark the inserted paragraph",
    });
    assert.match(await $('[data-testid="draft-editor"] .cm-sourced').getAttribute("title"), /13 Dec 2021/);
    await app.screenshot("23-studio-provenance");
  });

  it("adds a talking point and inserts it", async () => {
    await byTestId("studio-tab-points").click();
    await byTestId("new-point").click();
    await byTestId("point-title").setValue("Permanent mechanism");
    await byTestId("point-text").setValue(POINT_TEXT);
    await byTestId("point-pillar").selectByAttribute("value", "Capacity-building");
    await byTestId("point-save").click();
    await browser.waitUntil(async () => (await $$('[data-testid="talking-point"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the new talking point is not listed",
    });
    // After the inserted sentence, a paragraph of its own before the closing.
    await focusEditor();
    await newParagraph();
    await byTestId("insert-point").click();
    await browser.waitUntil(async () => (await editorText()).includes(POINT_TEXT), {
      ...WAIT,
      timeoutMsg: "the talking point was not inserted",
    });
    assert.match(await editorText(), new RegExp(`${SOURCE_END.replace(".", "\\.")}\\s*\\n\\s*\\n\\s*${POINT_TEXT.slice(0, 20)}`));
    assert.match(await editorText(), /United Nations\.\s+I thank you/, "the point comes before the closing");
    await app.screenshot("24-studio-talking-point");
    await byTestId("studio-tab-provenance").click();
    await browser.waitUntil(async () => /Talking point: Permanent mechanism/.test(await textOf(await byTestId("provenance"))), {
      ...WAIT,
      timeoutMsg: "the inserted talking point has no provenance",
    });
  });

  it("exports the draft as a Word document", async () => {
    await waitSaved();
    await byTestId("export-menu").click();
    await byTestId("export-docx").click();
    await byTestId("studio-notice").waitForDisplayed(WAIT);
    const files = readdirSync(exportDir).filter((name) => name.endsWith(".docx"));
    assert.equal(files.length, 1, "one .docx was written");
    const bytes = readFileSync(join(exportDir, files[0]));
    assert.ok(bytes.length > 1000, "the file is not empty");
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "a .docx is a zip file");
    await app.screenshot("25-studio-exported");
  });

  it("prints the reading copy from a print view", async () => {
    // The system print dialog cannot be driven; what it would print is read
    // from the page when print() is called.
    await browser.execute(() => {
      window.print = () => {
        const copy = document.getElementById("print-copy");
        const style = document.getElementById("print-copy-style");
        window.__printed = {
          hiddenOnScreen: copy ? getComputedStyle(copy).display === "none" : false,
          nonce: style?.nonce ?? "",
          scripts: copy?.querySelectorAll("script").length ?? -1,
        };
      };
    });
    await byTestId("export-menu").click();
    await byTestId("print-reading-copy").click();
    await browser.waitUntil(async () => (await browser.execute(() => window.__printed ?? null)) !== null, {
      ...WAIT,
      timeoutMsg: "print() was not called",
    });
    const printed = await browser.execute(() => window.__printed);
    assert.ok(printed.hiddenOnScreen, "the reading copy is never shown on screen");
    assert.ok(printed.nonce.length > 0, "its styles carry the nonce");
    assert.equal(printed.scripts, 0);
    const copy = await browser.execute(() => document.getElementById("print-copy").textContent);
    assert.match(copy, /another area of early progress/, "the reading copy holds the draft's text");
    assert.match(copy, /Statement on capacity-building/, "and its title");
    await browser.execute(() => window.dispatchEvent(new Event("afterprint")));
    assert.equal(await browser.execute(() => document.getElementById("print-copy")), null, "the print view goes after printing");
  });

  it("shows the revisions with a word diff", async () => {
    await byTestId("studio-tab-revisions").click();
    await browser.waitUntil(async () => (await $$('[data-testid="revision"]')).length > 0, {
      ...WAIT,
      timeoutMsg: "no revision is listed",
    });
    const diff = await byTestId("revision-diff");
    await diff.waitForDisplayed(WAIT);
    await app.screenshot("26-studio-revisions");
  });

  it("marks the draft delivered, which puts it into the library", async () => {
    await byTestId("deliver").click();
    await byTestId("deliver-form").waitForDisplayed(WAIT);
    // Typed keys land in a date field's parts in the locale's order, so the
    // date is set as a date picker would set it.
    await browser.execute((input) => {
      input.value = "2025-07-08";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, await byTestId("deliver-date"));
    await byTestId("deliver-confirm").click();
    await browser.waitUntil(async () => /Delivered/.test(await textOf(await byTestId("draft-header"))), {
      ...WAIT,
      timeoutMsg: "the draft is not marked delivered",
    });
    await browser.waitUntil(async () => /3 documents/.test(await textOf(await $("footer.status"))), {
      ...WAIT,
      timeoutMsg: "the delivered statement is not in the library",
    });
    await app.screenshot("27-studio-delivered");
  });

  it("shows a title with markup as text", async () => {
    await byTestId("back-to-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    await newDraft("<script>window.__pwned = 1</script> Remarks", "Blank");
    assert.equal(await byTestId("draft-title").getValue(), "<script>window.__pwned = 1</script> Remarks");
    await byTestId("back-to-drafts").click();
    await byTestId("drafts-view").waitForDisplayed(WAIT);
    let listed = false;
    for (const row of await $$('[data-testid="draft-row"]')) {
      if ((await textOf(row)).includes("<script>window.__pwned = 1</script> Remarks")) listed = true;
    }
    assert.ok(listed, "the list shows the title as typed");
    assert.equal((await $$('[data-testid="drafts-view"] script')).length, 0, "no script element was made");
    assert.equal(await browser.execute(() => window.__pwned ?? null), null, "nothing ran");
    await app.screenshot("28-drafts-list");
  });

  it("stays responsive with a 50,000-word paste and sends only the paragraph under the cursor", async () => {
    await newDraft("Long paste", "Blank");
    await focusEditor();
    // 500 paragraphs of 100 words, pasted as the clipboard would hand them over.
    const words = await browser.execute(() => {
      const sentence = "The frequency of cyber attacks on critical infrastructure is a matter of grave concern to all States. ";
      const paragraph = sentence.repeat(6) + "We call for restraint and cooperation in cyberspace now.";
      const text = Array.from({ length: 500 }, () => paragraph).join("\n\n");
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('[data-testid="draft-editor"]').dispatchEvent(paste);
      return text.split(/\s+/).length;
    });
    assert.ok(words >= 50_000, `the paste holds ${words} words`);
    await browser.waitUntil(async () => /over/i.test(await textOf(await byTestId("speaking-time"))), {
      ...WAIT,
      timeoutMsg: "the speaking time did not take in the paste",
    });
    assert.match(await textOf(await byTestId("speaking-time")), /55,500 words/);
    const started = Date.now();
    await app.type(" Indeed");
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('[data-testid="draft-editor"]').innerText.includes("now. Indeed"))), {
      timeout: 5000,
      timeoutMsg: "typing after the paste did not show",
    });
    const echo = Date.now() - started;
    assert.ok(echo < 2000, `a keystroke after the paste shows within 2 s through WebDriver (took ${echo} ms)`);
    const shown = await byTestId("suggest-for");
    await shown.waitForDisplayed(WAIT);
    assert.match(await textOf(shown), /For the (sentence|paragraph)/);
    const sent = Number(await shown.getAttribute("data-chars"));
    assert.ok(sent > 0 && sent <= 700, `only the paragraph under the cursor is sent (${sent} characters)`);
    await waitSaved();
    await app.screenshot("29-long-paste");
  });

  it("writes Arabic right to left and Chinese in its own font", async () => {
    await byTestId("back-to-drafts").click();
    await newDraft("كلمة باكستان", "Blank");
    await focusEditor();
    await browser.execute(() => {
      const text = [
        "السيد الرئيس،",
        "تؤكد باكستان التزامها ببيئة سلمية وآمنة ومستقرة لتكنولوجيا المعلومات والاتصالات، وتدعو إلى التعاون الدولي في بناء القدرات.",
        "主席先生，",
        "中方支持在联合国框架下制定各方普遍接受的网络空间国际规则。",
        "Mr. Chair, we thank you.",
      ].join("\n\n");
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document
        .querySelector('[data-testid="draft-editor"]')
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const lines = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="draft-editor"] .cm-line')]
        .filter((line) => line.textContent.trim())
        .map((line) => ({ text: line.textContent, lang: line.lang, direction: getComputedStyle(line).direction, font: getComputedStyle(line).fontFamily })),
    );
    const arabic = lines.find((line) => line.text.startsWith("تؤكد"));
    assert.equal(arabic?.direction, "rtl", "an Arabic paragraph runs right to left");
    assert.equal(arabic?.lang, "ar");
    assert.match(arabic?.font ?? "", /^"?Noto Naskh Arabic/, "Arabic is set in Noto Naskh Arabic");
    const chinese = lines.find((line) => line.text.startsWith("中方"));
    assert.equal(chinese?.lang, "zh");
    assert.match(chinese?.font ?? "", /^"?Noto Serif CJK SC/, "Chinese is set in Noto Serif CJK SC");
    assert.equal(lines.find((line) => line.text.startsWith("Mr. Chair"))?.direction, "ltr");
    assert.equal(await byTestId("draft-title").getValue(), "كلمة باكستان");
    await app.screenshot("29b-arabic-and-chinese");
  });

  it("starts a draft in Arabic to a chair who is a woman, its opening and closing marked as formulas", async () => {
    await byTestId("back-to-drafts").click();
    await byTestId("new-draft").click();
    await byTestId("new-draft-dialog").waitForDisplayed(WAIT);
    await byTestId("new-draft-title").setValue("كلمة في الفريق العامل");
    await byTestId("new-draft-language").selectByAttribute("value", "ar");
    await $('[data-testid="new-draft-chair"][data-chair="woman"]').click();
    const statement = await $('[data-testid="template-choice"][data-template="Statement"]');
    await browser.waitUntil(async () => (await textOf(statement)).includes("السيدة الرئيسة،"), {
      ...WAIT,
      timeoutMsg: "the Statement template's preview does not follow the language and the chair",
    });
    await statement.click();
    await app.screenshot("29c-new-draft-in-arabic");
    await byTestId("create-draft").click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    const text = await editorText();
    assert.match(text, /^السيدة الرئيسة،/, "the Arabic opening to a woman chair");
    assert.match(text, /وشكراً السيدة الرئيسة\.\s*$/, "and its closing");
    assert.equal(await byTestId("draft-language").getValue(), "ar");
    await byTestId("studio-tab-provenance").click();
    await browser.waitUntil(async () => (await $$('[data-testid="provenance-formula"]')).length === 2, {
      ...WAIT,
      timeoutMsg: "the opening and the closing are not both marked as formulas",
    });
    // The reading copy, put into the page to print, runs right to left.
    await browser.execute(() => {
      window.print = () => {
        const copy = document.getElementById("print-copy");
        window.__printedDirection = { dir: copy?.dir, lang: copy?.lang };
      };
    });
    await byTestId("export-menu").click();
    await byTestId("print-reading-copy").click();
    await browser.waitUntil(async () => (await browser.execute(() => window.__printedDirection ?? null)) !== null, {
      ...WAIT,
      timeoutMsg: "print() was not called",
    });
    assert.deepEqual(await browser.execute(() => window.__printedDirection), { dir: "rtl", lang: "ar" });
    await browser.execute(() => window.dispatchEvent(new Event("afterprint")));
    await app.screenshot("29d-arabic-draft-formulas");
  });
});

describe("A draft survives the app being killed", () => {
  let workdir;
  const LINE = "Pakistan reaffirms its commitment to an open, secure, stable and peaceful ICT environment";

  after(async () => {
    await app?.close();
  });

  it("keeps what was typed one second before a SIGKILL", async () => {
    app = await launch();
    browser = app.browser;
    workdir = app.workdir;
    await byTestId("nav-drafts").waitForDisplayed(WAIT);
    await openDrafts();
    await byTestId("delegation-skip").click();
    await newDraft("Crash test", "Blank");
    await byTestId("draft-editor").click();
    await app.type(LINE);
    await browser.waitUntil(async () => (await editorText()).includes(LINE), WAIT);
    await browser.pause(1000);
    app.crash();
    await app.close({ keep: true });

    app = await launch({}, () => {}, { workdir });
    browser = app.browser;
    await openDrafts();
    await browser.waitUntil(async () => (await $$('[data-testid="draft-row"]')).length === 1, {
      ...WAIT,
      timeoutMsg: "the draft is not listed after the restart",
    });
    await $('[data-testid="draft-row"]').click();
    await byTestId("draft-editor").waitForDisplayed(WAIT);
    await browser.waitUntil(async () => (await editorText()).includes(LINE), {
      ...WAIT,
      timeoutMsg: "the typed text was lost",
    });
    assert.ok(existsSync(join(workdir, "library.db")));
  });
});
