// Agreed language in one document, as the reader shows it: whether the
// document is itself marked as an agreed text (with the symbol it is cited
// by), and the spans of its passages that quote or alter an agreed text.
// Marking or unmarking it checks the passages again. Failures go to the
// app's error banner.
import * as backend from "../lib/backend";
import type { AgreedText } from "../lib/bindings/AgreedText";
import type { CheckedSpan } from "../lib/bindings/CheckedSpan";
import { attempt } from "../lib/load.svelte";

export class DocumentAgreed {
  /** The document's own mark as an agreed text, or null. */
  mark = $state.raw<AgreedText | null>(null);
  markLoaded = $state(false);
  /** Agreed and altered spans, by passage id. */
  spans = $state.raw<Map<number, CheckedSpan[]>>(new Map());

  constructor(readonly documentId: number) {}

  async loadMark(): Promise<void> {
    await attempt(async () => {
      this.mark = await backend.agreedText(this.documentId);
    });
    this.markLoaded = true;
  }

  async loadSpans(): Promise<void> {
    await attempt(async () => {
      this.spans = new Map((await backend.checkDocument(this.documentId)).map((p) => [p.passage_id, p.spans]));
    });
  }

  /** Marks the document as the agreed text cited as `symbol`; false after a failure (shown). */
  async markAs(symbol: string): Promise<boolean> {
    const marked = await attempt(async () => {
      this.mark = await backend.markAgreed(this.documentId, symbol);
    });
    if (marked) void this.loadSpans();
    return marked;
  }

  async unmark(): Promise<void> {
    const unmarked = await attempt(async () => {
      await backend.unmarkAgreed(this.documentId);
      this.mark = null;
    });
    if (unmarked) void this.loadSpans();
  }
}
