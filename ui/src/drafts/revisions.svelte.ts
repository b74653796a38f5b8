// The revisions of the draft open in the studio, newest first, and the
// comparison the Revisions tab shows: the revision chosen against another
// (by default the one before it) or the text as it is now, word by word
// from the older to the newer. Restoring one puts it back through the
// studio, which keeps the current text as a revision first.
import type { Revision } from "../lib/bindings/Revision";
import * as backend from "../lib/backend";
import { attempt } from "../lib/load.svelte";
import { revisionChanges, revisionDiff } from "./revisionDiff";
import type { Studio } from "./studio.svelte";

/** The text as it is now, compared like a revision. */
export const NOW = -1;

export class Revisions {
  list = $state.raw<Revision[]>([]);
  loaded = $state(false);
  /** The revision chosen. */
  from = $state<number | null>(null);
  /** What it is compared with: another revision, or `NOW`. */
  to = $state<number>(NOW);
  private texts = $state<{ earlier: string; later: string } | null>(null);
  private bodies = new Map<number, string>();

  runs = $derived(this.texts ? revisionDiff(this.texts.earlier, this.texts.later) : []);
  changes = $derived(revisionChanges(this.runs));
  chosen = $derived(this.list.find((r) => r.id === this.from) ?? null);

  constructor(private readonly studio: Studio) {}

  /** Lists the revisions (after saving what is typed) and chooses the newest. */
  async load(): Promise<void> {
    await attempt(async () => {
      await this.studio.flush();
      this.list = await backend.draftRevisions(this.studio.id);
      this.bodies = new Map();
      if (this.from === null && this.list[0]) await this.choose(this.list[0].id);
    });
    this.loaded = true;
  }

  /** Chooses a revision, compared with the one before it (or the text now). */
  async choose(id: number): Promise<void> {
    this.from = id;
    const at = this.list.findIndex((r) => r.id === id);
    this.to = this.list[at + 1]?.id ?? NOW;
    await this.compare();
  }

  async compare(): Promise<void> {
    const from = this.from;
    if (from === null) return;
    await attempt(async () => {
      const [older, newer] = this.rank(from) < this.rank(this.to) ? [from, this.to] : [this.to, from];
      const [earlier, later] = await Promise.all([this.body(older), this.body(newer)]);
      this.texts = { earlier, later };
    });
  }

  /** Puts the chosen revision back, then lists the revisions again; false when it failed (shown). */
  async restore(): Promise<boolean> {
    if (this.from === null || !(await this.studio.restore(this.from))) return false;
    this.from = null;
    await this.load();
    return true;
  }

  /** How recent a revision is (the text now is the most recent). */
  private rank(id: number): number {
    return id === NOW ? Infinity : (this.list.find((r) => r.id === id)?.number ?? 0);
  }

  private async body(id: number): Promise<string> {
    if (id === NOW) return this.studio.text();
    const known = this.bodies.get(id);
    if (known !== undefined) return known;
    const text = await backend.revisionBody(this.studio.id, id);
    this.bodies.set(id, text);
    return text;
  }
}
