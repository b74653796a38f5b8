// Small formatting helpers shared by the views: dates as diplomats write
// them, counts with their noun, language names for ISO codes, and headings
// for errors.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2021-12-13" → "13 Dec 2021"; anything else is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** "1 document", "2 documents"; "-s" unless a plural is given. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;
}

/** A language's name from its ISO code, given the library's list of
 * [code, name] pairs; the code itself when it is not in the list. */
export function languageName(code: string | null | undefined, languages: readonly [string, string][]): string {
  if (!code) return "";
  return languages.find(([known]) => known === code)?.[1] ?? code;
}

/** The last part of a path, for lists of imported files. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Forum and session on one line, whichever are known. */
export function forumAndSession(forum: string | null, session: string | null): string {
  return [forum, session].filter((part) => part).join(" · ");
}

const ERROR_TITLES: Record<string, string> = {
  bad_input: "This file cannot be imported",
  invalid_field: "This value cannot be saved",
  invalid_query: "This search cannot be run",
  not_found: "Not found",
  io: "A file could not be read",
  database: "The library file has a problem",
  migration: "The library file could not be upgraded",
  dialog: "The file dialog failed",
};

/** A heading for an error, from its kind. */
export function errorTitle(kind: string): string {
  return ERROR_TITLES[kind] ?? "Something went wrong";
}

/** A file's failure reason without the path the core puts in front of it,
 * for lists that already show the file's name. */
export function reasonFor(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/** "2 documents imported · 1 failed": what an import did, in one line. */
export function importSummary(report: { imported: number; duplicates: number; skipped: number; failed: number }): string {
  const parts = [`${count(report.imported, "document")} imported`];
  if (report.duplicates) parts.push(`${report.duplicates} already in the library`);
  if (report.skipped) parts.push(`${report.skipped} skipped`);
  if (report.failed) parts.push(`${report.failed} failed`);
  return parts.join(" · ");
}

/** A kind as a label: "press release" → "Press release". */
export function kindLabel(kind: string | null | undefined): string {
  return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "";
}
