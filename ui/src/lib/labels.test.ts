import { afterEach, describe, expect, it } from "vitest";
import apiErrorKinds from "./bindings/apiErrorKinds.json";
import type { ApiErrorKind } from "./bindings/ApiErrorKind";
import type { FieldInfo } from "./bindings/FieldInfo";
import type { Metadata } from "./bindings/Metadata";
import { errorTitle, fieldChoices, fieldLabel, fieldText, importSummary, kindLabel, shownValue } from "./labels";
import { interfaceLanguage } from "./locale.svelte";

afterEach(() => interfaceLanguage.choose("en"));

describe("labels of the core's values", () => {
  it("heads every kind of error the app can receive", () => {
    expect(apiErrorKinds.length).toBeGreaterThan(8);
    expect(errorTitle("bad_input")).toBe("This file cannot be imported");
    for (const kind of apiErrorKinds as ApiErrorKind[]) {
      expect(errorTitle(kind), kind).not.toMatch(/^errors\./);
    }
  });

  it("names document kinds, keeping one it does not know as stored", () => {
    expect(kindLabel("press release")).toBe("Press release");
    expect(kindLabel("memo")).toBe("Memo");
    expect(kindLabel(null)).toBe("");
    interfaceLanguage.choose("fr");
    expect(kindLabel("press release")).toBe("Communiqué de presse");
  });

  it("shows a field's value as people read it", () => {
    expect(shownValue("language", "fr")).toBe("French");
    expect(shownValue("date", "2021-12-13")).toBe("13 Dec 2021");
    expect(shownValue("kind", "press release")).toBe("Press release");
    expect(shownValue("speaker", "Chile")).toBe("Chile");
    expect(shownValue("language", null)).toBe("");
    expect(fieldLabel("agenda_item")).toBe("Agenda item");
  });

  it("labels a field's choices in the interface language", () => {
    const languages: FieldInfo = { field: "language", label: "Language", choices: [["fr", "French"], ["ar", "Arabic"]] };
    interfaceLanguage.choose("es");
    expect(fieldChoices(languages)).toEqual([["fr", "Francés"], ["ar", "Árabe"]]);
  });

  it("edits tags as one line", () => {
    const doc = { tags: ["cbms", "international law"], speaker: "Chile" } as unknown as Metadata;
    expect(fieldText(doc, "tags")).toBe("cbms, international law");
    expect(fieldText(doc, "speaker")).toBe("Chile");
  });
});

describe("import messages", () => {
  it("summarises an import in one line, with each language's plurals", () => {
    expect(importSummary({ imported: 0, duplicates: 0, skipped: 0, failed: 1 })).toBe("0 documents imported · 1 failed");
    expect(importSummary({ imported: 2, duplicates: 1, skipped: 3, failed: 0 })).toBe(
      "2 documents imported · 1 already in the library · 3 skipped",
    );
    expect(importSummary({ imported: 1, duplicates: 0, skipped: 0, failed: 0 })).toBe("1 document imported");
    interfaceLanguage.choose("ru");
    expect(importSummary({ imported: 1, duplicates: 0, skipped: 0, failed: 0 })).toBe("Импортирован 1 документ");
    expect(importSummary({ imported: 3, duplicates: 0, skipped: 0, failed: 0 })).toBe("Импортировано 3 документа");
    expect(importSummary({ imported: 5, duplicates: 0, skipped: 0, failed: 0 })).toBe("Импортировано 5 документов");
    expect(importSummary({ imported: 21, duplicates: 0, skipped: 0, failed: 0 })).toBe("Импортирован 21 документ");
  });
});
