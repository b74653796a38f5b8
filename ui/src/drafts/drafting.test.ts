import { Text } from "@codemirror/state";
import type { Suggestion } from "../lib/bindings/Suggestion";
import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_CHARS,
  atCursor,
  byteToOffset,
  countWords,
  focusAt,
  hitKey,
  hitLabel,
  insertion,
  moveHit,
  openingCursor,
  paragraphAt,
  splitSentences,
} from "./drafting";

const doc = (text: string) => Text.of(text.split("\n"));
const split = (text: string) => splitSentences(text).map((r) => text.slice(r.from, r.to));

describe("splitSentences", () => {
  it("does not end a sentence at a title or an initial", () => {
    expect(split("Thank you, Mr. Chair. We agree with Amb. J. Smith. Next?")).toEqual([
      "Thank you, Mr. Chair.",
      "We agree with Amb. J. Smith.",
      "Next?",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(split("“We are concerned. Another aspect is disinformation.” He said so.")).toEqual([
      "“We are concerned.",
      "Another aspect is disinformation.”",
      "He said so.",
    ]);
    expect(split("“It could be progress,” he said.")).toEqual(["“It could be progress,” he said."]);
  });

  it("ends sentences at the Chinese and Arabic stops", () => {
    expect(split("我们支持。我们反对！")).toEqual(["我们支持。", "我们反对！"]);
    expect(split("هل نوافق؟ نعم.")).toEqual(["هل نوافق؟", "نعم."]);
  });

  it("keeps an unfinished sentence as the last one", () => {
    expect(split("We agree. Similarly, international")).toEqual(["We agree.", "Similarly, international"]);
  });
});

describe("countWords", () => {
  it("counts words, not punctuation or Markdown marks", () => {
    expect(countWords("# Mr. Chair, — we *thank* the Chair's team.")).toBe(7);
    expect(countWords("")).toBe(0);
    expect(countWords("capacity-building")).toBe(2);
  });

  it("counts each Chinese character", () => {
    expect(countWords("我们支持。")).toBe(4);
  });
});

describe("paragraphAt", () => {
  const text = "# Title\nMr. Chair,\n\nFirst line\nsecond line.\n\nLast.";
  const d = doc(text);
  const at = (needle: string) => {
    const r = paragraphAt(d, text.indexOf(needle));
    return text.slice(r.from, r.to);
  };

  it("is the run of non-blank lines, a heading alone", () => {
    expect(at("Title")).toBe("# Title");
    expect(at("Chair")).toBe("Mr. Chair,");
    expect(at("second")).toBe("First line\nsecond line.");
    expect(at("Last")).toBe("Last.");
  });

  it("is empty on a blank line", () => {
    const pos = text.indexOf("\n\nFirst") + 1;
    expect(paragraphAt(d, pos)).toEqual({ from: pos, to: pos });
  });
});

describe("openingCursor", () => {
  it("is the gap a template leaves for the text", () => {
    const text = "Mr. Chair,\n\n\n\nI thank you, Mr. Chair.\n";
    expect(openingCursor(doc(text))).toBe("Mr. Chair,\n\n".length);
  });

  it("is the end of a text without a gap", () => {
    expect(openingCursor(doc("Mr. Chair,\n\nWe agree."))).toBe(21);
    expect(openingCursor(doc(""))).toBe(0);
  });
});

describe("focusAt", () => {
  const long =
    "Mr. Chair, thank you. A simple assertion, however, of the applicability of existing international law to cyber space is not sufficient.";

  it("sends the sentence under the cursor when it is long enough", () => {
    const focus = focusAt(doc(long), long.indexOf("applicability"));
    expect(focus?.scope).toBe("sentence");
    expect(focus?.text).toBe(long.slice(long.indexOf("A simple")));
    expect(focus?.sentence).toEqual({ from: long.indexOf("A simple"), to: long.length });
  });

  it("sends the paragraph when the sentence is short", () => {
    const text = "Intro.\n\nWe stress that capacity building matters. Similarly, international cooperation";
    const focus = focusAt(doc(text), text.length);
    expect(focus?.scope).toBe("paragraph");
    expect(focus?.text).toBe("We stress that capacity building matters. Similarly, international cooperation");
    expect(focus?.sentences).toHaveLength(2);
    expect(text.slice(focus?.sentence.from, focus?.sentence.to)).toBe("Similarly, international cooperation");
  });

  it("sends nothing for a couple of words", () => {
    expect(focusAt(doc("Mr. Chair,"), 5)).toBeNull();
    expect(focusAt(doc("Hello\n\n"), 7)).toBeNull();
  });

  it("reads only a window of a 50,000-word paste", () => {
    const sentence = "The frequency of cyber attacks on critical infrastructure is of concern. ";
    const paste = sentence.repeat(5000); // about 55,000 words, one paragraph
    const pos = Math.floor(paste.length / 2);
    const started = performance.now();
    const focus = focusAt(doc(paste), pos);
    expect(performance.now() - started).toBeLessThan(50);
    expect(focus?.scope).toBe("sentence");
    expect(focus?.text).toBe(sentence.trim());
    expect((focus?.to ?? 0) - (focus?.from ?? 0)).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it("cuts one endless sentence to the window", () => {
    const paste = "word ".repeat(20000);
    const focus = focusAt(doc(paste), 50000);
    expect(focus?.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(focus?.from).toBeLessThanOrEqual(50000);
    expect(focus?.to).toBeGreaterThanOrEqual(50000);
  });
});

describe("byteToOffset", () => {
  it("converts UTF-8 byte offsets to string offsets", () => {
    expect(byteToOffset("abc", 2)).toBe(2);
    expect(byteToOffset("é a", 3)).toBe(2);
    expect(byteToOffset("我们 x", 7)).toBe(3);
    expect(byteToOffset("𝐀b", 5)).toBe(3);
  });
});

describe("insertion", () => {
  const text = "Mr. Chair,\n\nWe agree. Similarly, international cooperation for capacity building could be";
  const d = doc(text);
  const earlier =
    "Similarly, international cooperation for capacity building and sharing of requisite technologies to enhance cyber security could be another area of early progress.";
  const apply = (change: { from: number; to: number; insert: string }) =>
    text.slice(0, change.from) + change.insert + text.slice(change.to);

  it("replaces the sentence under the cursor with the earlier wording", () => {
    const focus = focusAt(d, text.length);
    const change = insertion(d, text.length, earlier, "replace_sentence", focus);
    expect(apply(change)).toBe(`Mr. Chair,\n\nWe agree. ${earlier}`);
  });

  it("replaces the sentences the match covers", () => {
    const focus = focusAt(d, text.indexOf("We agree") + 2);
    expect(focus?.scope).toBe("paragraph");
    const query = focus?.text ?? "";
    const start = new TextEncoder().encode(query.slice(0, query.indexOf("Similarly"))).length;
    const change = insertion(d, text.indexOf("We agree") + 2, earlier, "replace_sentence", focus, {
      from: start,
      to: new TextEncoder().encode(query).length,
    });
    expect(apply(change)).toBe(`Mr. Chair,\n\nWe agree. ${earlier}`);
  });

  it("inserts at the cursor when asked, spaced from the words around", () => {
    const pos = text.indexOf(" Similarly");
    const change = insertion(d, pos, "Indeed.", "at_cursor", focusAt(d, pos));
    expect(apply(change)).toBe("Mr. Chair,\n\nWe agree. Indeed. Similarly, international cooperation for capacity building could be");
  });

  it("inserts at the cursor when there is no sentence to replace", () => {
    const blank = doc("Mr. Chair,\n\n");
    expect(insertion(blank, 12, earlier, "replace_sentence", null)).toEqual({ from: 12, to: 12, insert: earlier });
  });

  it("puts a space before a word and none before punctuation", () => {
    expect(atCursor(doc("ab"), 1, "X")).toEqual({ from: 1, to: 1, insert: " X " });
    expect(atCursor(doc("a."), 1, "X")).toEqual({ from: 1, to: 1, insert: " X" });
    expect(atCursor(doc("a "), 2, "X")).toEqual({ from: 2, to: 2, insert: "X" });
  });
});

describe("hitLabel", () => {
  const equal = (text: string) => ({ op: "equal" as const, text });
  const del = (text: string) => ({ op: "delete" as const, text });
  const ins = (text: string) => ({ op: "insert" as const, text });
  type Op = ReturnType<typeof equal> | ReturnType<typeof del> | ReturnType<typeof ins>;
  const span = { start: 0, end: 0 };
  const passage = (score: number, diff: Op[], continues = false): Suggestion => ({
    kind: "passage",
    source: { document_id: 1, title: null, date: null, speaker: null, kind: null, passage_id: 1, ordinal: 1 },
    score,
    source_span: span,
    source_text: "",
    query_span: span,
    diff,
    continues,
  });

  it("says the wording is the same only at 100, the same text", () => {
    expect(hitLabel(passage(100, [equal("We agree.")]))).toBe("same wording");
    expect(hitLabel(passage(99.9, [equal("We agree.")]))).toBe("same words, other punctuation");
  });

  it("says when the earlier sentence continues the typed words, whatever the score", () => {
    const diff = [equal("Similarly, international cooperation"), del("could be another area of early progress")];
    expect(hitLabel(passage(46.2, diff, true))).toBe("continues your words");
  });

  it("says when the typed words are all inside the earlier wording", () => {
    expect(hitLabel(passage(90, [equal("We"), del("fully"), equal("agree"), del("with you")]))).toBe("holds your words");
    expect(hitLabel(passage(90, [del("Indeed,"), equal("we agree")]))).toBe("holds your words");
  });

  it("grades other matches by score, and marks a talking point", () => {
    expect(hitLabel(passage(85, [equal("We"), del("should"), ins("shall"), equal("act")]))).toBe("close match");
    expect(hitLabel(passage(62, [equal("We"), del("should"), ins("shall"), equal("act")]))).toBe("partial match");
    const point: Suggestion = {
      kind: "talking_point",
      point: { id: 3, title: "Directory", text: "We support a directory.", pillar: null, session: null, updated_at: "" },
      score: 71.4,
      query_span: span,
      diff: [],
    };
    expect(hitLabel(point)).toBe("talking point");
  });
});

describe("hit keys", () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: k,
    code: /^\d$/.test(k) ? `Digit${k}` : k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it("inserts hit 1 to 9 with Mod and a digit", () => {
    expect(hitKey(key("1", { ctrlKey: true }))).toEqual({ action: "insert", index: 0 });
    expect(hitKey(key("9", { ctrlKey: true }))).toEqual({ action: "insert", index: 8 });
    expect(hitKey(key("0", { ctrlKey: true }))).toEqual({ action: "none" });
    expect(hitKey(key("1"))).toEqual({ action: "none" });
    expect(hitKey(key("1", { ctrlKey: true, shiftKey: true }))).toEqual({ action: "none" });
  });

  it("reads the digit from the key's place on layouts that shift digits", () => {
    expect(hitKey({ ...key("&", { ctrlKey: true }), code: "Digit1" })).toEqual({ action: "insert", index: 0 });
  });

  it("uses Command on a Mac and Control elsewhere", () => {
    expect(hitKey(key("2", { metaKey: true }), true)).toEqual({ action: "insert", index: 1 });
    expect(hitKey(key("2", { ctrlKey: true }), true)).toEqual({ action: "none" });
    expect(hitKey(key("2", { metaKey: true }), false)).toEqual({ action: "none" });
  });

  it("moves with Mod-Up and Mod-Down", () => {
    expect(hitKey(key("ArrowDown", { ctrlKey: true }))).toEqual({ action: "move", delta: 1 });
    expect(hitKey(key("ArrowUp", { ctrlKey: true }))).toEqual({ action: "move", delta: -1 });
    expect(hitKey(key("ArrowUp"))).toEqual({ action: "none" });
  });

  it("moves between the editor (-1) and the hits, within bounds", () => {
    expect(moveHit(-1, 1, 3)).toBe(0);
    expect(moveHit(0, 1, 3)).toBe(1);
    expect(moveHit(2, 1, 3)).toBe(2);
    expect(moveHit(0, -1, 3)).toBe(-1);
    expect(moveHit(-1, -1, 3)).toBe(-1);
    expect(moveHit(-1, 1, 0)).toBe(-1);
  });
});
