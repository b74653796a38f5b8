// The termbase on screen: the entries with the filter typed over them, the
// entry chosen, the last import's report and the last export. Kept while
// the user moves between views. Every failure goes to the app's error
// banner. Also the studio's question, "which terms are in this text".
import * as backend from "../lib/backend";
import { Latest, attempt } from "../lib/load.svelte";
import type { Concept } from "../lib/bindings/Concept";
import type { ConceptFields } from "../lib/bindings/ConceptFields";
import type { TermHit } from "../lib/bindings/TermHit";
import type { TermbaseImportReport } from "../lib/bindings/TermbaseImportReport";
import { matching } from "./termbase";

class TermbaseState {
  concepts = $state.raw<Concept[]>([]);
  query = $state("");
  selectedId = $state<number | null>(null);
  imported = $state.raw<TermbaseImportReport | null>(null);
  exported = $state<string | null>(null);
  private readonly request = new Latest();

  list = $derived(matching(this.concepts, this.query));
  selected = $derived(this.concepts.find((c) => c.id === this.selectedId) ?? null);

  get loaded(): boolean {
    return this.request.loaded;
  }

  async refresh(): Promise<void> {
    await this.request.run(
      () => backend.listConcepts(),
      (concepts) => (this.concepts = concepts),
    );
  }

  select(id: number | null): void {
    this.selectedId = id;
  }

  /** Saves the form and shows the entry; false after a failure (shown). */
  save(id: number | null, fields: ConceptFields): Promise<boolean> {
    return attempt(async () => {
      const concept = await backend.saveConcept(id, fields);
      await this.refresh();
      this.select(concept.id);
    });
  }

  async remove(id: number): Promise<void> {
    await attempt(async () => {
      await backend.deleteConcept(id);
      if (this.selectedId === id) this.select(null);
      await this.refresh();
    });
  }

  async importFile(): Promise<void> {
    await attempt(async () => {
      const report = await backend.importTermbase();
      if (report) this.imported = report;
      await this.refresh();
    });
  }

  async exportAs(format: "tbx" | "csv"): Promise<void> {
    await attempt(async () => {
      const path = await backend.exportTermbase(format);
      if (path) this.exported = path;
    });
  }
}

export const termbaseState = new TermbaseState();

/** The termbase's terms found in a draft's text. */
export function findTerms(text: string): Promise<TermHit[]> {
  return backend.termHits(text);
}

/** The entry one of whose terms `query` is, or null. */
export function conceptNamed(query: string): Promise<Concept | null> {
  return backend.conceptNamed(query);
}
