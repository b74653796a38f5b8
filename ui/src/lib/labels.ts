// The words for the core's values, in the interface language: error
// headings by kind, document kinds, metadata fields and their values, and
// what an import did.
import type { ApiErrorKind } from "./bindings/ApiErrorKind";
import type { Field } from "./bindings/Field";
import type { FieldInfo } from "./bindings/FieldInfo";
import type { Kind } from "./bindings/Kind";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import type { Metadata } from "./bindings/Metadata";
import { formatDate, languageName } from "./format";
import { t } from "./i18n";

const KINDS: readonly Kind[] = ["statement", "press release", "talking points", "report", "note", "working paper", "explanation of vote", "national position"];

/** A heading for an error, from its kind. */
export function errorTitle(kind: ApiErrorKind): string {
  return t(`errors.${kind}`);
}

/** A document's kind as a label: "press release" → "Press release"
 * ("Communiqué de presse"); a kind the app does not know, as stored. */
export function kindLabel(kind: string | null | undefined): string {
  if (!kind) return "";
  if (KINDS.includes(kind as Kind)) return t(`kinds.${kind as Kind}`);
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** A metadata field's name. */
export function fieldLabel(field: Field): string {
  return t(`fields.${field}`);
}

/** A metadata field of a document as the text the editor edits. */
export function fieldText(doc: Metadata, field: Field): string | null {
  if (field === "tags") return doc.tags.length ? doc.tags.join(", ") : null;
  return doc[field] ?? null;
}

/** A field's value as shown: a date in the locale's way, a kind or a
 * language by its name ("French" for "fr"). */
export function shownValue(field: Field, value: string | null): string {
  if (value === null) return "";
  if (field === "date") return formatDate(value);
  if (field === "kind") return kindLabel(value);
  if (field === "language") return languageName(value);
  return value;
}

/** A field's choices as (stored value, label) in the interface language;
 * empty when any text is accepted. */
export function fieldChoices(info: FieldInfo): [string, string][] {
  return info.choices.map(([stored]) => [stored, shownValue(info.field, stored)]);
}

/** The codes of the languages the library knows. */
export function languagesOf(info: LibraryInfo | null): string[] {
  return (info?.fields.find((f) => f.field === "language")?.choices ?? []).map(([code]) => code);
}

/** "2 documents imported · 1 failed": what an import did, in one line. */
export function importSummary(report: { imported: number; duplicates: number; skipped: number; failed: number }): string {
  const parts = [t("documents.import.imported", { count: report.imported })];
  if (report.duplicates) parts.push(t("documents.import.duplicates", { count: report.duplicates }));
  if (report.skipped) parts.push(t("documents.import.skipped", { count: report.skipped }));
  if (report.failed) parts.push(t("documents.import.failed", { count: report.failed }));
  return parts.join(" · ");
}
