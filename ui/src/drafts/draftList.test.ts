import { describe, expect, it } from "vitest";
import type { DraftSummary } from "../lib/bindings/DraftSummary";
import { groupBySession, today, whenSaved } from "./draftList";

const draft = (id: number, session: string | null): DraftSummary => ({
  id,
  title: `Draft ${id}`,
  language: "en",
  session,
  topic: null,
  status: "drafting",
  changed_since_cleared: false,
  target_minutes: 3,
  words: 0,
  updated_at: "2025-03-03T10:00:00Z",
});

describe("groupBySession", () => {
  it("groups consecutive drafts of a session, keeping the core's order", () => {
    const groups = groupBySession([draft(1, "eleventh session"), draft(2, "eleventh session"), draft(3, null)]);
    expect(groups.map((g) => [g.session, g.drafts.map((d) => d.id), g.first])).toEqual([
      ["eleventh session", [1, 2], 0],
      [null, [3], 2],
    ]);
  });

  it("is empty for no drafts", () => {
    expect(groupBySession([])).toEqual([]);
  });
});

describe("whenSaved", () => {
  const now = new Date(2025, 2, 3, 18, 0);
  it("says today, yesterday or the date", () => {
    expect(whenSaved(new Date(2025, 2, 3, 9, 5).toISOString(), now)).toBe("today 09:05");
    expect(whenSaved(new Date(2025, 2, 2, 23, 59).toISOString(), now)).toBe("yesterday 23:59");
    expect(whenSaved(new Date(2025, 0, 15, 12, 0).toISOString(), now)).toBe("15 Jan 2025");
    expect(whenSaved("not a date", now)).toBe("not a date");
  });

  it("gives today's date for date inputs", () => {
    expect(today(now)).toBe("2025-03-03");
  });
});
