// The one way state modules reach the library: failures reach the banner
// (or the caller's own place), and of repeated requests only the latest
// answer counts.
import { beforeEach, describe, expect, it } from "vitest";
import { Latest, attempt, banner, outcome, toApiError } from "./load.svelte";

/** A promise and the functions that settle it, to answer out of order. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, no) => ((resolve = ok), (reject = no)));
  return { promise, resolve, reject };
}

beforeEach(() => {
  banner.error = null;
});

describe("attempt", () => {
  it("says a step worked and leaves the banner alone", async () => {
    let ran = false;
    expect(await attempt(async () => void (ran = true))).toBe(true);
    expect(ran).toBe(true);
    expect(banner.error).toBeNull();
  });

  it("shows a failure in the banner, in the core's words", async () => {
    const failure = { kind: "invalid_field", message: "date: “sometime” is not a date" };
    expect(await attempt(() => Promise.reject(failure))).toBe(false);
    expect(banner.error).toEqual(failure);
  });

  it("sends a failure where the caller says instead", async () => {
    const heard: unknown[] = [];
    expect(await attempt(() => Promise.reject(new Error("disk full")), (error) => heard.push(error))).toBe(false);
    expect(heard).toHaveLength(1);
    expect(banner.error).toBeNull();
  });
});

describe("toApiError and outcome", () => {
  it("gives anything thrown a kind and a message", () => {
    expect(toApiError(new Error("disk full"))).toEqual({ kind: "internal", message: "disk full" });
    expect(toApiError("no such file")).toEqual({ kind: "internal", message: "no such file" });
  });

  it("gives a step's answer, or its reason in words", async () => {
    expect(await outcome(Promise.resolve(7))).toEqual({ ok: true, value: 7 });
    expect(await outcome(Promise.reject({ kind: "not_found", message: "no backup here" }))).toEqual({ ok: false, problem: "no backup here" });
  });
});

describe("Latest", () => {
  it("keeps only the latest answer when an earlier one arrives after it", async () => {
    const latest = new Latest();
    const [first, second] = [pending<string>(), pending<string>()];
    const shown: string[] = [];
    const asked = [latest.run(() => first.promise, (a) => shown.push(a)), latest.run(() => second.promise, (a) => shown.push(a))];
    expect(latest.loading).toBe(true);
    second.resolve("second");
    first.resolve("first");
    await Promise.all(asked);
    expect(shown).toEqual(["second"]);
    expect(latest.loading).toBe(false);
    expect(latest.loaded).toBe(true);
  });

  it("is still loading while the latest request runs, whatever earlier ones do", async () => {
    const latest = new Latest();
    const [first, second] = [pending<string>(), pending<string>()];
    const one = latest.run(() => first.promise, () => {});
    void latest.run(() => second.promise, () => {});
    first.resolve("first");
    await one;
    expect(latest.loading).toBe(true);
    expect(latest.loaded).toBe(false);
    second.resolve("second");
  });

  it("drops the failure of a request overtaken by a later one", async () => {
    const latest = new Latest();
    const [first, second] = [pending<string>(), pending<string>()];
    const failures: unknown[] = [];
    const asked = [
      latest.run(() => first.promise, () => {}, (e) => failures.push(e)),
      latest.run(() => second.promise, () => {}, (e) => failures.push(e)),
    ];
    first.reject(new Error("stale"));
    second.reject(new Error("current"));
    await Promise.all(asked);
    expect(failures).toEqual([new Error("current")]);
  });

  it("shows the latest failure in the banner by default", async () => {
    const latest = new Latest();
    await latest.run(() => Promise.reject({ kind: "io", message: "the library file is locked" }), () => {});
    expect(banner.error?.message).toBe("the library file is locked");
    expect(latest.loaded).toBe(true);
  });

  it("drops the answer of a cancelled request", async () => {
    const latest = new Latest();
    const answer = pending<string>();
    const shown: string[] = [];
    const asked = latest.run(() => answer.promise, (a) => shown.push(a));
    latest.cancel();
    expect(latest.loading).toBe(false);
    answer.resolve("late");
    await asked;
    expect(shown).toEqual([]);
  });
});
