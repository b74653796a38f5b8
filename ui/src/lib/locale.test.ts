import { afterEach, describe, expect, it } from "vitest";
import { interfaceLanguage, systemLanguage } from "./locale.svelte";
import { t } from "./i18n";

afterEach(() => interfaceLanguage.choose("en"));

describe("the interface language", () => {
  it("defaults to the first of the system's languages that is one of the six", () => {
    expect(systemLanguage(["fr-CH", "en-US"])).toBe("fr");
    expect(systemLanguage(["de-DE", "es-MX"])).toBe("es");
    expect(systemLanguage(["zh-Hant-TW"])).toBe("zh");
    expect(systemLanguage(["ar_EG"])).toBe("ar");
  });

  it("falls back to English for any other language", () => {
    expect(systemLanguage(["de-DE", "pt-BR"])).toBe("en");
    expect(systemLanguage(["C"])).toBe("en");
    expect(systemLanguage([])).toBe("en");
  });

  it("runs right to left in Arabic only, and formats in the UN's locale", () => {
    interfaceLanguage.choose("ar");
    expect([interfaceLanguage.dir, interfaceLanguage.locale]).toEqual(["rtl", "ar-u-nu-latn"]);
    interfaceLanguage.choose("zh");
    expect([interfaceLanguage.dir, interfaceLanguage.locale]).toEqual(["ltr", "zh-CN"]);
  });

  it("speaks in the register of UN documents, with each language's plurals", () => {
    const chair = (language: "ar" | "zh" | "en" | "fr" | "ru" | "es") => (interfaceLanguage.choose(language), t("drafts.editor.placeholder"));
    expect(["fr", "es", "ru", "zh", "ar"].map((language) => chair(language as "fr"))).toEqual([
      "Monsieur le Président, …",
      "Señor Presidente, …",
      "Г-н Председатель, …",
      "主席先生，……",
      "السيد الرئيس، …",
    ]);
    interfaceLanguage.choose("ar");
    expect([0, 1, 2, 3, 11, 100].map((count) => t("app.stats.documents", { count }))).toEqual([
      "0 وثيقة",
      "وثيقة واحدة",
      "وثيقتان",
      "3 وثائق",
      "11 وثيقة",
      "100 وثيقة",
    ]);
    interfaceLanguage.choose("ru");
    expect([1, 2, 5, 21].map((count) => t("app.stats.words", { count }))).toEqual(["1 слово", "2 слова", "5 слов", "21 слово"]);
    interfaceLanguage.choose("fr");
    expect(t("app.stats.words", { count: 12345 })).toBe("12\u202f345 mots");
  });
});
