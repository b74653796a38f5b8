import { describe, expect, it } from "vitest";
import type { DocumentSummary } from "../lib/bindings/DocumentSummary";
import { UNKNOWN, facetCounts, filterDocuments, nextSort, sortDocuments } from "./library";

function doc(id: number, fields: Partial<DocumentSummary>): DocumentSummary {
  return {
    id,
    key: `k${id}`,
    format: "text",
    source_path: null,
    word_count: 100,
    passage_count: 5,
    imported_at: "2026-01-01T00:00:00Z",
    warnings: [],
    inferred: [],
    title: null,
    kind: null,
    speaker: null,
    person: null,
    function: null,
    forum: null,
    session: null,
    agenda_item: null,
    event: null,
    place: null,
    date: null,
    language: null,
    tags: [],
    ...fields,
  };
}

const docs = [
  doc(1, { title: "Statement at OEWG 1", kind: "statement", speaker: "Pakistan", date: "2021-12-13", forum: "OEWG" }),
  doc(2, { title: "Roundtable press release", kind: "press release", speaker: "Pakistan", date: "2024-05-11" }),
  doc(3, { title: "Talking points", kind: "talking points", speaker: "Brazil", date: "2023-03-01", forum: "OEWG" }),
  doc(4, { title: "undated note", kind: "statement" }),
];

describe("sortDocuments", () => {
  it("sorts dates newest first with undated documents last", () => {
    const ids = sortDocuments(docs, { key: "date", descending: true }).map((d) => d.id);
    expect(ids).toEqual([2, 3, 1, 4]);
  });

  it("keeps unknown values last in ascending order too", () => {
    const ids = sortDocuments(docs, { key: "date", descending: false }).map((d) => d.id);
    expect(ids).toEqual([1, 3, 2, 4]);
  });

  it("sorts text without regard to case", () => {
    const titles = sortDocuments(docs, { key: "title", descending: false }).map((d) => d.title);
    expect(titles).toEqual(["Roundtable press release", "Statement at OEWG 1", "Talking points", "undated note"]);
  });

  it("does not change the list it is given", () => {
    const copy = [...docs];
    sortDocuments(docs, { key: "speaker", descending: true });
    expect(docs).toEqual(copy);
  });
});

describe("facets", () => {
  it("filters by every chosen facet", () => {
    expect(filterDocuments(docs, { speaker: "Pakistan" }).map((d) => d.id)).toEqual([1, 2]);
    expect(filterDocuments(docs, { speaker: "Pakistan", year: "2024" }).map((d) => d.id)).toEqual([2]);
    expect(filterDocuments(docs, { forum: UNKNOWN }).map((d) => d.id)).toEqual([2, 4]);
  });

  it("counts a facet's values among the documents the other facets allow", () => {
    expect(facetCounts(docs, "kind", { speaker: "Pakistan" })).toEqual([
      { value: "press release", count: 1 },
      { value: "statement", count: 1 },
    ]);
    // A facet's own choice does not narrow its own counts.
    expect(facetCounts(docs, "speaker", { speaker: "Brazil" }).map((v) => v.value)).toEqual(["Pakistan", "Brazil", UNKNOWN]);
  });

  it("lists years newest first", () => {
    expect(facetCounts(docs, "year", {}).map((v) => v.value)).toEqual(["2024", "2023", "2021", UNKNOWN]);
  });
});

describe("nextSort", () => {
  it("reverses the same column and starts a new one in its natural order", () => {
    expect(nextSort({ key: "date", descending: true }, "date")).toEqual({ key: "date", descending: false });
    expect(nextSort({ key: "date", descending: true }, "title")).toEqual({ key: "title", descending: false });
    expect(nextSort({ key: "title", descending: false }, "date")).toEqual({ key: "date", descending: true });
  });
});
