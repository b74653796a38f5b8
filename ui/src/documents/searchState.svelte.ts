// The search view's state, kept while the user reads a result so that
// "Back" returns to the same results. Results come as the user types: each
// keystroke schedules a query after a short pause, and an answer that
// arrives after a newer query was sent is dropped.
import * as backend from "../lib/backend";
import type { ApiError } from "../lib/backend";
import type { ConcordanceLine } from "../lib/bindings/ConcordanceLine";
import type { Filter } from "../lib/bindings/Filter";
import type { Concept } from "../lib/bindings/Concept";
import type { SearchResults } from "../lib/bindings/SearchResults";
import { NO_FILTER, app } from "../lib/app.svelte";
import { Latest, toApiError } from "../lib/load.svelte";
import { listKey } from "../lib/listNav";
import { conceptNamed } from "../termbase/termbaseState.svelte";

export type SearchTab = "passages" | "concordance";

/** A result the keyboard can move to: a passage of a document. */
export type ResultTarget = { documentId: number; ordinal: number };

/** How long typing must pause before a query is sent, in milliseconds. */
export const TYPING_PAUSE_MS = 150;

class SearchState {
  query = $state("");
  filter = $state<Filter>({ ...NO_FILTER });
  tab = $state<SearchTab>("passages");
  results = $state.raw<SearchResults | null>(null);
  lines = $state.raw<ConcordanceLine[] | null>(null);
  /** Follow a query that is a termbase term into every language. */
  allLanguages = $state(false);
  /** The termbase entry the query is a term of, when it is one. */
  concept = $state.raw<Concept | null>(null);
  /** A query the index cannot read, shown under the box, not as a failure. */
  problem = $state<ApiError | null>(null);
  cursor = $state(-1);
  /** Every result in the order shown, for the keyboard. */
  targets = $derived.by((): ResultTarget[] => {
    if (this.tab === "passages") {
      const groups = this.results?.groups ?? [];
      return groups.flatMap((g) => g.hits.map((h) => ({ documentId: g.document.id, ordinal: h.ordinal })));
    }
    return (this.lines ?? []).map((l) => ({ documentId: l.document_id, ordinal: l.ordinal }));
  });
  private readonly request = new Latest();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Schedules a query for the current input (immediately if `now`). */
  schedule(now = false): void {
    clearTimeout(this.timer);
    if (now) void this.run();
    else this.timer = setTimeout(() => void this.run(), TYPING_PAUSE_MS);
  }

  /** Arrow keys move through the results and Enter opens one; true when
   * the key was used. */
  handleKey(key: string): boolean {
    const outcome = listKey(key, this.cursor, this.targets.length);
    if (outcome.action === "move") this.cursor = outcome.cursor;
    if (outcome.action === "open") {
      const target = this.targets[outcome.cursor];
      if (target) app.open(target.documentId, target.ordinal);
    }
    return outcome.action !== "none";
  }

  setTab(tab: SearchTab): void {
    this.tab = tab;
    this.schedule(true);
  }

  /** True while a query runs. */
  get busy(): boolean {
    return this.request.loading;
  }

  private async run(): Promise<void> {
    const query = this.query.trim();
    const filter = { ...this.filter };
    if (!query) {
      this.request.cancel();
      this.results = null;
      this.lines = null;
      this.concept = null;
      this.problem = null;
      this.cursor = -1;
      return;
    }
    const failed = (error: unknown) => (this.problem = toApiError(error));
    if (this.tab === "passages") {
      const ask = async () => {
        const concept = await conceptNamed(query);
        const across = this.allLanguages && concept !== null;
        return { concept, results: await backend.search(query, filter, across) };
      };
      await this.request.run(ask, ({ concept, results }) => {
        this.concept = concept;
        this.answered({ results });
      }, failed);
    } else {
      await this.request.run(() => backend.concordance(query, filter), (lines) => this.answered({ lines }), failed);
    }
  }

  /** Shows an answer, with no problem and the cursor back at the top. */
  private answered(answer: { results: SearchResults } | { lines: ConcordanceLine[] }): void {
    if ("results" in answer) this.results = answer.results;
    else this.lines = answer.lines;
    this.problem = null;
    this.cursor = -1;
  }
}

export const searchState = new SearchState();
