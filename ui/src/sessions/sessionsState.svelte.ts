// The calendar of sessions on screen: the list, the page of the session
// opened (its drafts, commitments due, talking points and statements), and
// the calendar's last export. Failures go to the app's error banner.
import * as backend from "../lib/backend";
import { app } from "../lib/app.svelte";
import type { DeskAgenda } from "../lib/bindings/DeskAgenda";
import type { Session } from "../lib/bindings/Session";
import type { SessionFile } from "../lib/bindings/SessionFile";
import { Latest, attempt } from "../lib/load.svelte";

class SessionsState {
  list = $state.raw<Session[]>([]);
  file = $state.raw<SessionFile | null>(null);
  /** The home view's summary; null until loaded. */
  agenda = $state.raw<DeskAgenda | null>(null);
  /** Where the calendar was last exported. */
  exported = $state<string | null>(null);
  private readonly request = new Latest();

  get loaded(): boolean {
    return this.request.loaded;
  }

  async refresh(): Promise<void> {
    await this.request.run(backend.listSessions, (list) => (this.list = list));
  }

  async open(key: string): Promise<void> {
    this.file = null;
    await attempt(async () => {
      this.file = await backend.sessionFile(key);
    });
  }

  /** Creates or replaces a session; its key, or null after a failure (shown). */
  async save(session: Session, replacing: string | null): Promise<string | null> {
    let key: string | null = null;
    await attempt(async () => {
      const saved = await backend.saveSession(session);
      if (replacing !== null && replacing !== saved.key) await backend.deleteSession(replacing);
      await this.refresh();
      if (this.file) await this.open(saved.key);
      key = saved.key;
    });
    return key;
  }

  /** Writes the calendar (sessions and due dates) as an iCalendar file
   * where the user chooses. */
  async exportCalendar(): Promise<void> {
    await attempt(async () => {
      const path = await backend.exportCalendar();
      if (path) this.exported = path;
    });
  }

  async remove(key: string): Promise<void> {
    await attempt(async () => {
      await backend.deleteSession(key);
      this.file = null;
      await this.refresh();
      app.show({ name: "sessions" });
    });
  }

  async loadAgenda(): Promise<void> {
    await attempt(async () => {
      this.agenda = await backend.deskAgenda();
    });
  }
}

export const sessionsState = new SessionsState();
