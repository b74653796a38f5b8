// The Points of Contact directory on screen: the list with its search and
// filters, the entry chosen and its log, the States an entry may be of, and
// the import under way (its mapping step, then its progress and report) or
// the last export. Kept while the user moves between views. Every failure
// goes to the app's error banner.
import * as backend from "../lib/backend";
import { Latest, attempt, toApiError } from "../lib/load.svelte";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactFields } from "../lib/bindings/ContactFields";
import type { ContactFilePreview } from "../lib/bindings/ContactFilePreview";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import type { ContactMapping } from "../lib/bindings/ContactMapping";
import type { MappingSource } from "../lib/bindings/MappingSource";
import type { ContactLogEntry } from "../lib/bindings/ContactLogEntry";
import type { ContactLogKind } from "../lib/bindings/ContactLogKind";
import type { ContactOutcome } from "../lib/bindings/ContactOutcome";
import type { PocType } from "../lib/bindings/PocType";
import { statesOf } from "./contacts";

export type ContactImportRun =
  | { phase: "mapping"; preview: ContactFilePreview; mapping: ContactMapping }
  | { phase: "running"; rows: number }
  | { phase: "finished"; report: ContactImportReport }
  | { phase: "failed"; message: string };

class ContactsState {
  list = $state.raw<Contact[]>([]);
  /** Every State in the directory, whatever the filters. */
  states = $state.raw<string[]>([]);
  query = $state("");
  state = $state<string | null>(null);
  pocType = $state<PocType | null>(null);
  selectedId = $state<number | null>(null);
  log = $state.raw<ContactLogEntry[]>([]);
  staleMonths = $state(6);
  importRun = $state<ContactImportRun | null>(null);
  /** The canonical names of the States, for the entry form. */
  stateNames = $state.raw<string[]>([]);
  exported = $state<string | null>(null);
  private readonly request = new Latest();

  selected = $derived(this.list.find((c) => c.id === this.selectedId) ?? null);

  get loaded(): boolean {
    return this.request.loaded;
  }

  get loading(): boolean {
    return this.request.loading;
  }

  async refresh(): Promise<void> {
    await this.request.run(
      () => Promise.all([backend.listContacts(this.query.trim() || null, this.state, this.pocType), backend.listContacts(null, null, null)]),
      ([list, all]) => {
        this.list = list;
        this.states = statesOf(all);
      },
    );
  }

  async loadStateNames(): Promise<void> {
    if (this.stateNames.length > 0) return;
    await attempt(async () => {
      this.stateNames = await backend.stateNames();
    });
  }

  async loadStaleMonths(): Promise<void> {
    await attempt(async () => {
      this.staleMonths = await backend.staleMonths();
    });
  }

  async setStaleMonths(months: number): Promise<void> {
    await attempt(async () => {
      await backend.setStaleMonths(months);
      this.staleMonths = months;
      await this.refresh();
    });
  }

  async select(id: number | null): Promise<void> {
    this.selectedId = id;
    this.log = [];
    if (id === null) return;
    await attempt(async () => {
      this.log = await backend.contactLog(id);
    });
  }

  /** Saves the form and shows the entry; false after a failure (shown). */
  save(id: number | null, fields: ContactFields): Promise<boolean> {
    return attempt(async () => {
      const contact = await backend.saveContact(id, fields);
      await this.refresh();
      await this.select(contact.id);
    });
  }

  async remove(id: number): Promise<void> {
    await attempt(async () => {
      await backend.deleteContact(id);
      if (this.selectedId === id) await this.select(null);
      await this.refresh();
    });
  }

  logTry(id: number, date: string, kind: ContactLogKind, outcome: ContactOutcome, note: string | null): Promise<boolean> {
    return attempt(async () => {
      const contact = await backend.logContact(id, date, kind, outcome, note);
      this.list = this.list.map((c) => (c.id === contact.id ? contact : c));
      this.log = await backend.contactLog(id);
    });
  }

  /** Asks for a contacts file and shows its mapping step. */
  async pickFile(): Promise<void> {
    if (this.importRun?.phase === "running") return;
    await attempt(async () => {
      const preview = await backend.pickContactsFile(null);
      this.importRun = preview ? { phase: "mapping", preview, mapping: structuredClone(preview.mapping) } : null;
    });
  }

  /** Reads the picked file's columns as `preset`'s again. */
  async usePreset(preset: MappingSource): Promise<void> {
    const run = this.importRun;
    if (run?.phase !== "mapping") return;
    await attempt(async () => {
      const preview = await backend.previewPickedContacts(preset);
      this.importRun = { phase: "mapping", preview, mapping: { ...preview.mapping, poc_type: run.mapping.poc_type } };
    });
  }

  /** Imports the picked file through the mapping shown. */
  async importPicked(): Promise<void> {
    const run = this.importRun;
    if (run?.phase !== "mapping") return;
    const mapping = $state.snapshot(run.mapping) as ContactMapping;
    this.importRun = { phase: "running", rows: 0 };
    await attempt(
      async () => {
        const report = await backend.importPickedContacts(mapping, (rows) => {
          if (this.importRun?.phase === "running") this.importRun = { phase: "running", rows };
        });
        this.importRun = { phase: "finished", report };
        await this.refresh();
      },
      (error) => (this.importRun = { phase: "failed", message: toApiError(error).message }),
    );
  }

  async exportAs(format: "csv" | "vcard"): Promise<void> {
    await attempt(async () => {
      const path = await backend.exportContacts(format);
      if (path) this.exported = path;
    });
  }
}

export const contactsState = new ContactsState();
