// The list of drafts as shown: grouped by session in the order the core
// gives (by session, then status, then newest), with status words.
import type { DraftStatus } from "../lib/bindings/DraftStatus";
import type { DraftSummary } from "../lib/bindings/DraftSummary";

export const STATUS_LABELS: Record<DraftStatus, string> = {
  drafting: "Drafting",
  cleared: "Cleared",
  delivered: "Delivered",
};

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
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(now) - day(at)) / 86_400_000);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `yesterday ${time}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${at.getDate()} ${months[at.getMonth()]} ${at.getFullYear()}`;
}

/** Today as YYYY-MM-DD in local time, for date inputs. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
