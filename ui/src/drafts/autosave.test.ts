import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosaver, SAVE_MAX_WAIT_MS, SAVE_PAUSE_MS, saveDelay } from "./autosave";

describe("saveDelay", () => {
  it("waits for a pause in typing", () => {
    expect(saveDelay(1000, 1000, 1000)).toBe(SAVE_PAUSE_MS);
  });

  it("never waits past the longest wait since the first unsaved change", () => {
    expect(saveDelay(1900, 1000, 1900)).toBe(100);
    expect(saveDelay(2500, 1000, 2500)).toBe(0);
  });
});

describe("Autosaver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(delay = 50) {
    let text = "";
    const saved: { at: number; text: string }[] = [];
    const statuses: string[] = [];
    const saver = new Autosaver(
      () => text,
      (t) => new Promise((resolve) => setTimeout(() => (saved.push({ at: Date.now(), text: t }), resolve()), delay)),
      (s) => statuses.push(s),
    );
    const type = (t: string) => {
      text = t;
      saver.changed();
    };
    return { saver, saved, statuses, type };
  }

  it("saves once the typing pauses", async () => {
    const { saved, statuses, type } = setup();
    const start = Date.now();
    type("Mr. Chair,");
    await vi.advanceTimersByTimeAsync(SAVE_PAUSE_MS - 1);
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.map((s) => s.text)).toEqual(["Mr. Chair,"]);
    expect(saved[0]!.at - start).toBeLessThan(SAVE_PAUSE_MS + 100);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("saves at least every second while the typing goes on, one save at a time", async () => {
    const { saved, type } = setup(300);
    let typed = "";
    let inFlight = 0;
    for (let i = 0; i < 50; i++) {
      typed += "w ";
      type(typed);
      await vi.advanceTimersByTimeAsync(100);
      inFlight = Math.max(inFlight, saved.length);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved.at(-1)?.text).toBe(typed);
    const gaps = saved.slice(1).map((s, i) => s.at - saved[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(SAVE_MAX_WAIT_MS + 300);
    expect(saved.length).toBeGreaterThanOrEqual(4);
  });

  it("flushes what is pending at once", async () => {
    const { saver, saved, type } = setup();
    type("draft");
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(60);
    await done;
    expect(saved.map((s) => s.text)).toEqual(["draft"]);
    expect(saver.dirty).toBe(false);
  });

  it("tries again after a failed save", async () => {
    let attempts = 0;
    const statuses: string[] = [];
    const saver = new Autosaver(
      () => "text",
      () => (++attempts === 1 ? Promise.reject(new Error("disk full")) : Promise.resolve()),
      (s) => statuses.push(s),
    );
    saver.changed();
    await vi.advanceTimersByTimeAsync(SAVE_PAUSE_MS + 10);
    expect(statuses).toContain("failed");
    await vi.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS * 2 + 10);
    expect(attempts).toBe(2);
    expect(statuses.at(-1)).toBe("saved");
  });
});
