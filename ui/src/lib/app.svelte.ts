// The app's state: the library's documents and counts, which view is on
// screen, and the running or finished import. Views read it and call its
// methods.
import * as backend from "./backend";
import type { ApiError } from "./backend";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { Filter } from "./bindings/Filter";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { Language } from "./bindings/Language";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import { t } from "./i18n";
import { attempt, fail, toApiError } from "./load.svelte";

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

/** An import's heading is written when shown, in the language of the moment. */
type Heading = () => string;

export type ImportRun =
  | { phase: "running"; title: Heading; progress: ImportProgress | null }
  | { phase: "finished"; title: Heading; report: ImportReport }
  | { phase: "failed"; title: Heading; error: ApiError };

export const NO_FILTER: Filter = {
  speaker: null,
  kind: null,
  language: null,
  forum: null,
  topic: null,
  from: null,
  to: null,
};

class AppState {
  info = $state<LibraryInfo | null>(null);
  documents = $state.raw<DocumentSummary[]>([]);
  /** False until the first load has answered (or failed). */
  loaded = $state(false);
  view = $state<View>({ name: "library" });
  /** Where "Back" goes from the reader. */
  previous = $state<View>({ name: "library" });
  /** Why the library could not be read at all, shown in place of the views. */
  openError = $state<ApiError | null>(null);
  /** The encrypted library waiting for its passphrase (its file), if any. */
  locked = $state<string | null>(null);
  importRun = $state<ImportRun | null>(null);
  private languages = $derived(new Map(this.documents.map((doc) => [doc.id, doc.language])));
  /** True while every document is being analysed again. */
  reanalysing = $state(false);

  /** The first load: an encrypted library first asks for its passphrase.
   * When its state cannot be read, the list's own load says what is wrong. */
  async start(): Promise<void> {
    const access = await backend.libraryAccess().catch(() => null);
    if (access?.locked) {
      this.locked = access.path;
      this.loaded = true;
      return;
    }
    await this.refresh();
  }

  /** Unlocks the library and loads it; the error when the passphrase is wrong. */
  async unlock(passphrase: string): Promise<ApiError | null> {
    const problem = await backend.unlockLibrary(passphrase).then(() => null, toApiError);
    if (problem) return problem;
    this.locked = null;
    await this.refresh();
    return null;
  }

  /** Loads the document list, then the library's counts. It returns once
   * the list is in, so the first view does not wait for the counts. */
  async refresh(): Promise<void> {
    const listed = await attempt(
      async () => {
        this.documents = await backend.listDocuments(NO_FILTER);
        this.openError = null;
      },
      (error) => (this.loaded ? fail(error) : (this.openError = toApiError(error))),
    );
    this.loaded = true;
    if (listed) void this.refreshInfo();
  }

  async refreshInfo(): Promise<void> {
    await attempt(async () => {
      this.info = await backend.libraryInfo();
    });
  }

  /** Imports what is dropped on the window; `hover` hears whether something
   * is being dragged over it. Resolves to the function that stops listening. */
  listenForDrops(hover: (hovering: boolean) => void): Promise<() => void> {
    return backend.onFileDrop((paths) => void this.importPaths(paths), hover);
  }

  /** Tells the shell the first view is on screen (the start-up bench waits for it). */
  reportShown(): void {
    void backend.libraryShown(this.documents.length).catch(() => {});
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
    await attempt(async () => {
      await backend.reanalyse([]);
      await this.refresh();
    });
    this.reanalysing = false;
  }

  async pickAndImport(folder: boolean): Promise<void> {
    await attempt(async () => {
      const paths = await backend.pickImportPaths(folder);
      if (paths.length > 0) await this.importPaths(paths);
    });
  }

  importPaths(paths: string[]): Promise<void> {
    const title = () => t("documents.import.importingItems", { count: paths.length });
    return this.runImport(title, (onProgress) => backend.importPaths(paths, onProgress));
  }

  importSamples(): Promise<void> {
    return this.runImport(() => t("documents.import.openingSamples"), backend.importSamples);
  }

  private async runImport(
    title: Heading,
    start: (onProgress: (progress: ImportProgress) => void) => Promise<ImportReport>,
  ): Promise<void> {
    if (this.importRun?.phase === "running") return;
    this.importRun = { phase: "running", title, progress: null };
    await attempt(
      async () => {
        const report = await start((progress) => {
          if (this.importRun?.phase === "running") this.importRun = { ...this.importRun, progress };
        });
        this.importRun = { phase: "finished", title, report };
        await this.refresh();
      },
      (error) => (this.importRun = { phase: "failed", title, error: toApiError(error) }),
    );
  }
}

export const app = new AppState();
