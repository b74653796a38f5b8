import { describe, expect, it } from "vitest";
import { rowWindow, scrollToRow } from "./virtualRows";

describe("rowWindow", () => {
  it("renders the rows in view plus the overscan, with spacers for the rest", () => {
    const w = rowWindow(3800, 380, 38, 10_000, 5);
    expect(w.start).toBe(95);
    expect(w.end).toBe(100 + 11 + 5);
    expect(w.padTop).toBe(95 * 38);
    expect(w.padBottom).toBe((10_000 - w.end) * 38);
  });

  it("keeps the total height whatever the scroll position", () => {
    for (const top of [0, 1234, 379_000, 999_999]) {
      const w = rowWindow(top, 600, 38, 10_000);
      expect(w.padTop + (w.end - w.start) * 38 + w.padBottom).toBe(380_000);
    }
  });

  it("handles an empty or short list", () => {
    expect(rowWindow(0, 600, 38, 0)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(rowWindow(0, 600, 38, 3)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
  });
});

describe("scrollToRow", () => {
  it("scrolls only when the row is out of view", () => {
    expect(scrollToRow(5, 0, 380, 38)).toBeNull();
    expect(scrollToRow(20, 0, 380, 38)).toBe(21 * 38 - 380);
    expect(scrollToRow(2, 380, 380, 38)).toBe(76);
  });
});
