import { describe, expect, it } from "vitest";
import type { Commitment } from "../lib/bindings/Commitment";
import { cleanInput, filterFor, groupByTopic, inContext, inputOf, percent, sourceLine } from "./commitments";

function commitment(id: number, topic: string | null): Commitment {
  return {
    id,
    key: `key-${id}`,
    text: `Commitment ${id}`,
    kind: "pledge",
    owner: null,
    status: "open",
    due_on: null,
    session: null,
    topic,
    source: null,
    overdue: false,
    session_ends_on: null,
    due_after_session: false,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  };
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

describe("a commitment's history", () => {
  it("says what each change did, in words", async () => {
    const { changeLine } = await import("./commitments");
    const change = { status: "open" as const, changed_at: "2026-01-01T00:00:00Z", note: null };
    expect(changeLine({ ...change, change: "created", from: null, to: null })).toBe("Created, Open");
    expect(changeLine({ ...change, change: "due_on", from: "2026-12-01", to: "2027-01-15" })).toBe("Due: 1 Dec 2026 → 15 Jan 2027");
    expect(changeLine({ ...change, change: "owner", from: null, to: "Cyber desk" })).toBe("Owner: — → Cyber desk");
    expect(changeLine({ ...change, change: "status", from: "open", to: "done" })).toBe("Status: Open → Done");
    expect(changeLine({ ...change, change: "note", from: null, to: null })).toBe("Note");
  });
});
