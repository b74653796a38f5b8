// The delegation's talking points as the studio's tab lists them: those
// for one topic of the list (its pillar), or all, narrowed by what is
// typed in the search box after a short pause; and adding, editing and
// deleting one.
// Failures go to the app's error banner.
import * as backend from "../lib/backend";
import type { TalkingPoint } from "../lib/bindings/TalkingPoint";
import type { TalkingPointInput } from "../lib/bindings/TalkingPointInput";
import { Latest, attempt } from "../lib/load.svelte";

/** The topic that lists every talking point. */
export const ALL_TOPICS = "";
/** How long typing in the search box must pause before the list is asked for. */
const TYPING_PAUSE_MS = 200;

export class TalkingPoints {
  query = $state("");
  topic = $state(ALL_TOPICS);
  points = $state.raw<TalkingPoint[]>([]);
  private readonly request = new Latest();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Lists the points for `topic` (all when null). */
  constructor(topic: string | null) {
    this.topic = topic ?? ALL_TOPICS;
  }

  get loaded(): boolean {
    return this.request.loaded;
  }

  async start(): Promise<void> {
    await this.load();
  }

  async load(): Promise<void> {
    const [query, topic] = [this.query.trim() || null, this.topic || null];
    await this.request.run(
      () => backend.listPoints(query, topic, null),
      (points) => (this.points = points),
    );
  }

  /** Lists again once typing pauses. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), TYPING_PAUSE_MS);
  }

  /** Adds (`point.id` null) or rewrites a point, then lists again; false after a failure (shown). */
  async save(point: TalkingPointInput): Promise<boolean> {
    const saved = await attempt(() => backend.savePoint(point));
    if (saved) void this.load();
    return saved;
  }

  remove(id: number): Promise<boolean> {
    return attempt(async () => {
      await backend.deletePoint(id);
      this.points = this.points.filter((p) => p.id !== id);
    });
  }

  /** The tab closes. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
