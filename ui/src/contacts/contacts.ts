// The Points of Contact directory as the UI shows it: its lists of values, the entry
// form's text fields and their conversion to what the core stores, and an
// import report as one list of rows. No state, so that tests read it alone.
import type { Contact } from "../lib/bindings/Contact";
import type { ContactFields } from "../lib/bindings/ContactFields";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import type { ContactLogKind } from "../lib/bindings/ContactLogKind";
import type { ContactOutcome } from "../lib/bindings/ContactOutcome";
import type { PocType } from "../lib/bindings/PocType";
import { formatDate } from "../lib/format";
import { t } from "../lib/i18n";

export const POC_TYPES: readonly PocType[] = ["diplomatic", "technical"];

export const LOG_KINDS: readonly ContactLogKind[] = ["call", "email", "ping_test"];

export const OUTCOMES: readonly ContactOutcome[] = ["answered", "no_answer", "failed"];

/** The form's fields, every one a string as the inputs hold it. */
export type ContactForm = { [K in keyof ContactFields]: K extends "poc_type" ? PocType : string };

export function emptyForm(): ContactForm {
  return {
    state: "",
    poc_type: "diplomatic",
    full_name: "",
    position: "",
    institution: "",
    email: "",
    phone: "",
    languages: "",
    time_zone: "",
    notes: "",
    last_verified: "",
  };
}

export function formOf(contact: Contact): ContactForm {
  const form = emptyForm();
  for (const key of Object.keys(form) as (keyof ContactForm)[]) {
    const value = contact[key];
    (form as Record<string, string>)[key] = value ?? "";
  }
  return form;
}

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/** What the core is given: text trimmed, an empty field as null. Notes
 * keep their inner line breaks. */
export function fieldsOf(form: ContactForm): ContactFields {
  return {
    state: form.state.trim(),
    poc_type: form.poc_type,
    full_name: form.full_name.trim(),
    position: blankToNull(form.position),
    institution: blankToNull(form.institution),
    email: blankToNull(form.email),
    phone: blankToNull(form.phone),
    languages: blankToNull(form.languages),
    time_zone: blankToNull(form.time_zone),
    notes: blankToNull(form.notes),
    last_verified: blankToNull(form.last_verified),
  };
}

/** Why the form cannot be saved yet, or null. The core checks the rest
 * (the email's shape, the date) and says so by field. */
export function formProblem(form: ContactForm): string | null {
  if (form.state.trim() === "") return t("contacts.form.needState");
  if (form.full_name.trim() === "") return t("contacts.form.needName");
  return null;
}

/** "Verified 3 Mar 2025", or "Never verified". */
export function verifiedLabel(contact: Contact): string {
  return contact.last_verified ? t("contacts.verified", { date: formatDate(contact.last_verified) }) : t("contacts.neverVerified");
}

/** The States the directory holds, alphabetically, for the filter. */
export function statesOf(contacts: readonly Contact[]): string[] {
  return [...new Set(contacts.map((c) => c.state))].sort((a, b) => a.localeCompare(b));
}

export type ImportRowLine = { row: number; outcome: "merged" | "duplicate" | "rejected"; reason: string };

/** Every row of an import that was not simply added, by row number. */
export function importRows(report: ContactImportReport): ImportRowLine[] {
  const lines: ImportRowLine[] = [
    ...report.merged.map((n) => ({ row: n.row, outcome: "merged" as const, reason: n.reason })),
    ...report.duplicates.map((n) => ({ row: n.row, outcome: "duplicate" as const, reason: n.reason })),
    ...report.rejected.map((n) => ({ row: n.row, outcome: "rejected" as const, reason: n.reason })),
  ];
  return lines.sort((a, b) => a.row - b.row);
}

/** Today's date in the local calendar, `YYYY-MM-DD`, as the log's default. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
