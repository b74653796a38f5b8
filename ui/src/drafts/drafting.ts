// The drafting studio's text logic, kept pure so that it is unit-tested:
// sentences (split as the core splits them), the paragraph and sentence
// under the cursor and the text sent for suggestions, what inserting a
// suggestion changes, and the keys that move through and insert hits.
// Positions are UTF-16 offsets, as CodeMirror counts them; the core's
// spans are UTF-8 byte offsets and are converted here.
import { t } from "../lib/i18n";
import type { Text } from "@codemirror/state";

/** A stretch of text, from `from` up to `to`. */
export type Range = { from: number; to: number };

/** Titles and abbreviations whose full stop does not end a sentence (the
 * core's list, in `text/sentences.rs`). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "art", "para", "paras", "e.g", "i.e", "etc", "vs", "prof", "amb",
  "h.e", "u.s", "u.n", "u.k", "jr", "sr", "op", "cf", "mme", "m", "sra", "gen", "res", "doc", "approx",
]);
const FULL_STOPS = new Set([".", "!", "?"]);
const SCRIPT_STOPS = new Set(["。", "！", "？", "؟"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»", "」"]);
const OPENERS = new Set(['"', "“", "‘", "«", "(", "[", "¿", "¡"]);

function isAbbreviation(before: string): boolean {
  const parts = before.split(/[\s(]/u);
  const word = (parts[parts.length - 1] ?? "").replace(/^["“]+/u, "");
  return (/^\p{Lu}$/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}

/** True when what follows a stop is white space and then what can open a
 * sentence: a capital, a digit, an opening quote, a letter of a script
 * without case, or a symbol; or nothing at all. */
