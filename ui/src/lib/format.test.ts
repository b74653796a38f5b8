import { describe, expect, it } from "vitest";
import { count, errorTitle, fileName, formatDate, forumAndSession, importSummary, kindLabel, languageName, reasonFor } from "./format";

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

  it("heads errors by kind, with a fallback", () => {
    expect(errorTitle("bad_input")).toBe("This file cannot be imported");
    expect(errorTitle("something_new")).toBe("Something went wrong");
  });
});

describe("import messages", () => {
  it("drops the path the list already shows", () => {
    expect(reasonFor("/tmp/a.docx: not a Word document", "/tmp/a.docx")).toBe("not a Word document");
    expect(reasonFor("the file is empty", "/tmp/a.txt")).toBe("the file is empty");
  });

  it("summarises an import in one line", () => {
    expect(importSummary({ imported: 0, duplicates: 0, skipped: 0, failed: 1 })).toBe("0 documents imported · 1 failed");
    expect(importSummary({ imported: 2, duplicates: 1, skipped: 3, failed: 0 })).toBe(
      "2 documents imported · 1 already in the library · 3 skipped",
    );
  });
});
