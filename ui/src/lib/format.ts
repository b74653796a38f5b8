// Small formatting helpers shared by the views: dates as diplomats write
// them, counts with their noun, language names for ISO codes, metadata
// fields as shown, and headings for errors.

import type { ApiErrorKind } from "./bindings/ApiErrorKind";
import type { Field } from "./bindings/Field";
import type { FieldInfo } from "./bindings/FieldInfo";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import type { Metadata } from "./bindings/Metadata";

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

/** A heading for every kind of error the app can receive; the type makes
 * a new kind without a title fail the type check. */
export const ERROR_TITLES: Record<ApiErrorKind, string> = {
  bad_input: "This file cannot be imported",
  unsupported_format: "Plenary does not read this kind of file",
  invalid_field: "This value cannot be saved",
  invalid_query: "This search cannot be run",
  not_found: "Not found",
  io: "A file could not be read",
  database: "The library file has a problem",
  migration: "The library file could not be upgraded",
  dialog: "The file dialog failed",
  internal: "Something went wrong",
};

/** A heading for an error, from its kind. */
export function errorTitle(kind: ApiErrorKind): string {
  return ERROR_TITLES[kind] ?? "Something went wrong";
}

/** A metadata field of a document as the text the editor edits. */
export function fieldText(doc: Metadata, field: Field): string | null {
  if (field === "tags") return doc.tags.length ? doc.tags.join(", ") : null;
  return doc[field] ?? null;
}

/** A field's value as shown: a date as diplomats write it, a choice by its
 * label ("French" for "fr"). */
export function shownValue(info: FieldInfo, value: string | null): string {
  if (value === null) return "";
  if (info.field === "date") return formatDate(value);
  if (info.field === "kind") return kindLabel(value);
  return info.choices.find(([stored]) => stored === value)?.[1] ?? value;
}

/** The [code, name] pairs of the languages the library knows. */
export function languagesOf(info: LibraryInfo | null): [string, string][] {
  return info?.fields.find((f) => f.field === "language")?.choices ?? [];
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
