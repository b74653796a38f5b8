import { describe, expect, it } from "vitest";
import { revisionChanges, revisionDiff } from "./revisionDiff";

describe("revisionDiff", () => {
  it("marks changed words and keeps line breaks", () => {
    const runs = revisionDiff("Mr. Chair,\n\nWe should act.", "Mr. Chair,\n\nWe shall act now.");
    expect(runs.map((r) => r.text).join("")).not.toBe("");
    const later = runs.filter((r) => r.op !== "delete").map((r) => r.text).join("");
    const earlier = runs.filter((r) => r.op !== "insert").map((r) => r.text).join("");
    expect(later).toBe("Mr. Chair,\n\nWe shall act now.");
    expect(earlier).toBe("Mr. Chair,\n\nWe should act.");
    expect(runs).toContainEqual({ op: "delete", text: "should" });
    expect(runs).toContainEqual({ op: "insert", text: "shall" });
  });

  it("counts words added and removed", () => {
    expect(revisionChanges(revisionDiff("We should act.", "We shall act now."))).toEqual({ added: 2, removed: 1 });
    expect(revisionChanges(revisionDiff("Same.", "Same."))).toEqual({ added: 0, removed: 0 });
  });
});
