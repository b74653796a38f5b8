// Commitments as the UI shows them: labels, the lists the Commitments view
// offers and the filter each asks the core for, a commitment as the form's
// input, and its source sentence in context. No state, so that tests read
// it alone.
import type { ChangeKind } from "../lib/bindings/ChangeKind";
import type { Commitment } from "../lib/bindings/Commitment";
import type { CommitmentChange } from "../lib/bindings/CommitmentChange";
import type { CommitmentFilter } from "../lib/bindings/CommitmentFilter";
import type { CommitmentInput } from "../lib/bindings/CommitmentInput";
import type { CommitmentKind } from "../lib/bindings/CommitmentKind";
import type { CommitmentStatus } from "../lib/bindings/CommitmentStatus";
import type { CommitmentSuggestion } from "../lib/bindings/CommitmentSuggestion";
import { formatDate, formatPercent } from "../lib/format";
import { t } from "../lib/i18n";

export const COMMITMENT_KINDS: readonly CommitmentKind[] = ["position", "pledge", "request", "action_item"];

export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ["open", "in_progress", "done", "dropped"];

/** A field of the history in words. */
function fieldLabel(change: Exclude<ChangeKind, "created" | "note">): string {
  return t(`commitments.changes.fields.${change}`);
}

/** A value of the history as people read it: a date, a kind, a status, a
 * session by its name (`sessionName`, given a key). */
function historyValue(change: CommitmentChange, value: string | null, sessionName: (key: string) => string): string {
  if (value === null) return "—";
  if (change.change === "due_on") return formatDate(value);
  if (change.change === "session") return sessionName(value);
  if (change.change === "kind" && COMMITMENT_KINDS.includes(value as CommitmentKind)) return t(`commitments.kinds.${value as CommitmentKind}`);
  if (change.change === "status" && COMMITMENT_STATUSES.includes(value as CommitmentStatus)) return t(`commitments.status.${value as CommitmentStatus}`);
  return value;
}

/** What one row of the history did: "Created, Open", "Due: 1 Dec 2026 →
 * 15 Jan 2027", "Status: Open → Done", "Note". A session is named by
 * `sessionName` (its key as it is, by default). */
export function changeLine(change: CommitmentChange, sessionName: (key: string) => string = (key) => key): string {
  switch (change.change) {
    case "created":
      return t("commitments.changes.created", { status: t(`commitments.status.${change.status}`) });
    case "note":
      return t("commitments.note");
    default:
      return t("commitments.changes.change", {
        field: fieldLabel(change.change),
        from: historyValue(change, change.from, sessionName),
        to: historyValue(change, change.to, sessionName),
      });
  }
}

/** The lists of the Commitments view. */
export type CommitmentList = "suggestions" | "open" | "in_progress" | "done" | "dropped" | "overdue" | "next_session" | "topics" | "all";

export const NO_COMMITMENT_FILTER: CommitmentFilter = {
  status: null,
  overdue: false,
  due_by_next_session: false,
  topic: null,
  session: null,
  document_id: null,
};

/** What the core is asked for to fill a list (suggestions have their own call). */
export function filterFor(list: Exclude<CommitmentList, "suggestions">): CommitmentFilter {
  switch (list) {
    case "overdue":
      return { ...NO_COMMITMENT_FILTER, overdue: true };
    case "next_session":
      return { ...NO_COMMITMENT_FILTER, due_by_next_session: true };
    case "topics":
    case "all":
      return NO_COMMITMENT_FILTER;
    default:
      return { ...NO_COMMITMENT_FILTER, status: list };
  }
}

export type TopicGroup = { topic: string | null; commitments: Commitment[] };

/** Commitments by topic, topics alphabetically, those without one last;
 * each group keeps the order it was given. */
export function groupByTopic(commitments: readonly Commitment[]): TopicGroup[] {
  const groups = new Map<string | null, Commitment[]>();
  for (const c of commitments) {
    const topic = c.topic?.trim() || null;
    groups.set(topic, [...(groups.get(topic) ?? []), c]);
  }
  return [...groups.entries()]
    .map(([topic, list]) => ({ topic, commitments: list }))
    .sort((a, b) => (a.topic === null ? 1 : b.topic === null ? -1 : a.topic.localeCompare(b.topic)));
}

/** A commitment as the form edits it. */
export function inputOf(c: Commitment): CommitmentInput {
  return {
    id: c.id,
    text: c.text,
    kind: c.kind,
    owner: c.owner,
    due_on: c.due_on,
    session: c.session,
    topic: c.topic,
    source_passage_id: c.source?.passage_id ?? null,
  };
}

/** A suggestion as the form edits it before it is accepted. */
export function inputOfSuggestion(s: CommitmentSuggestion): CommitmentInput {
  return {
    id: null,
    text: s.text,
    kind: s.kind,
    owner: null,
    due_on: null,
    session: null,
    topic: null,
    source_passage_id: s.source.passage_id,
  };
}

/** A blank new commitment. */
export function blankInput(): CommitmentInput {
  return { id: null, text: "", kind: "pledge", owner: null, due_on: null, session: null, topic: null, source_passage_id: null };
}

/** The form's text fields as stored: trimmed, empty ones null. */
export function cleanInput(input: CommitmentInput): CommitmentInput {
  const clean = (v: string | null) => (v === null || v.trim() === "" ? null : v.trim());
  return {
    ...input,
    text: input.text.trim(),
    owner: clean(input.owner),
    due_on: clean(input.due_on),
    session: clean(input.session),
    topic: clean(input.topic),
  };
}

/** "87%" for a confidence of 0.874: a cue's confidence, in whole percent
 * (not a similarity score). */
export function percent(confidence: number): string {
  return formatPercent(Math.round(Math.max(0, Math.min(1, confidence)) * 100));
}

/** Where a statement comes from, as one line: "Pakistan · 13 Dec 2021 · title". */
export function sourceLine(source: { speaker: string | null; date: string | null; document_title: string | null }): string {
  return [source.speaker, formatDate(source.date), source.document_title].filter((part) => part).join(" · ");
}

export type InContext = { before: string; sentence: string; after: string };

/** The passage cut around the sentence, to mark it in its context; the
 * whole passage as `before` when the sentence is not in it (it was edited). */
export function inContext(passage: string, sentence: string): InContext {
  const at = sentence.trim() === "" ? -1 : passage.indexOf(sentence.trim());
  if (at < 0) return { before: passage, sentence: "", after: "" };
  const end = at + sentence.trim().length;
  return { before: passage.slice(0, at), sentence: passage.slice(at, end), after: passage.slice(end) };
}
