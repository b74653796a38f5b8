// The safekeeping dialog's state: the library's encryption and backups as
// the shell last reported them, the step under way (a backup or a
// passphrase change can take seconds), and what the last step did or why
// it failed. Each step answers with the whole picture, so it stays true.
import * as backend from "../lib/backend";
import type { Safekeeping } from "../lib/backend";
import { app, toApiError } from "../lib/app.svelte";

class SafekeepingState {
  /** The dialog is open. */
  open = $state(false);
  value = $state<Safekeeping | null>(null);
  /** The step under way, in words ("Backing up…"), or null. */
  busy = $state<string | null>(null);
  /** What the last step did, in words. */
  notice = $state<string | null>(null);
  /** Why the last step failed. */
  problem = $state<string | null>(null);

  async show(): Promise<void> {
    this.open = true;
    this.notice = null;
    this.problem = null;
    try {
      this.value = await backend.safekeeping();
    } catch (error) {
      this.problem = toApiError(error).message;
    }
  }

  close(): void {
    if (this.busy === null) this.open = false;
  }

  /** Runs one step; true when it succeeded. */
  async step(busy: string, work: () => Promise<Safekeeping>, done: (value: Safekeeping) => string): Promise<boolean> {
    this.busy = busy;
    this.notice = null;
    this.problem = null;
    try {
      this.value = await work();
      this.notice = done(this.value);
      void app.refreshInfo();
      return true;
    } catch (error) {
      this.problem = toApiError(error).message;
      return false;
    } finally {
      this.busy = null;
    }
  }
}

export const safekeepingState = new SafekeepingState();
