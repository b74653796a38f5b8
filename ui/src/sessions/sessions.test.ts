import { describe, expect, it } from "vitest";
import type { Session } from "../lib/bindings/Session";
import { agendaText, groupByForum, parseAgenda, sessionDates, sessionKey, sessionName, sessionTime } from "./sessions";

function session(key: string, forum: string, starts_on: string, ends_on: string): Session {
  return { key, forum, name: `Session ${key}`, starts_on, ends_on, place: null, agenda: [] };
}

describe("the calendar", () => {
  it("writes a session's days compactly", () => {
    expect(sessionDates({ starts_on: "2024-05-09", ends_on: "2024-05-10" })).toBe("9\u2009–\u200910 May 2024");
    expect(sessionDates({ starts_on: "2026-03-30", ends_on: "2026-04-03" })).toBe("30 Mar\u2009–\u20093 Apr 2026");
    expect(sessionDates({ starts_on: "2025-12-29", ends_on: "2026-01-02" })).toBe("29 Dec 2025\u2009–\u20092 Jan 2026");
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
