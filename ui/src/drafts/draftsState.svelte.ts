// The list of drafts and the templates a new one starts from, kept while
// the user moves between views so that the list comes back as it was.
import * as backend from "../lib/backend";
import type { DraftSummary } from "../lib/bindings/DraftSummary";
import type { Template } from "../lib/bindings/Template";
import { app } from "../lib/app.svelte";

class DraftsState {
  list = $state.raw<DraftSummary[]>([]);
  loaded = $state(false);
  templates = $state.raw<Template[]>([]);
  cursor = $state(-1);

  async refresh(): Promise<void> {
    try {
      this.list = await backend.listDrafts();
    } catch (error) {
      app.fail(error);
    } finally {
      this.loaded = true;
    }
  }

  async loadTemplates(): Promise<void> {
    try {
      this.templates = await backend.draftTemplates();
    } catch (error) {
      app.fail(error);
    }
  }

  /** Creates a draft and opens it in the studio. */
  async create(title: string, template: string | null): Promise<boolean> {
    try {
      const draft = await backend.createDraft(title, template);
      this.replace(draft.summary);
      app.show({ name: "draft", id: draft.summary.id });
      return true;
    } catch (error) {
      app.fail(error);
      return false;
    }
  }

  /** Puts a draft's new summary into the list (or adds it). */
  replace(summary: DraftSummary): void {
    const known = this.list.some((d) => d.id === summary.id);
    this.list = known ? this.list.map((d) => (d.id === summary.id ? summary : d)) : [summary, ...this.list];
  }

  async remove(id: number): Promise<void> {
    try {
      await backend.deleteDraft(id);
      this.list = this.list.filter((d) => d.id !== id);
    } catch (error) {
      app.fail(error);
    }
  }
}

export const draftsState = new DraftsState();
