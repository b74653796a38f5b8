// One document in the reader: its text and metadata, the reuse of each of
// its passages (by ordinal), cutting it into paragraphs again in another
// layout, and correcting a metadata field. An edit reaches the library's
// list too, so "Back" shows it.
import * as backend from "../lib/backend";
import type { ApiError } from "../lib/backend";
import type { Layout } from "../lib/bindings/Layout";
import type { PassageReuse } from "../lib/bindings/PassageReuse";
import type { Reading } from "../lib/bindings/Reading";
import type { ReuseMap } from "../lib/bindings/ReuseMap";
import { app } from "../lib/app.svelte";
import { attempt, outcome, toApiError } from "../lib/load.svelte";

export class DocumentReader {
  reading = $state.raw<Reading | null>(null);
  /** The reuse of each reused passage, by ordinal. */
  reuse = $state.raw<Map<number, PassageReuse>>(new Map());
  /** Why the document could not be opened, shown in its place. */
  failure = $state<ApiError | null>(null);

  constructor(readonly id: number) {}

  /** Reads the document and its reuse; false when it cannot be opened (the failure is shown in its place). */
  open(): Promise<boolean> {
    return attempt(
      async () => {
        const [reading, map] = await Promise.all([backend.openDocument(this.id), backend.reuseMap(this.id)]);
        this.show(reading, map);
      },
      (error) => (this.failure = toApiError(error)),
    );
  }

  /** Cuts the document into paragraphs again in the chosen layout. */
  chooseLayout(layout: Layout): Promise<boolean> {
    return attempt(async () => {
      const [reading, map] = [await backend.setLayout(this.id, layout), await backend.reuseMap(this.id)];
      this.show(reading, map);
      app.replaceSummary(reading.document);
    });
  }

  /** Corrects one metadata field (null clears it); the core's reason when it refuses the value. */
  async saveField(field: string, value: string | null): Promise<string | null> {
    const saved = await outcome(backend.updateMetadata(this.id, field, value));
    if (!saved.ok) return saved.problem;
    if (this.reading) this.reading = { ...this.reading, document: { ...this.reading.document, ...saved.value } };
    app.replaceSummary(saved.value);
    return null;
  }

  private show(reading: Reading, map: ReuseMap): void {
    this.reading = reading;
    this.reuse = new Map(map.passages.map((p) => [Number(p.ordinal), p]));
  }
}
