// How a draft's clearance reads in the studio: whether capital cleared it
// as it reads, and what changed since, with long stretches that did not
// change cut to their ends so the changes stand out.
import type { DiffOp } from "../lib/bindings/DiffOp";
import type { DraftSummary } from "../lib/bindings/DraftSummary";

/** True when capital cleared the draft as it reads now. */
export function isCleared(summary: DraftSummary): boolean {
  return summary.status === "cleared" && !summary.changed_since_cleared;
}

/** Unchanged stretches longer than this many words are cut. */
const KEEP = 12;
/** Words kept at each end of a stretch that is cut. */
const ENDS = 5;

/** The diff with each long unchanged stretch cut to its first and last
 * words ("… "), except at the very start and end, which keep only the
 * words next to a change. */
export function condensed(ops: readonly DiffOp[]): DiffOp[] {
  return ops.map((op, i) => {
    if (op.op !== "equal") return op;
    const words = op.text.split(/\s+/).filter(Boolean);
    if (words.length <= KEEP) return op;
    const head = words.slice(0, ENDS).join(" ");
    const tail = words.slice(-ENDS).join(" ");
    if (i === 0) return { op: "equal", text: `… ${tail}` };
    if (i === ops.length - 1) return { op: "equal", text: `${head} …` };
    return { op: "equal", text: `${head} … ${tail}` };
  });
}
