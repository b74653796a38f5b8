// The app's state: the library's documents and counts, which view is on
// screen, the running or finished import, and the error to show. Views read
// it and call its methods; only it and the views call the backend.
import * as backend from "./backend";
import type { ApiError } from "./backend";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { Filter } from "./bindings/Filter";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { Language } from "./bindings/Language";
import type { LibraryInfo } from "./bindings/LibraryInfo";

export type View =
  | { name: "library" }
  | { name: "search" }
  | { name: "drafts" }
  | { name: "contacts" }
  | { name: "commitments" }
  | { name: "sessions" }
  | { name: "session"; key: string }
  | { name: "draft"; id: number }
  | { name: "reader"; id: number; ordinal: number | null };

export type ImportRun =
  | { phase: "running"; title: string; progress: ImportProgress | null }
  | { phase: "finished"; title: string; report: ImportReport }
  | { phase: "failed"; title: string; error: ApiError };

export const NO_FILTER: Filter = {
  speaker: null,
  kind: null,
  language: null,
  forum: null,
  topic: null,
  from: null,
  to: null,
};

/** Any thrown value as an ApiError, so every failure has a readable message. */
export function toApiError(error: unknown): ApiError {
  if (backend.isApiError(error)) return error;
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}

class AppState {
  info = $state<LibraryInfo | null>(null);
  documents = $state.raw<DocumentSummary[]>([]);
  /** False until the first load has answered (or failed). */
  loaded = $state(false);
  view = $state<View>({ name: "library" });
  /** Where "Back" goes from the reader. */
  previous = $state<View>({ name: "library" });
  error = $state<ApiError | null>(null);
  /** Why the library could not be read at all, shown in place of the views. */
  openError = $state<ApiError | null>(null);
  /** The encrypted library waiting for its passphrase (its file), if any. */
  locked = $state<string | null>(null);
  importRun = $state<ImportRun | null>(null);
  private languages = $derived(new Map(this.documents.map((doc) => [doc.id, doc.language])));
  /** True while every document is being analysed again. */
  reanalysing = $state(false);

  /** The first load: an encrypted library first asks for its passphrase. */
  async start(): Promise<void> {
    try {
      const access = await backend.libraryAccess();
      if (access.locked) {
        this.locked = access.path;
        this.loaded = true;
        return;
      }
    } catch {
      // The list's own load below says what is wrong.
    }
    await this.refresh();
  }

  /** Unlocks the library and loads it; the error when the passphrase is wrong. */
  async unlock(passphrase: string): Promise<ApiError | null> {
    try {
      await backend.unlockLibrary(passphrase);
    } catch (error) {
      return toApiError(error);
    }
    this.locked = null;
    await this.refresh();
    return null;
  }

  /** Loads the document list, then the library's counts. It returns once
   * the list is in, so the first view does not wait for the counts. */
  async refresh(): Promise<void> {
    try {
      this.documents = await backend.listDocuments(NO_FILTER);
      this.openError = null;
    } catch (error) {
      if (this.loaded) this.fail(error);
      else this.openError = toApiError(error);
      return;
    } finally {
      this.loaded = true;
    }
    void this.refreshInfo();
  }

  async refreshInfo(): Promise<void> {
    try {
      this.info = await backend.libraryInfo();
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    this.error = toApiError(error);
  }

  show(view: View): void {
    if (view.name === "reader" && this.view.name !== "reader") this.previous = this.view;
    this.view = view;
  }

  open(id: number, ordinal: number | null = null): void {
    this.show({ name: "reader", id, ordinal });
  }

  back(): void {
    this.view = this.previous;
  }

  /** A listed document's language, for the text of it that other views
   * quote (concordance lines, reuse sources); null when unknown. */
  languageOf(id: number): Language | null {
    return this.languages.get(id) ?? null;
  }

  /** Replaces one document's summary after its metadata was edited. */
  replaceSummary(summary: DocumentSummary): void {
    this.documents = this.documents.map((doc) => (doc.id === summary.id ? summary : doc));
  }

  /** Analyses every document again (after an upgrade), then reloads the list. */
  async reanalyseAll(): Promise<void> {
    if (this.reanalysing) return;
    this.reanalysing = true;
    try {
      await backend.reanalyse([]);
      await this.refresh();
    } catch (error) {
      this.fail(error);
    } finally {
      this.reanalysing = false;
    }
  }

  async pickAndImport(folder: boolean): Promise<void> {
    try {
      const paths = await backend.pickImportPaths(folder);
      if (paths.length > 0) await this.importPaths(paths);
    } catch (error) {
      this.fail(error);
    }
  }

  importPaths(paths: string[]): Promise<void> {
    const title = paths.length === 1 ? "Importing 1 item" : `Importing ${paths.length} items`;
    return this.runImport(title, (onProgress) => backend.importPaths(paths, onProgress));
  }

  importSamples(): Promise<void> {
    return this.runImport("Opening the sample library", backend.importSamples);
  }

  private async runImport(
    title: string,
    start: (onProgress: (progress: ImportProgress) => void) => Promise<ImportReport>,
  ): Promise<void> {
    if (this.importRun?.phase === "running") return;
    this.importRun = { phase: "running", title, progress: null };
    try {
      const report = await start((progress) => {
        if (this.importRun?.phase === "running") this.importRun = { ...this.importRun, progress };
      });
      this.importRun = { phase: "finished", title, report };
      await this.refresh();
    } catch (error) {
      this.importRun = { phase: "failed", title, error: toApiError(error) };
    }
  }
}

export const app = new AppState();
