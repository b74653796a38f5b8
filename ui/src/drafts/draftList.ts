// The list of drafts as shown: grouped by session in the order the core
// gives (by session, then status, then newest), with when each was saved.
import type { DraftSummary } from "../lib/bindings/DraftSummary";
import { formatMoment } from "../lib/format";

export type SessionGroup = { session: string | null; drafts: DraftSummary[]; first: number };

/** Consecutive drafts of one session, with the index of each group's first
 * draft in the flat list (for the keyboard). */
export function groupBySession(drafts: readonly DraftSummary[]): SessionGroup[] {
  const groups: SessionGroup[] = [];
  drafts.forEach((draft, i) => {
    const last = groups[groups.length - 1];
    if (last && last.session === draft.session) last.drafts.push(draft);
    else groups.push({ session: draft.session, drafts: [draft], first: i });
  });
  return groups;
}

/** "today 14:05", "yesterday 09:30" or "3 Mar 2025", from RFC 3339. */
export function whenSaved(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : formatMoment(at, now);
}

/** Today as YYYY-MM-DD in local time, for date inputs. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
