// The difference between two revisions of a draft, word by word (jsdiff's
// word diff, which keeps the spaces and line breaks), as runs to show with
// removed words struck through and added ones underlined.
import { diffWordsWithSpace } from "diff";

export type RevisionRun = { op: "equal" | "insert" | "delete"; text: string };

/** From the earlier text to the later one. */
export function revisionDiff(earlier: string, later: string): RevisionRun[] {
  return diffWordsWithSpace(earlier, later).map((change) => ({
    op: change.added ? "insert" : change.removed ? "delete" : "equal",
    text: change.value,
  }));
}

/** Words added and removed, for a one-line summary. */
export function revisionChanges(runs: readonly RevisionRun[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let added = 0;
  let removed = 0;
  for (const run of runs) {
    if (run.op === "insert") added += words(run.text);
    if (run.op === "delete") removed += words(run.text);
  }
  return { added, removed };
}
