// The direction rules: the language decides when it is known, the first
// letter when it is not.
import { describe, expect, it } from "vitest";
import { documentDirection, passageDir, textDirection } from "./direction";

describe("textDirection", () => {
  it("follows the first letter, past digits and punctuation", () => {
    expect(textDirection("السيد الرئيس، أود أن أهنئكم")).toBe("rtl");
    expect(textDirection("2021 «السيد الرئيس»")).toBe("rtl");
    expect(textDirection("主席先生：")).toBe("ltr");
    expect(textDirection("Господин Председатель,")).toBe("ltr");
    expect(textDirection("(1) Mr. Chair")).toBe("ltr");
  });

  it("has no direction for a text without letters", () => {
    expect(textDirection("2021-12-13 — ¶ 4")).toBeNull();
    expect(textDirection("")).toBeNull();
  });
});

describe("documentDirection", () => {
  it("takes the language's direction when it is known", () => {
    expect(documentDirection("ar", "OEWG")).toBe("rtl");
    expect(documentDirection("zh", "")).toBe("ltr");
    expect(documentDirection("en", "السيد الرئيس")).toBe("ltr");
  });

  it("reads the text when the language is unknown", () => {
    expect(documentDirection(null, "بيان الجمهورية")).toBe("rtl");
    expect(documentDirection(undefined, "Statement")).toBe("ltr");
    expect(documentDirection(null, "12 / 13")).toBe("ltr");
  });
});

describe("passageDir", () => {
  it("keeps an Arabic document's passages right to left, others automatic", () => {
    expect(passageDir("ar")).toBe("rtl");
    expect(passageDir("zh")).toBe("auto");
    expect(passageDir(null)).toBe("auto");
  });
});
