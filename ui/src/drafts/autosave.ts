// Autosave: every change reaches the library soon after the typing pauses
// (`pause`), and at least every `maxWait` while it goes on, so a crash loses
// at most about a second. One save runs at a time; changes made while it
// runs are saved by the next.

export const SAVE_PAUSE_MS = 400;
export const SAVE_MAX_WAIT_MS = 1000;

/** How long to wait, from `now`, before saving changes first made at
 * `firstChange` and last made at `lastChange`. */
export function saveDelay(now: number, firstChange: number, lastChange: number, pause = SAVE_PAUSE_MS, maxWait = SAVE_MAX_WAIT_MS): number {
  return Math.max(0, Math.min(lastChange + pause, firstChange + maxWait) - now);
}

export type SaveStatus = "saved" | "pending" | "saving" | "failed";

export class Autosaver {
  private firstChange: number | null = null;
  private lastChange = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  /** `read` gives the text to save, `write` saves it, `onStatus` hears
   * whether everything is saved. */
  constructor(
    private readonly read: () => string,
    private readonly write: (text: string) => Promise<void>,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** True while some change is not yet in the library. */
  get dirty(): boolean {
    return this.firstChange !== null || this.running !== null;
  }

  /** Notes a change and schedules its save. */
  changed(): void {
    const now = this.now();
    this.firstChange ??= now;
    this.lastChange = now;
    this.onStatus("pending");
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.firstChange === null || this.running) return;
    this.timer = setTimeout(() => void this.save(), saveDelay(this.now(), this.firstChange, this.lastChange));
  }

  /** Saves now whatever has changed, and waits for it (and any save that
   * was already running). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (this.firstChange !== null) await this.save();
  }

  /** Forgets unsaved changes (the text was replaced from the library). */
  reset(): void {
    clearTimeout(this.timer);
    this.firstChange = null;
  }

  private async save(): Promise<void> {
    if (this.running || this.firstChange === null) return;
    this.firstChange = null;
    const text = this.read();
    this.onStatus("saving");
    let failed: unknown = null;
    this.running = this.write(text).catch((error: unknown) => {
      failed = error;
    });
    await this.running;
    this.running = null;
    if (failed !== null) {
      // Try again with the next change, or after a pause.
      this.firstChange ??= this.now();
      this.lastChange = this.now();
      this.onStatus("failed", failed);
      this.timer = setTimeout(() => void this.save(), SAVE_MAX_WAIT_MS * 2);
      return;
    }
    if (this.firstChange !== null) {
      this.onStatus("pending");
      this.schedule();
    } else {
      this.onStatus("saved");
    }
  }
}
