// The termbase's entries as the window shows and edits them: the six
// languages in UN order, a concept's headline term in the interface
// language, the edit form (a row per term) and what it refuses, the
// entries a filter keeps, and a draft's term hits as editor marks.
import { t } from "../lib/i18n";
import { languageName } from "../lib/format";
import { byteToOffset } from "../drafts/drafting";
import type { Concept } from "../lib/bindings/Concept";
import type { ConceptFields } from "../lib/bindings/ConceptFields";
import type { Language } from "../lib/bindings/Language";
import type { Term } from "../lib/bindings/Term";
import type { TermHit } from "../lib/bindings/TermHit";
import type { TermStatus } from "../lib/bindings/TermStatus";

/** The six languages in the order UN documents list them. */
export const LANGUAGES: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];
export const STATUSES: readonly TermStatus[] = ["preferred", "admitted", "deprecated"];

/** One term as the form edits it. */
export type TermRow = { language: Language; text: string; status: TermStatus; note: string };
export type ConceptForm = { subject: string; rows: TermRow[] };

/** A new entry's form: a preferred term to fill in for each language. */
export function emptyForm(): ConceptForm {
  return { subject: "", rows: LANGUAGES.map((language) => ({ language, text: "", status: "preferred", note: "" })) };
}

export function formOf(concept: Concept): ConceptForm {
  return {
    subject: concept.subject ?? "",
    rows: concept.terms.map((term) => ({ ...term, note: term.note ?? "" })),
  };
}

/** The form as the core takes it: blank rows dropped, blank notes none. */
export function fieldsOf(form: ConceptForm): ConceptFields {
  return {
    subject: form.subject.trim() || null,
    terms: form.rows
      .filter((row) => row.text.trim() !== "")
      .map((row) => ({ language: row.language, text: row.text.trim(), status: row.status, note: row.note.trim() || null })),
  };
}

/** Why the form cannot be saved yet, or null. */
export function formProblem(form: ConceptForm): string | null {
  const terms = fieldsOf(form).terms;
  if (terms.length === 0) return t("termbase.form.needTerm");
  const twice = LANGUAGES.find((language) => terms.filter((term) => term.language === language && term.status === "preferred").length > 1);
  return twice ? t("termbase.form.twoPreferred", { language: languageName(twice) }) : null;
}

/** The concept's terms in `language`, preferred first as stored. */
export function termsIn(concept: { terms: Term[] }, language: Language): Term[] {
  return concept.terms.filter((term) => term.language === language);
}

/** The term a concept is listed by: its preferred term in `language`,
 * else in English, else its first. */
export function headline(concept: Concept, language: Language): string {
  const preferred = (l: Language) => concept.terms.find((term) => term.language === l && term.status === "preferred");
  return (preferred(language) ?? preferred("en") ?? concept.terms[0])?.text ?? "";
}

/** The entries with a term holding `query` (ignoring case and accents). */
export function matching(concepts: Concept[], query: string): Concept[] {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLocaleLowerCase();
  const wanted = fold(query.trim());
  if (!wanted) return concepts;
  return concepts.filter((concept) => concept.terms.some((term) => fold(term.text).includes(wanted)));
}

/** A term hit as a mark in the editor: UTF-16 offsets into `text`. */
export type TermMark = { from: number; to: number; deprecated: boolean; title: string };

/** The hits found in `text` (byte spans) as marks, each titled with the
 * term to use (for a deprecated one) or its equivalents. */
export function termMarks(text: string, hits: TermHit[]): TermMark[] {
  return hits.map((hit) => {
    const deprecated = hit.term.status === "deprecated";
    const title = deprecated && hit.preferred ? t("termbase.hits.use", { term: hit.preferred }) : hit.equivalents.map((term) => term.text).join(" · ");
    return { from: byteToOffset(text, hit.span.start), to: byteToOffset(text, hit.span.end), deprecated, title };
  });
}

/** The subjects the shipped concepts are filed under. */
export const SUBJECTS = ["threats", "norms", "law", "cbm", "capacity", "dialogue", "process", "general", "rights", "development"] as const;
type Subject = (typeof SUBJECTS)[number];

/** A subject in the interface language when it is one of ours, else as written. */
export function subjectLabel(subject: string | null): string {
  if (!subject) return "";
  return (SUBJECTS as readonly string[]).includes(subject) ? t(`termbase.subjects.${subject as Subject}`) : subject;
}

/** The concept's terms by language, in UN order, each note shown once:
 * a note the same as one shown above it (the shipped concepts give their
 * deprecated terms one note) is left off. */
export function termsByLanguage(concept: Concept): { language: Language; terms: { term: Term; note: string | null }[] }[] {
  const shown = new Set<string>();
  return LANGUAGES.map((language) => ({
    language,
    terms: termsIn(concept, language).map((term) => {
      const note = term.note && !shown.has(term.note) ? term.note : null;
      if (term.note) shown.add(term.note);
      return { term, note };
    }),
  })).filter((group) => group.terms.length > 0);
}
