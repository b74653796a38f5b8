// The list of drafts and the templates a new one starts from, kept while
// the user moves between views so that the list comes back as it was.
import * as backend from "../lib/backend";
import type { Chair } from "../lib/bindings/Chair";
import type { DraftSummary } from "../lib/bindings/DraftSummary";
import type { Language } from "../lib/bindings/Language";
import type { Template } from "../lib/bindings/Template";
import { app } from "../lib/app.svelte";
import { Latest, attempt } from "../lib/load.svelte";

class DraftsState {
  list = $state.raw<DraftSummary[]>([]);
  templates = $state.raw<Template[]>([]);
  cursor = $state(-1);
  private readonly request = new Latest();

  get loaded(): boolean {
    return this.request.loaded;
  }

  async refresh(): Promise<void> {
    await this.request.run(backend.listDrafts, (list) => (this.list = list));
  }

  /** The templates as a draft in `language`, to `chair`, starts from them. */
  async loadTemplates(language: Language, chair: Chair): Promise<void> {
    await attempt(async () => {
      this.templates = await backend.draftTemplates(language, chair);
    });
  }

  /** Creates a draft and opens it in the studio; false after a failure (shown). */
  create(title: string, template: string | null, language: Language, chair: Chair): Promise<boolean> {
    return attempt(async () => {
      const draft = await backend.createDraft(title, template, language, chair);
      this.replace(draft.summary);
      app.show({ name: "draft", id: draft.summary.id });
    });
  }

  /** Puts a draft's new summary into the list (or adds it). */
  replace(summary: DraftSummary): void {
    const known = this.list.some((d) => d.id === summary.id);
    this.list = known ? this.list.map((d) => (d.id === summary.id ? summary : d)) : [summary, ...this.list];
  }

  async remove(id: number): Promise<void> {
    await attempt(async () => {
      await backend.deleteDraft(id);
      this.list = this.list.filter((d) => d.id !== id);
    });
  }
}

export const draftsState = new DraftsState();
