// The calendar of sessions as the UI shows it: a session's dates and
// whether it is over, its name, the calendar by forum, the agenda as the
// form edits it, and a new session's key. No state, so that tests read it
// alone.
import type { AgendaItem } from "../lib/bindings/AgendaItem";
import type { Session } from "../lib/bindings/Session";
import { formatDateRange } from "../lib/format";

/** "23–27 Mar 2026", "30 Mar – 3 Apr 2026" or "9–10 May 2024". */
export function sessionDates(session: Pick<Session, "starts_on" | "ends_on">): string {
  return formatDateRange(session.starts_on, session.ends_on);
}

export type SessionTime = "past" | "current" | "upcoming";

/** Whether a session is over, under way or to come on `today` (`YYYY-MM-DD`). */
export function sessionTime(session: Pick<Session, "starts_on" | "ends_on">, today: string): SessionTime {
  if (session.ends_on < today) return "past";
  return session.starts_on <= today ? "current" : "upcoming";
}

/** The name a draft or commitment gives for a session, as a person reads
 * it: the calendar's name for a key it knows, else the text as written. */
export function sessionName(key: string | null, sessions: readonly Session[]): string | null {
  if (key === null) return null;
  const session = sessions.find((s) => s.key === key);
  return session ? `${session.forum}, ${session.name}` : key;
}

export type ForumGroup = { forum: string; sessions: Session[] };

/** The calendar by forum, each forum in the order its first session comes. */
export function groupByForum(sessions: readonly Session[]): ForumGroup[] {
  const groups: ForumGroup[] = [];
  for (const session of sessions) {
    const group = groups.find((g) => g.forum === session.forum);
    if (group) group.sessions.push(session);
    else groups.push({ forum: session.forum, sessions: [session] });
  }
  return groups;
}

/** An agenda as the session form edits it: one item a line, "5. Title". */
export function agendaText(items: readonly AgendaItem[]): string {
  return items.map((item) => `${item.number}. ${item.title}`).join("\n");
}

/** The form's agenda lines as items: "5. Title" or "5 Title" gives number
 * 5; a line without a number is numbered after the one before. */
export function parseAgenda(text: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const line of text.split("\n").map((l) => l.trim()).filter((l) => l !== "")) {
    const [, number, title] = /^(\d+[a-z]?(?:\([a-z]\))?)[.)]?\s+(.+)$/i.exec(line) ?? [];
    if (number && title) items.push({ number, title: title.trim() });
    else {
      const previous = Number.parseInt(items.at(-1)?.number ?? "0", 10);
      items.push({ number: String((Number.isNaN(previous) ? 0 : previous) + 1), title: line });
    }
  }
  return items;
}

/** A key for a new session from its forum and start: "global-mechanism-2026-07-06". */
export function sessionKey(forum: string, startsOn: string): string {
  const stem = forum
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return [stem || "session", startsOn].filter((part) => part).join("-");
}
