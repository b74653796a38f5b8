// The library table's settings, kept while the user reads a document so
// that "Back" returns to the same sort, filters and row.
import type { Facets, Sort } from "./library";

export const libraryState = $state({
  sort: { key: "date", descending: true } as Sort,
  facets: {} as Facets,
  cursor: -1,
  scrollTop: 0,
});
