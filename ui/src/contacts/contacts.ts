// The Points of Contact directory as the UI shows it: its lists of values,
// the entry form's text fields and their conversion to what the core
// stores, the import's mapping step (the fields a column can fill), and an
// import report as one list of rows. No state, so that tests read it alone.
import type { Contact } from "../lib/bindings/Contact";
import type { ContactField } from "../lib/bindings/ContactField";
import type { ContactFields } from "../lib/bindings/ContactFields";
import type { ContactFilePreview } from "../lib/bindings/ContactFilePreview";
import type { ContactImportReport } from "../lib/bindings/ContactImportReport";
import type { ContactLogKind } from "../lib/bindings/ContactLogKind";
import type { ContactMapping } from "../lib/bindings/ContactMapping";
import type { MappingSource } from "../lib/bindings/MappingSource";
import type { ContactOutcome } from "../lib/bindings/ContactOutcome";
import type { PocType } from "../lib/bindings/PocType";
import { formatDate } from "../lib/format";
import { t } from "../lib/i18n";

export const POC_TYPES: readonly PocType[] = ["diplomatic", "technical"];

export const LOG_KINDS: readonly ContactLogKind[] = ["call", "email", "ping_test"];

export const OUTCOMES: readonly ContactOutcome[] = ["answered", "no_answer", "failed"];

/** The fields a file's column can fill, in the order the mapping step
 * offers them. */
export const CONTACT_FIELDS: readonly ContactField[] = [
  "full_name",
  "given_name",
  "middle_name",
  "family_name",
  "state",
  "poc_type",
  "position",
  "institution",
  "email",
  "phone",
  "work_phone",
  "mobile_phone",
  "home_phone",
  "fax",
  "languages",
  "time_zone",
  "notes",
  "last_verified",
];

/** A field a column can fill, in words. */
export function fieldLabel(field: ContactField): string {
  return t(`contacts.mapping.fields.${field}`);
}

/** Where a proposed mapping comes from, in words. */
export function mappedByLabel(source: MappingSource): string {
  return t(`contacts.mapping.by.${source}`);
}

/** The columns the mapping step lists, by index: every one when `all`,
 * else those with a value in the rows shown or a field to fill (an Outlook
 * export has about 90 columns, most of them empty); and how many are left
 * out. */
export function mappingColumns(
  preview: ContactFilePreview,
  mapping: ContactMapping,
  all: boolean,
): { shown: number[]; hidden: number } {
  const columns = preview.headers.map((_, column) => column);
  const shown = all
    ? columns
    : columns.filter((column) => mapping.columns[column] != null || preview.rows.some((row) => (row[column] ?? "").trim() !== ""));
  return { shown, hidden: columns.length - shown.length };
}

/** The form's fields, every one a string as the inputs hold it. */
export type ContactForm = { [K in keyof ContactFields]: K extends "poc_type" ? PocType : string };

export function emptyForm(): ContactForm {
  return {
    state: "",
    poc_type: "diplomatic",
    full_name: "",
    given_name: "",
    family_name: "",
    position: "",
    institution: "",
    email: "",
    other_emails: "",
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
    state: blankToNull(form.state),
    poc_type: form.poc_type,
    full_name: form.full_name.trim(),
    given_name: blankToNull(form.given_name),
    family_name: blankToNull(form.family_name),
    position: blankToNull(form.position),
    institution: blankToNull(form.institution),
    email: blankToNull(form.email),
    other_emails: blankToNull(form.other_emails),
    phone: blankToNull(form.phone),
    languages: blankToNull(form.languages),
    time_zone: blankToNull(form.time_zone),
    notes: blankToNull(form.notes),
    last_verified: blankToNull(form.last_verified),
  };
}

/** Why the form cannot be saved yet, or null. The core checks the rest
 * (the State's name, the email's shape, the date) and says so by field;
 * an entry may have no State. */
export function formProblem(form: ContactForm): string | null {
  if (form.full_name.trim() === "") return t("contacts.form.needName");
  return null;
}

/** "Verified 3 Mar 2025", "Verified 3 Mar 2024, stale", or "Never verified". */
export function verifiedLabel(contact: Contact): string {
  if (!contact.last_verified) return t("contacts.neverVerified");
  const date = formatDate(contact.last_verified);
  return contact.verification === "stale" ? t("contacts.verifiedStale", { date }) : t("contacts.verified", { date });
}

/** The State as the list shows it, or why there is none. */
export function stateLabel(contact: Contact): string {
  if (contact.state === null) return t("contacts.noState");
  return contact.state_flag === "unknown" ? t("contacts.unknownState", { state: contact.state }) : contact.state;
}

/** The States the directory holds, alphabetically, for the filter. */
export function statesOf(contacts: readonly Contact[]): string[] {
  const states = contacts.map((c) => c.state).filter((s): s is string => s !== null);
  return [...new Set(states)].sort((a, b) => a.localeCompare(b));
}

export type ImportRowLine = {
  row: number;
  name: string | null;
  outcome: "merged" | "duplicate" | "rejected";
  reason: string;
};

/** Every entry of an import that was not simply added, by row (or card) number. */
export function importRows(report: ContactImportReport): ImportRowLine[] {
  const line = (outcome: ImportRowLine["outcome"]) => (n: ContactImportReport["merged"][number]) => ({
    row: n.row,
    name: n.name,
    outcome,
    reason: n.reason,
  });
  const lines: ImportRowLine[] = [
    ...report.merged.map(line("merged")),
    ...report.duplicates.map(line("duplicate")),
    ...report.rejected.map(line("rejected")),
  ];
  return lines.sort((a, b) => a.row - b.row);
}

/** Today's date in the local calendar, `YYYY-MM-DD`, as the log's default. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
