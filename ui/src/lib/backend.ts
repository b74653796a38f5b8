// The one module that talks to the Tauri shell. Every command the UI uses is
// a typed function here, with its types generated from the Rust side
// (./bindings). Errors arrive as `ApiError` ({kind, message}); anything else
// thrown is wrapped into one, so views only ever handle that shape.
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { ApiError } from "./bindings/ApiError";
import type { ConcordanceLine } from "./bindings/ConcordanceLine";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { Filter } from "./bindings/Filter";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { Layout } from "./bindings/Layout";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import type { ReanalysisReport } from "./bindings/ReanalysisReport";
import type { Reading } from "./bindings/Reading";
import type { ReuseMap } from "./bindings/ReuseMap";
import type { SearchResults } from "./bindings/SearchResults";

export type { ApiError };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ApiError).kind === "string" &&
    typeof (value as ApiError).message === "string"
  );
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isApiError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw { kind: "internal", message } satisfies ApiError;
  }
}

export const libraryInfo = () => call<LibraryInfo>("library_info");

export const listDocuments = (filter: Filter) => call<DocumentSummary[]>("list_documents", { filter });

export const openDocument = (id: number) => call<Reading>("open_document", { id });

export const reuseMap = (id: number) => call<ReuseMap>("reuse_map", { id });

export const updateMetadata = (id: number, field: string, value: string | null) =>
  call<DocumentSummary>("update_metadata", { id, field, value });

/** Cuts a document into paragraphs again in the layout its user chose. */
export const setLayout = (id: number, layout: Layout) => call<Reading>("set_layout", { id, layout });

/** Analyses documents again from their text: every document when `ids` is empty. */
export const reanalyse = (ids: number[]) => call<ReanalysisReport>("reanalyse", { ids });

export const search = (query: string, filter: Filter) => call<SearchResults>("search", { query, filter });

export const concordance = (phrase: string, filter: Filter) =>
  call<ConcordanceLine[]>("concordance", { phrase, filter });

/** Shows the file (or folder) dialog; an empty list when cancelled. */
export const pickImportPaths = (folder: boolean) => call<string[]>("pick_import_paths", { folder });

export function importPaths(paths: string[], onProgress: (progress: ImportProgress) => void) {
  return call<ImportReport>("import_paths", { paths, onProgress: new Channel<ImportProgress>(onProgress) });
}

export function importSamples(onProgress: (progress: ImportProgress) => void) {
  return call<ImportReport>("import_samples", { onProgress: new Channel<ImportProgress>(onProgress) });
}

/** Tells the shell the first view is on screen (the start-up bench waits for it). */
export const libraryShown = (documents: number) => call<null>("library_shown", { documents });

/** Calls `onDrop` with the paths of files dropped on the window, and
 * `onHover` with whether something is being dragged over it. */
export function onFileDrop(onDrop: (paths: string[]) => void, onHover: (hovering: boolean) => void) {
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    if (payload.type === "enter" || payload.type === "over") onHover(true);
    else if (payload.type === "leave") onHover(false);
    else {
      onHover(false);
      if (payload.paths.length > 0) onDrop(payload.paths);
    }
  });
}
