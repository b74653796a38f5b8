// The list of topics on screen, shared by every picker (drafts, talking
// points, commitments), and the values on no list (sessions or topics
// written before the lists, or since taken off them) for a person to sort
// out: add to the list, or merge into a value on it. Failures go to the
// app's error banner.
import * as backend from "../lib/backend";
import type { Topic } from "../lib/bindings/Topic";
import type { UnlistedValue } from "../lib/bindings/UnlistedValue";
import { Latest, attempt } from "../lib/load.svelte";

class TopicsState {
  list = $state.raw<Topic[]>([]);
  unlisted = $state.raw<UnlistedValue[]>([]);
  private readonly request = new Latest();

  get loaded(): boolean {
    return this.request.loaded;
  }

  /** The topics' names, by name. */
  names = $derived(this.list.map((t) => t.name));

  async refresh(): Promise<void> {
    await this.request.run(
      () => Promise.all([backend.listTopics(), backend.unlistedValues()]),
      ([list, unlisted]) => {
        this.list = list;
        this.unlisted = unlisted;
      },
    );
  }

  /** Loads the list once, for a picker. */
  async ensure(): Promise<void> {
    if (!this.loaded) await this.refresh();
  }

  /** Adds a topic; its name as kept, or null after a failure (shown). */
  async add(name: string): Promise<string | null> {
    let kept: string | null = null;
    await attempt(async () => {
      kept = await backend.addTopic(name);
      await this.refresh();
    });
    return kept;
  }

  rename(from: string, to: string): Promise<boolean> {
    return attempt(async () => {
      await backend.renameTopic(from, to);
      await this.refresh();
    });
  }

  remove(name: string): Promise<boolean> {
    return attempt(async () => {
      await backend.deleteTopic(name);
      await this.refresh();
    });
  }

  /** Merges `from` (a topic or a value on no list) into the topic `into`. */
  merge(from: string, into: string): Promise<boolean> {
    return attempt(async () => {
      await backend.mergeTopic(from, into);
      await this.refresh();
    });
  }

  /** Merges `from` (a session or a value on no list) into the session `into`. */
  mergeSession(from: string, into: string): Promise<boolean> {
    return attempt(async () => {
      await backend.mergeSession(from, into);
      await this.refresh();
    });
  }
}

export const topicsState = new TopicsState();
