import { describe, expect, it } from "vitest";
import { isSearchShortcut, listKey, moveCursor } from "./listNav";

describe("moveCursor", () => {
  it("starts at the top going down and at the bottom going up", () => {
    expect(moveCursor(-1, 1, 5)).toBe(0);
    expect(moveCursor(-1, -1, 5)).toBe(4);
  });

  it("stays inside the list", () => {
    expect(moveCursor(4, 1, 5)).toBe(4);
    expect(moveCursor(0, -1, 5)).toBe(0);
    expect(moveCursor(2, 10, 5)).toBe(4);
  });

  it("has no cursor in an empty list", () => {
    expect(moveCursor(0, 1, 0)).toBe(-1);
  });
});

describe("listKey", () => {
  it("moves with the arrows and pages", () => {
    expect(listKey("ArrowDown", 1, 5)).toEqual({ action: "move", cursor: 2 });
    expect(listKey("ArrowUp", 1, 5)).toEqual({ action: "move", cursor: 0 });
    expect(listKey("PageDown", 0, 50, 10)).toEqual({ action: "move", cursor: 10 });
    expect(listKey("End", 0, 50)).toEqual({ action: "move", cursor: 49 });
    expect(listKey("Home", 7, 50)).toEqual({ action: "move", cursor: 0 });
  });

  it("opens only a real row with Enter", () => {
    expect(listKey("Enter", 3, 5)).toEqual({ action: "open", cursor: 3 });
    expect(listKey("Enter", -1, 5)).toEqual({ action: "none" });
    expect(listKey("Enter", 0, 0)).toEqual({ action: "none" });
  });

  it("ignores other keys", () => {
    expect(listKey("a", 1, 5)).toEqual({ action: "none" });
  });
});

describe("isSearchShortcut", () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it("is Ctrl+K or Cmd+K, either case", () => {
    expect(isSearchShortcut(key("k", { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key("K", { metaKey: true }))).toBe(true);
  });

  it("is not K alone or with Alt", () => {
    expect(isSearchShortcut(key("k"))).toBe(false);
    expect(isSearchShortcut(key("k", { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
