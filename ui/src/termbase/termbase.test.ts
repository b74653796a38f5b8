import { describe, expect, it } from "vitest";
import type { Concept } from "../lib/bindings/Concept";
import type { TermHit } from "../lib/bindings/TermHit";
import { emptyForm, fieldsOf, formOf, formProblem, headline, matching, subjectLabel, termMarks, termsByLanguage, termsIn } from "./termbase";

const lbi: Concept = {
  id: 1,
  key: "legally-binding-instrument",
  updated_at: "2026-01-02T10:00:00Z",
  subject: "law",
  terms: [
    { language: "zh", text: "具有法律约束力的文书", status: "preferred", note: null },
    { language: "en", text: "legally binding instrument", status: "preferred", note: null },
    { language: "en", text: "legally-binding treaty", status: "deprecated", note: "Prejudges the form." },
    { language: "es", text: "instrumento jurídicamente vinculante", status: "preferred", note: null },
  ],
};

describe("the entry form", () => {
  it("starts with a preferred term to fill in for each of the six languages", () => {
    const form = emptyForm();
    expect(form.rows.map((r) => r.language)).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    expect(formProblem(form)).not.toBeNull();
  });

  it("drops blank rows, trims, and gives blank notes and subject as none", () => {
    const form = formOf(lbi);
    form.subject = "  ";
    form.rows.push({ language: "fr", text: "  ", status: "admitted", note: "" });
    form.rows[1] = { language: "en", text: " legally binding instrument ", status: "preferred", note: "  " };
    const fields = fieldsOf(form);
    expect(fields.subject).toBeNull();
    expect(fields.terms).toHaveLength(4);
    expect(fields.terms[1]).toEqual({ language: "en", text: "legally binding instrument", status: "preferred", note: null });
    expect(fields.terms[2]?.note).toBe("Prejudges the form.");
    expect(formProblem(form)).toBeNull();
  });

  it("refuses two preferred terms in one language", () => {
    const form = formOf(lbi);
    form.rows.push({ language: "es", text: "tratado vinculante", status: "preferred", note: "" });
    expect(formProblem(form)).toContain("Spanish");
  });
});

describe("the list", () => {
  it("names an entry in the interface language, else in English", () => {
    expect(headline(lbi, "es")).toBe("instrumento jurídicamente vinculante");
    expect(headline(lbi, "ru")).toBe("legally binding instrument");
    expect(termsIn(lbi, "en").map((t) => t.status)).toEqual(["preferred", "deprecated"]);
  });

  it("keeps the entries with a term holding the filter, ignoring case and accents", () => {
    expect(matching([lbi], "JURIDICAMENTE")).toHaveLength(1);
    expect(matching([lbi], "treaty")).toHaveLength(1);
    expect(matching([lbi], "ransomware")).toHaveLength(0);
    expect(matching([lbi], "  ")).toHaveLength(1);
  });

  it("says a subject in the interface language, or as written", () => {
    expect(subjectLabel("law")).toBe("International law");
    expect(subjectLabel("our own")).toBe("our own");
    expect(subjectLabel(null)).toBe("");
  });
});

describe("term hits in the editor", () => {
  it("become marks at string offsets, a deprecated one titled with the term to use", () => {
    const text = "Él pidió un legally-binding treaty.";
    const start = new TextEncoder().encode("Él pidió un ").length;
    const hit: TermHit = {
      span: { start, end: start + "legally-binding treaty".length },
      text: "legally-binding treaty",
      concept_id: 1,
      subject: "law",
      term: lbi.terms[2]!,
      preferred: "legally binding instrument",
      equivalents: [lbi.terms[0]!, lbi.terms[3]!],
    };
    const [mark] = termMarks(text, [hit]);
    expect(text.slice(mark!.from, mark!.to)).toBe("legally-binding treaty");
    expect(mark!.deprecated).toBe(true);
    expect(mark!.title).toBe("Use “legally binding instrument”");
    const [plain] = termMarks(text, [{ ...hit, term: lbi.terms[1]!, preferred: null }]);
    expect(plain!.title).toBe("具有法律约束力的文书 · instrumento jurídicamente vinculante");
  });
});

describe("an entry's terms by language", () => {
  it("come in UN order with a repeated note shown once", () => {
    const both = { ...lbi, terms: [...lbi.terms, { language: "es" as const, text: "tratado vinculante", status: "deprecated" as const, note: "Prejudges the form." }] };
    const groups = termsByLanguage(both);
    expect(groups.map((g) => g.language)).toEqual(["zh", "en", "es"]);
    expect(groups[1]?.terms[1]?.note).toBe("Prejudges the form.");
    expect(groups[2]?.terms[1]?.note).toBeNull();
  });
});
