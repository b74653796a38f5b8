// Components reach the library only through the state modules: no
// component imports the backend, so the loading, stale-answer and error
// rules of `load.svelte.ts` hold everywhere.
import { describe, expect, it } from "vitest";

const components = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const modules = import.meta.glob(["../**/*.ts", "!../**/*.test.ts", "!../lib/bindings/**"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The files among `files` that import the backend module. */
function importingBackend(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([, text]) => /from\s+["'][./]*(lib\/)?backend["']/.test(text))
    .map(([path]) => path)
    .sort();
}

describe("the backend", () => {
  it("is imported by no component", () => {
    expect(Object.keys(components).length).toBeGreaterThan(40);
    expect(importingBackend(components)).toEqual([]);
  });

  it("is imported only by state modules and the loading helper", () => {
    const importers = importingBackend(modules);
    expect(importers.length).toBeGreaterThan(10);
    expect(importers.filter((path) => !path.endsWith(".svelte.ts"))).toEqual([]);
  });
});
