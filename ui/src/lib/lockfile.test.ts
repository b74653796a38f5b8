// The editor's packages must share one copy of @codemirror/state: two copies
// make CodeMirror's extensions fail at run time ("Unrecognized extension
// value"), so the lock file, which `npm ci` installs exactly, is checked.
import { describe, expect, it } from "vitest";
import lockText from "../../package-lock.json?raw";

const lock = JSON.parse(lockText) as {
  packages: Record<string, { version?: string }>;
};

describe("package-lock.json", () => {
  it("holds exactly one copy of @codemirror/state", () => {
    const copies = Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/@codemirror/state"));
    expect(copies).toEqual(["node_modules/@codemirror/state"]);
  });

  it("holds one copy of @codemirror/view", () => {
    const copies = Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/@codemirror/view"));
    expect(copies).toHaveLength(1);
  });
});
