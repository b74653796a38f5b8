// How reuse is shown: a passage's tint from its best similarity score, and
// the word diff from the earlier wording to the later one laid out for
// reading. Scores run from 0 to 100; the core stores links from 60 up.
import { formatPercent } from "./format";
import { t } from "./i18n";

export type Tint = {
  /** "same" (95 and up), "close" (80 to 95) or "partial" (below 80). */
  level: "same" | "close" | "partial";
  /** How strong the background tint is, from 0.35 (score 60) to 1 (100). */
  strength: number;
  /** The score as a percentage: "97%". */
  percent: string;
  /** What a person reads: "97% · same wording". */
  label: string;
};

/** The lowest score the core stores as reuse. */
export const REUSE_FLOOR = 60;

export function reuseTint(score: number): Tint {
  const clamped = Math.min(100, Math.max(0, score));
  const level = clamped >= 95 ? "same" : clamped >= 80 ? "close" : "partial";
  const above = Math.min(1, Math.max(0, (clamped - REUSE_FLOOR) / (100 - REUSE_FLOOR)));
  return {
    level,
    strength: Math.round((0.35 + 0.65 * above) * 100) / 100,
    percent: formatPercent(clamped),
    label: `${formatPercent(clamped)} · ${t(`reuse.levels.${level}`)}`,
  };
}

export type DiffOp = { op: "equal" | "insert" | "delete"; text: string };

/** A diff op ready to show, with whether a space goes before it. */
export type DiffPiece = DiffOp & { spaceBefore: boolean };

const NO_SPACE_BEFORE = /^[,.;:!?)\]}”’»%]/;

/** The ops of a word diff as pieces of one line of text. The core gives each
 * op's words without the spaces around them, so a space is put back between
 * pieces, except before closing punctuation. */
export function diffPieces(ops: readonly DiffOp[]): DiffPiece[] {
  return ops
    .filter((op) => op.text.length > 0)
    .map((op, i) => ({ ...op, spaceBefore: i > 0 && !NO_SPACE_BEFORE.test(op.text) }));
}

/** Words in a text; punctuation standing alone is not a word. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** How many words were kept, added and removed. */
export function diffSummary(ops: readonly DiffOp[]): { kept: number; added: number; removed: number } {
  const summary = { kept: 0, added: 0, removed: 0 };
  for (const op of ops) {
    if (op.op === "equal") summary.kept += words(op.text);
    else if (op.op === "insert") summary.added += words(op.text);
    else summary.removed += words(op.text);
  }
  return summary;
}

/** One side of the diff as plain text: the earlier wording (equal and
 * deleted words) or the later one (equal and inserted words). */
export function wording(ops: readonly DiffOp[], side: "earlier" | "later"): string {
  const dropped = side === "earlier" ? "insert" : "delete";
  return diffPieces(ops.filter((op) => op.op !== dropped))
    .map((piece) => (piece.spaceBefore ? " " : "") + piece.text)
    .join("");
}

/** A stretch of a passage that takes part in reuse, in UTF-8 byte offsets
 * as the core gives them; `earlier` is true when the other end is an
 * earlier passage (this stretch repeats it), false when it is a later one. */
export type ReuseStretch = { start: number; end: number; score: number; earlier: boolean };

/** A piece of a passage's text: plain, or covered by reuse. `score` is the
 * best score of the earlier passages it repeats (null when only later
 * passages repeat it). */
export type TextPiece = { text: string; reused: boolean; score: number | null };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Cuts a passage's text into pieces at the edges of its reuse stretches,
 * which may overlap; adjacent pieces covered alike are joined. */
export function markStretches(text: string, stretches: readonly ReuseStretch[]): TextPiece[] {
  const bytes = encoder.encode(text);
  const clamp = (n: number) => Math.min(bytes.length, Math.max(0, n));
  const edges = [...new Set([0, bytes.length, ...stretches.flatMap((s) => [clamp(s.start), clamp(s.end)])])].sort(
    (a, b) => a - b,
  );
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i] as number, edges[i + 1] as number];
    const covering = stretches.filter((s) => s.start <= from && s.end >= to && s.end > s.start);
    const earlier = covering.filter((s) => s.earlier).map((s) => s.score);
    const piece: TextPiece = {
      text: decoder.decode(bytes.subarray(from, to)),
      reused: covering.length > 0,
      score: earlier.length ? Math.max(...earlier) : null,
    };
    const last = pieces[pieces.length - 1];
    if (last && last.reused === piece.reused && last.score === piece.score) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces.filter((p) => p.text.length > 0);
}
