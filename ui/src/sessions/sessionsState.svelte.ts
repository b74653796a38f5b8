// The calendar of sessions on screen: the list, and the page of the session
// opened (its drafts, commitments due, talking points and statements).
// Failures go to the app's error banner.
import * as backend from "../lib/backend";
import { app } from "../lib/app.svelte";
import type { DeskAgenda } from "../lib/bindings/DeskAgenda";
import type { Session } from "../lib/bindings/Session";
import type { SessionFile } from "../lib/bindings/SessionFile";

class SessionsState {
  list = $state.raw<Session[]>([]);
  loaded = $state(false);
  file = $state.raw<SessionFile | null>(null);
  /** The home view's summary; null until loaded. */
  agenda = $state.raw<DeskAgenda | null>(null);

  async refresh(): Promise<void> {
    try {
      this.list = await backend.listSessions();
    } catch (error) {
      app.fail(error);
    } finally {
      this.loaded = true;
    }
  }

  async open(key: string): Promise<void> {
    this.file = null;
    try {
      this.file = await backend.sessionFile(key);
    } catch (error) {
      app.fail(error);
    }
  }

  /** Creates or replaces a session; false after a failure (shown). */
  async save(session: Session, replacing: string | null): Promise<boolean> {
    try {
      const saved = await backend.saveSession(session);
      if (replacing !== null && replacing !== saved.key) await backend.deleteSession(replacing);
      await this.refresh();
      if (this.file) await this.open(saved.key);
      return true;
    } catch (error) {
      app.fail(error);
      return false;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await backend.deleteSession(key);
      this.file = null;
      await this.refresh();
      app.show({ name: "sessions" });
    } catch (error) {
      app.fail(error);
    }
  }

  async loadAgenda(): Promise<void> {
    try {
      this.agenda = await backend.deskAgenda();
    } catch (error) {
      app.fail(error);
    }
  }
}

export const sessionsState = new SessionsState();
