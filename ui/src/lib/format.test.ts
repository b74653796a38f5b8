import { describe, expect, it } from "vitest";
import apiErrorKinds from "./bindings/apiErrorKinds.json";
import type { ApiErrorKind } from "./bindings/ApiErrorKind";
import type { FieldInfo } from "./bindings/FieldInfo";
import type { Metadata } from "./bindings/Metadata";
import { count, ERROR_TITLES, errorTitle, fieldText, fileName, formatDate, forumAndSession, importSummary, kindLabel, languageName, shownValue } from "./format";

describe("format", () => {
  it("writes dates as diplomats do", () => {
    expect(formatDate("2021-12-13")).toBe("13 Dec 2021");
    expect(formatDate("2024-05-01T10:00:00Z")).toBe("1 May 2024");
    expect(formatDate(null)).toBe("");
    expect(formatDate("sometime")).toBe("sometime");
  });

  it("counts with singular and plural", () => {
    expect(count(1, "document")).toBe("1 document");
    expect(count(10000, "document")).toBe("10,000 documents");
    expect(count(2, "match", "matches")).toBe("2 matches");
  });

  it("names languages from the library's list", () => {
    const languages: [string, string][] = [["en", "English"], ["fr", "French"]];
    expect(languageName("fr", languages)).toBe("French");
    expect(languageName("xx", languages)).toBe("xx");
    expect(languageName(null, languages)).toBe("");
  });

  it("shortens paths and joins forum and session", () => {
    expect(fileName("/home/a/statements/2021.txt")).toBe("2021.txt");
    expect(fileName("C:\\docs\\x.docx")).toBe("x.docx");
    expect(forumAndSession("OEWG", null)).toBe("OEWG");
    expect(forumAndSession("OEWG", "first substantive session")).toBe("OEWG · first substantive session");
  });

  it("labels kinds in sentence case", () => {
    expect(kindLabel("press release")).toBe("Press release");
    expect(kindLabel(null)).toBe("");
  });

  it("heads errors by kind", () => {
    expect(errorTitle("bad_input")).toBe("This file cannot be imported");
  });

  it("has a title for every kind of error the app can receive", () => {
    expect(apiErrorKinds.length).toBeGreaterThan(8);
    for (const kind of apiErrorKinds as ApiErrorKind[]) {
      expect(ERROR_TITLES[kind], kind).toBeTruthy();
    }
  });
});

describe("metadata fields", () => {
  const languages: FieldInfo = { field: "language", label: "Language", choices: [["fr", "French"]] };
  it("shows a field's value as people read it", () => {
    expect(shownValue(languages, "fr")).toBe("French");
    expect(shownValue({ field: "date", label: "Date", choices: [] }, "2021-12-13")).toBe("13 Dec 2021");
    expect(shownValue({ field: "kind", label: "Kind", choices: [] }, "press release")).toBe("Press release");
    expect(shownValue(languages, null)).toBe("");
  });

  it("edits tags as one line", () => {
    const doc = { tags: ["cbms", "international law"], speaker: "Chile" } as unknown as Metadata;
    expect(fieldText(doc, "tags")).toBe("cbms, international law");
    expect(fieldText(doc, "speaker")).toBe("Chile");
  });
});

describe("import messages", () => {
  it("summarises an import in one line", () => {
    expect(importSummary({ imported: 0, duplicates: 0, skipped: 0, failed: 1 })).toBe("0 documents imported · 1 failed");
    expect(importSummary({ imported: 2, duplicates: 1, skipped: 3, failed: 0 })).toBe(
      "2 documents imported · 1 already in the library · 3 skipped",
    );
  });
});
