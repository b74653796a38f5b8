// The Points of Contact directory on screen: the list with its search and
// filters, the entry chosen and its log, and the last import or export.
// Kept while the user moves between views. Every failure goes to the app's
// error banner.
import * as backend from "../lib/backend";
import { app } from "../lib/app.svelte";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactFields } from "../lib/bindings/ContactFields";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import type { ContactLogEntry } from "../lib/bindings/ContactLogEntry";
import type { ContactLogKind } from "../lib/bindings/ContactLogKind";
import type { ContactOutcome } from "../lib/bindings/ContactOutcome";
import type { PocType } from "../lib/bindings/PocType";
import { statesOf } from "./contacts";

export type ContactImportRun =
  | { phase: "running"; rows: number }
  | { phase: "finished"; report: ContactImportReport }
  | { phase: "failed"; message: string };

class ContactsState {
  list = $state.raw<Contact[]>([]);
  /** Every State in the directory, whatever the filters. */
  states = $state.raw<string[]>([]);
  loaded = $state(false);
  loading = $state(false);
  query = $state("");
  state = $state<string | null>(null);
  pocType = $state<PocType | null>(null);
  selectedId = $state<number | null>(null);
  log = $state.raw<ContactLogEntry[]>([]);
  staleMonths = $state(6);
  importRun = $state<ContactImportRun | null>(null);
  exported = $state<string | null>(null);
  private asked = 0;

  selected = $derived(this.list.find((c) => c.id === this.selectedId) ?? null);

  async refresh(): Promise<void> {
    const ask = ++this.asked;
    this.loading = true;
    try {
      const [list, all] = await Promise.all([
        backend.listContacts(this.query.trim() || null, this.state, this.pocType),
        backend.listContacts(null, null, null),
      ]);
      if (ask !== this.asked) return; // a later search has answered or will
      this.list = list;
      this.states = statesOf(all);
    } catch (error) {
      app.fail(error);
    } finally {
      if (ask === this.asked) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  async loadStaleMonths(): Promise<void> {
    try {
      this.staleMonths = await backend.staleMonths();
    } catch (error) {
      app.fail(error);
    }
  }

  async setStaleMonths(months: number): Promise<void> {
    try {
      await backend.setStaleMonths(months);
      this.staleMonths = months;
      await this.refresh();
    } catch (error) {
      app.fail(error);
    }
  }

  async select(id: number | null): Promise<void> {
    this.selectedId = id;
    this.log = [];
    if (id === null) return;
    try {
      this.log = await backend.contactLog(id);
    } catch (error) {
      app.fail(error);
    }
  }

  /** Saves the form; the entry saved, or null after a failure (shown). */
  async save(id: number | null, fields: ContactFields): Promise<Contact | null> {
    try {
      const contact = await backend.saveContact(id, fields);
      await this.refresh();
      await this.select(contact.id);
      return contact;
    } catch (error) {
      app.fail(error);
      return null;
    }
  }

  async remove(id: number): Promise<void> {
    try {
      await backend.deleteContact(id);
      if (this.selectedId === id) await this.select(null);
      await this.refresh();
    } catch (error) {
      app.fail(error);
    }
  }

  async logTry(id: number, date: string, kind: ContactLogKind, outcome: ContactOutcome, note: string | null): Promise<boolean> {
    try {
      const contact = await backend.logContact(id, date, kind, outcome, note);
      this.list = this.list.map((c) => (c.id === contact.id ? contact : c));
      this.log = await backend.contactLog(id);
      return true;
    } catch (error) {
      app.fail(error);
      return false;
    }
  }

  async importCsv(): Promise<void> {
    if (this.importRun?.phase === "running") return;
    this.importRun = { phase: "running", rows: 0 };
    try {
      const report = await backend.importContacts((rows) => {
        if (this.importRun?.phase === "running") this.importRun = { phase: "running", rows };
      });
      this.importRun = report ? { phase: "finished", report } : null;
      await this.refresh();
    } catch (error) {
      this.importRun = { phase: "failed", message: backend.isApiError(error) ? error.message : String(error) };
    }
  }

  async exportAs(format: "csv" | "vcard"): Promise<void> {
    try {
      const path = await backend.exportContacts(format);
      if (path) this.exported = path;
    } catch (error) {
      app.fail(error);
    }
  }
}

export const contactsState = new ContactsState();
