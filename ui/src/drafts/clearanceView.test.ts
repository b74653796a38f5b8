import { describe, expect, it } from "vitest";
import type { DraftSummary } from "../lib/bindings/DraftSummary";
import { condensed, isCleared } from "./clearanceView";

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(" ");

describe("clearance", () => {
  it("is cleared only as the text reads", () => {
    const summary = { status: "cleared", changed_since_cleared: false } as DraftSummary;
    expect(isCleared(summary)).toBe(true);
    expect(isCleared({ ...summary, changed_since_cleared: true })).toBe(false);
    expect(isCleared({ ...summary, status: "sent_to_capital" })).toBe(false);
  });

  it("cuts long unchanged stretches to the words beside each change", () => {
    const ops = condensed([
      { op: "equal", text: words(1, 20) },
      { op: "insert", text: "strongly" },
      { op: "equal", text: words(21, 40) },
      { op: "delete", text: "fully" },
      { op: "equal", text: words(41, 43) },
    ]);
    expect(ops.map((op) => op.text)).toEqual([
      `… ${words(16, 20)}`,
      "strongly",
      `${words(21, 25)} … ${words(36, 40)}`,
      "fully",
      words(41, 43),
    ]);
  });
});
