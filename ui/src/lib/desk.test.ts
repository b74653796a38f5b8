import { describe, expect, it } from "vitest";
import type { Commitment } from "./bindings/Commitment";
import type { Session } from "./bindings/Session";
import {
  agendaText,
  cleanInput,
  filterFor,
  groupByForum,
  groupByTopic,
  inContext,
  inputOf,
  parseAgenda,
  percent,
  sessionDates,
  sessionKey,
  sessionName,
  sessionTime,
  sourceLine,
} from "./desk";

function commitment(id: number, topic: string | null): Commitment {
  return {
    id,
    text: `Commitment ${id}`,
    kind: "pledge",
    owner: null,
    status: "open",
    due_on: null,
    session: null,
    topic,
    source: null,
    overdue: false,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  };
}

function session(key: string, forum: string, starts_on: string, ends_on: string): Session {
  return { key, forum, name: `Session ${key}`, starts_on, ends_on, place: null, agenda: [] };
}

describe("the commitments' lists", () => {
  it("asks the core for each list with the filter that makes it", () => {
    expect(filterFor("done").status).toBe("done");
    expect(filterFor("overdue")).toMatchObject({ overdue: true, status: null, due_by_next_session: false });
    expect(filterFor("next_session")).toMatchObject({ due_by_next_session: true, overdue: false, status: null });
    expect(filterFor("all")).toMatchObject({ status: null, overdue: false, due_by_next_session: false });
  });

  it("groups by topic alphabetically, those without one last, keeping the order within", () => {
    const groups = groupByTopic([commitment(1, "Norms"), commitment(2, null), commitment(3, "Capacity-building"), commitment(4, "Norms")]);
    expect(groups.map((g) => g.topic)).toEqual(["Capacity-building", "Norms", null]);
    expect(groups[1]?.commitments.map((c) => c.id)).toEqual([1, 4]);
  });

  it("edits a commitment through its input, blanks stored as none", () => {
    const input = inputOf({ ...commitment(5, "Norms"), owner: "Desk officer" });
    expect(input).toMatchObject({ id: 5, topic: "Norms", owner: "Desk officer", source_passage_id: null });
    expect(cleanInput({ ...input, text: " We will. ", owner: "  ", due_on: "" })).toMatchObject({
      text: "We will.",
      owner: null,
      due_on: null,
    });
  });

  it("writes confidence as a percentage and a source as one line", () => {
    expect(percent(0.874)).toBe("87%");
    expect(percent(1.2)).toBe("100%");
    expect(sourceLine({ speaker: "Pakistan", date: "2021-12-13", document_title: null })).toBe("Pakistan · 13 Dec 2021");
  });
});

describe("the calendar", () => {
  it("writes a session's days compactly", () => {
    expect(sessionDates({ starts_on: "2024-05-09", ends_on: "2024-05-10" })).toBe("9–10 May 2024");
    expect(sessionDates({ starts_on: "2026-03-30", ends_on: "2026-04-03" })).toBe("30 Mar – 3 Apr 2026");
    expect(sessionDates({ starts_on: "2025-12-29", ends_on: "2026-01-02" })).toBe("29 Dec 2025 – 2 Jan 2026");
    expect(sessionDates({ starts_on: "2026-07-06", ends_on: "2026-07-06" })).toBe("6 Jul 2026");
  });

  it("says whether a session is over, under way or to come", () => {
    const s = { starts_on: "2026-03-23", ends_on: "2026-03-27" };
    expect(sessionTime(s, "2026-03-22")).toBe("upcoming");
    expect(sessionTime(s, "2026-03-23")).toBe("current");
    expect(sessionTime(s, "2026-03-27")).toBe("current");
    expect(sessionTime(s, "2026-03-28")).toBe("past");
  });

  it("names a session by the calendar, or as written when unknown", () => {
    const sessions = [session("gm-2026-plenary-1", "Global Mechanism", "2026-03-23", "2026-03-27")];
    expect(sessionName("gm-2026-plenary-1", sessions)).toBe("Global Mechanism, Session gm-2026-plenary-1");
    expect(sessionName("eleventh session", sessions)).toBe("eleventh session");
    expect(sessionName(null, sessions)).toBeNull();
  });

  it("groups the calendar by forum in order of first session", () => {
    const groups = groupByForum([
      session("a", "OEWG 2021-2025", "2021-06-01", "2021-06-02"),
      session("b", "Global Mechanism", "2026-03-23", "2026-03-27"),
      session("c", "OEWG 2021-2025", "2021-12-13", "2021-12-17"),
    ]);
    expect(groups.map((g) => [g.forum, g.sessions.map((s) => s.key)])).toEqual([
      ["OEWG 2021-2025", ["a", "c"]],
      ["Global Mechanism", ["b"]],
    ]);
  });
});

describe("a commitment's source", () => {
  it("marks the sentence within its passage", () => {
    const passage = "Mr. Chair, thank you. Pakistan supports a permanent mechanism. We thank the Secretariat.";
    expect(inContext(passage, "Pakistan supports a permanent mechanism.")).toEqual({
      before: "Mr. Chair, thank you. ",
      sentence: "Pakistan supports a permanent mechanism.",
      after: " We thank the Secretariat.",
    });
  });

  it("shows the whole passage when the text was edited away from it", () => {
    expect(inContext("One. Two.", "Three.")).toEqual({ before: "One. Two.", sentence: "", after: "" });
  });
});

describe("a session's agenda and key", () => {
  it("reads agenda lines back as the items they show", () => {
    const items = [
      { number: "1", title: "Opening of the session" },
      { number: "5", title: "Adoption of the report" },
    ];
    expect(parseAgenda(agendaText(items))).toEqual(items);
    expect(parseAgenda("2) General exchange of views\nCapacity-building\n\n")).toEqual([
      { number: "2", title: "General exchange of views" },
      { number: "3", title: "Capacity-building" },
    ]);
  });

  it("makes a key from the forum and the first day", () => {
    expect(sessionKey("Global Mechanism", "2026-07-06")).toBe("global-mechanism-2026-07-06");
    expect(sessionKey("Réunion à Genève", "2026-01-02")).toBe("reunion-a-geneve-2026-01-02");
  });
});
