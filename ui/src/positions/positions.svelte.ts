// Positions, asked from the studio or the reader: how the delegation's
// wording of a topic, phrase or paragraph evolved (its timeline), and who
// else says the same or near wording, for a text or for a stored passage.
// Failures go to the app's error banner.
import * as backend from "../lib/backend";
import type { PositionTimeline } from "../lib/bindings/PositionTimeline";
import type { ReuseMatch } from "../lib/bindings/ReuseMatch";
import { attempt } from "../lib/load.svelte";

/** The studio's Positions tab: one answer at a time, a timeline or the other speakers. */
export class Positions {
  timeline = $state.raw<PositionTimeline | null>(null);
  others = $state.raw<ReuseMatch[] | null>(null);
  busy = $state(false);

  /** How the delegation's wording of `text` evolved; in `allLanguages`,
   * a termbase term followed into every language. */
  follow(text: string, allLanguages = false): Promise<void> {
    return this.run(async () => {
      this.others = null;
      this.timeline = await backend.positionTimeline(text, null, allLanguages);
    });
  }

  /** Other speakers with the same or near wording as `text`. */
  whoElse(text: string): Promise<void> {
    return this.run(async () => {
      this.timeline = null;
      this.others = await backend.whoElseSays(text);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    await attempt(work);
    this.busy = false;
  }
}

/** Who else says a stored passage, kept for the passage it was asked of. */
export class PassageSpeakers {
  private asked = $state.raw<{ passage: number; matches: ReuseMatch[] } | null>(null);
  asking = $state(false);

  /** The answer for `passage`, or null when it was not asked of it. */
  of(passage: number): ReuseMatch[] | null {
    return this.asked?.passage === passage ? this.asked.matches : null;
  }

  async ask(passage: number): Promise<void> {
    this.asking = true;
    await attempt(async () => {
      this.asked = { passage, matches: await backend.whoElseSaysPassage(passage) };
    });
    this.asking = false;
  }
}