function followedBySentenceStart(text: string, at: number): boolean {
  if (at >= text.length) return true;
  if (!/\s/u.test(text[at] ?? "")) return false;
  const rest = /\S/u.exec(text.slice(at, at + 64));
  if (!rest) return at + 64 >= text.length;
  const c = String.fromCodePoint(text.slice(at).codePointAt(rest.index) ?? 32);
  if (/\p{Lu}|\p{N}/u.test(c) || OPENERS.has(c)) return true;
  if (/\p{L}/u.test(c)) return !/\p{Ll}|\p{Lt}/u.test(c);
  return !/[!-/:-@[-`{-~]/u.test(c);
}

function pushTrimmed(out: Range[], text: string, from: number, to: number) {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (lead + trail < piece.length) out.push({ from: from + lead, to: to - trail });
}

/** The sentences of a text, trimmed, covering all its words: a sentence
 * ends at `.`, `!` or `?` before a space and a sentence start, unless the
 * word before is a title or an abbreviation ("Mr. Chair"), and always at the
 * Chinese and Arabic stops. */
export function splitSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    const scriptStop = SCRIPT_STOPS.has(c);
    if (!scriptStop && !FULL_STOPS.has(c)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end] ?? "")) end++;
    const boundary =
      scriptStop || (followedBySentenceStart(text, end) && !(c === "." && isAbbreviation(text.slice(start, i))));
    if (boundary) {
      pushTrimmed(sentences, text, start, end);
      start = end;
    }
    i = end - 1;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/** Words as the core counts them (`text::tokens::word_count`, the count
 * the drafts list shows): runs of letters and digits, joined by an inner
 * apostrophe but split at a hyphen ("capacity-building" is two words, as
 * it is spoken), and each Chinese or Japanese character alone. */
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

const BLANK = /^\s*$/u;

/** The paragraph around `pos`: the run of non-blank lines it is in, a
 * heading standing alone. Empty (at `pos`) on a blank line. */
export function paragraphAt(doc: Text, pos: number): Range {
  const line = doc.lineAt(pos);
  if (BLANK.test(line.text)) return { from: pos, to: pos };
  const stops = (n: number) => BLANK.test(doc.line(n).text) || /^#{1,6}\s/u.test(doc.line(n).text);
  let first = line.number;
  let last = line.number;
  if (!/^#{1,6}\s/u.test(line.text)) {
    while (first > 1 && !stops(first - 1)) first--;
    while (last < doc.lines && !stops(last + 1)) last++;
  }
  return { from: doc.line(first).from, to: doc.line(last).to };
}

/** Where the cursor goes when a draft opens: the first blank line between
 * two blank lines (the gap a template leaves between "Mr. Chair," and
 * "I thank you."), else the end of the text. */
export function openingCursor(doc: Text): number {
  const blank = (n: number) => BLANK.test(doc.line(n).text);
  for (let n = 2; n < doc.lines; n++) {
    if (blank(n - 1) && blank(n) && blank(n + 1)) return doc.line(n).from;
  }
  return doc.length;
}

/** What the suggestions are for: the text sent to the core, where it is in
 * the draft, the sentences it holds and the one under the cursor. */
export type Focus = {
  text: string;
  from: number;
  to: number;
  /** "sentence" when the sentence under the cursor is sent alone, else
   * "paragraph" (the sentence was too short to match on its own). */
  scope: "sentence" | "paragraph";
  /** The sentences of the text sent, as positions in the draft. */
  sentences: Range[];
  /** The sentence under the cursor; empty at the cursor between sentences. */
  sentence: Range;
};

/** A sentence shorter than this is sent with its paragraph. */
export const MIN_SENTENCE_WORDS = 6;
/** Fewer words than this are not worth a suggestion. */
export const MIN_QUERY_WORDS = 3;
/** The most text ever sent or scanned around the cursor: a paragraph
 * longer than this (a 50,000-word paste) is cut to the window around it. */
export const MAX_QUERY_CHARS = 2000;

/** The text under the cursor to find earlier language for, or null when
 * it has too few words. Only the paragraph under the cursor is read, and
 * at most a window of `MAX_QUERY_CHARS` each side of the cursor of it. */
export function focusAt(doc: Text, pos: number): Focus | null {
  const paragraph = paragraphAt(doc, pos);
  const from = Math.max(paragraph.from, pos - MAX_QUERY_CHARS);
  const to = Math.min(paragraph.to, pos + MAX_QUERY_CHARS);
  const window = doc.sliceString(from, to);
  const sentences = splitSentences(window).map((s) => ({ from: s.from + from, to: s.to + from }));
  const sentence = sentences.find((s) => s.from <= pos && pos <= s.to) ?? { from: pos, to: pos };
  const sentenceText = doc.sliceString(sentence.from, sentence.to);
  let focus: Focus;
  if (countWords(sentenceText) >= MIN_SENTENCE_WORDS || paragraph.to - paragraph.from > MAX_QUERY_CHARS) {
    const clipped = clip(sentence, pos);
    focus = { text: doc.sliceString(clipped.from, clipped.to), ...clipped, scope: "sentence", sentences: [sentence], sentence };
  } else {
    focus = { text: window, from, to, scope: "paragraph", sentences, sentence };
  }
  return countWords(focus.text) >= MIN_QUERY_WORDS ? focus : null;
}

/** A sentence longer than the window, cut to the window around `pos`. */
function clip(range: Range, pos: number): Range {
  if (range.to - range.from <= MAX_QUERY_CHARS) return range;
  const from = Math.max(range.from, Math.min(pos, range.to) - MAX_QUERY_CHARS / 2);
  return { from, to: Math.min(range.to, from + MAX_QUERY_CHARS) };
}

/** The UTF-16 offset in `text` of a UTF-8 byte offset (the core's spans). */
export function byteToOffset(text: string, byte: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byte) {
    const code = text.codePointAt(i) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return i;
}

/** One change to the draft: replace `from`–`to` with `insert`. */
export type Change = { from: number; to: number; insert: string };

/** What inserting earlier wording does.
 * - "replace_sentence": it replaces the sentences of the text sent that the
 *   match covers (`span`, bytes into `focus.text`), or the sentence under
 *   the cursor when the match does not say; with nothing to replace (the
 *   cursor between sentences) it inserts at the cursor.
 * - "at_cursor": it goes in at the cursor, spaced from the words around. */
export function insertion(
  doc: Text,
  cursor: number,
  wording: string,
  mode: "replace_sentence" | "at_cursor",
  focus: Focus | null,
  span: Range | null = null,
): Change {
  const text = wording.trim();
  if (mode === "replace_sentence" && focus) {
    let target = focus.sentence;
    if (span && span.to > span.from) {
      const from = focus.from + byteToOffset(focus.text, span.from);
      const to = focus.from + byteToOffset(focus.text, span.to);
      const covered = focus.sentences.filter((s) => s.from < to && s.to > from);
      const first = covered[0];
      const last = covered[covered.length - 1];
      if (first && last) target = { from: first.from, to: last.to };
    }
    if (target.to > target.from) return { ...target, insert: text };
  }
  return atCursor(doc, cursor, text);
}

/** `text` inserted at `pos`, with a space between it and a word before or after. */
export function atCursor(doc: Text, pos: number, text: string): Change {
  const before = pos > 0 ? doc.sliceString(pos - 1, pos) : "";
  const after = doc.sliceString(pos, pos + 1);
  const spaceBefore = before !== "" && !/\s/u.test(before) ? " " : "";
  const spaceAfter = after !== "" && !/[\s,.;:!?)\]]/u.test(after) ? " " : "";
  return { from: pos, to: pos, insert: spaceBefore + text + spaceAfter };
}

/** What a suggestion is to what was typed, in words, from its word diff
 * (from the earlier wording to the typed one): the same wording; the
 * earlier sentence going on from the typed words (a continuation, which the
 * core scores 100 although the typed words are only its start); the typed
 * words all inside it; or else a close or partial match by score. */
export function hitLabel(score: number, diff: readonly { op: "equal" | "insert" | "delete"; text: string }[]): string {
  const ops = diff.filter((op) => op.text.trim() !== "");
  const inserts = ops.some((op) => op.op === "insert");
  const deletes = ops.filter((op) => op.op === "delete");
  if (!inserts && deletes.length === 0) return t("reuse.levels.same");
  if (!inserts) {
    const continues = deletes.length === 1 && ops[0]?.op === "equal" && ops[ops.length - 1]?.op === "delete";
    return continues ? t("drafts.suggestions.continues") : t("drafts.suggestions.holds");
  }
  return score >= 80 ? t("reuse.levels.close") : t("reuse.levels.partial");
}

/** What a key means for the list of suggestions. */
export type HitKey = { action: "insert"; index: number } | { action: "move"; delta: 1 | -1 } | { action: "none" };

type KeyLike = Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

/** Mod-1 … Mod-9 insert hit 1 to 9 (index 0 to 8); Mod-Up and Mod-Down move
 * through the hits. Mod is Command on a Mac, Control elsewhere. */
export function hitKey(event: KeyLike, mac = false): HitKey {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return { action: "none" };
  const digit = /^[1-9]$/u.test(event.key) ? event.key : /^Digit([1-9])$/u.exec(event.code)?.[1];
  if (digit) return { action: "insert", index: Number(digit) - 1 };
  if (event.key === "ArrowDown") return { action: "move", delta: 1 };
  if (event.key === "ArrowUp") return { action: "move", delta: -1 };
  return { action: "none" };
}

/** The hit the cursor moves to in a list of `length` hits; -1 is the
 * editor, above the first hit. */
export function moveHit(cursor: number, delta: number, length: number): number {
  if (length <= 0) return -1;
  return Math.min(length - 1, Math.max(-1, cursor + delta));
}

/** Whether the window runs on a Mac, where Mod is Command. */
export function isMac(platform: string): boolean {
  return /Mac|iPhone|iPad/u.test(platform);
}

