import { afterEach, describe, expect, it } from "vitest";
import { fileName, fileSize, formatDate, formatDateRange, formatMoment, formatNumber, formatPercent, forumAndSession, languageName } from "./format";
import { interfaceLanguage } from "./locale.svelte";

afterEach(() => interfaceLanguage.choose("en"));

describe("format, in English", () => {
  it("writes dates as UN documents do", () => {
    expect(formatDate("2021-12-13")).toBe("13 Dec 2021");
    expect(formatDate("2024-05-01T10:00:00Z")).toBe("1 May 2024");
    expect(formatDate(null)).toBe("");
    expect(formatDate("sometime")).toBe("sometime");
  });

  it("writes spans of days compactly", () => {
    expect(formatDateRange("2024-05-09", "2024-05-10")).toBe("9\u2009–\u200910 May 2024");
    expect(formatDateRange("2026-03-30", "2026-04-03")).toBe("30 Mar\u2009–\u20093 Apr 2026");
    expect(formatDateRange("2026-07-06", "2026-07-06")).toBe("6 Jul 2026");
  });

  it("says today and yesterday, else the day", () => {
    const now = new Date(2025, 2, 3, 15, 0);
    expect(formatMoment(new Date(2025, 2, 3, 9, 5), now)).toBe("today 09:05");
    expect(formatMoment(new Date(2025, 2, 2, 23, 59), now)).toBe("yesterday 23:59");
    expect(formatMoment(new Date(2025, 0, 15, 12, 0), now)).toBe("15 Jan 2025");
    expect(formatMoment(new Date(2025, 0, 15, 12, 0), now, true)).toBe("15 Jan 2025, 12:00");
  });

  it("writes numbers, percentages and sizes", () => {
    expect(formatNumber(10000)).toBe("10,000");
    expect(formatPercent(87.4)).toBe("87%");
    expect(fileSize(300)).toBe("1 kB");
    expect(fileSize(812 * 1024)).toBe("812 kB");
    expect(fileSize(1.4 * 1024 * 1024)).toBe("1.4 MB");
    expect(fileSize(288_923_648)).toBe("276 MB");
    expect(fileSize(2.1 * 1024 ** 3)).toBe("2.1 GB");
  });

  it("names languages from their codes", () => {
    expect(languageName("fr")).toBe("French");
    expect(languageName("zh")).toBe("Chinese");
    expect(languageName(null)).toBe("");
  });

  it("shortens paths and joins forum and session", () => {
    expect(fileName("/home/a/statements/2021.txt")).toBe("2021.txt");
    expect(fileName("C:\\docs\\x.docx")).toBe("x.docx");
    expect(forumAndSession("OEWG", null)).toBe("OEWG");
    expect(forumAndSession("OEWG", "first substantive session")).toBe("OEWG · first substantive session");
  });
});

describe("format, in the chosen language", () => {
  it("writes French dates, numbers, sizes and language names", () => {
    interfaceLanguage.choose("fr");
    expect(formatDate("2021-12-13")).toBe("13 déc. 2021");
    expect(formatNumber(10000)).toBe("10\u202f000");
    expect(formatPercent(87)).toBe("87\u00a0%");
    expect(fileSize(812 * 1024)).toBe("812\u202fko");
    expect(languageName("fr")).toBe("Français");
    expect(formatMoment(new Date(2025, 2, 2, 9, 5), new Date(2025, 2, 3, 15, 0))).toBe("hier 09:05");
  });

  it("writes Russian, Spanish and Chinese dates", () => {
    interfaceLanguage.choose("ru");
    expect(formatDate("2021-12-13")).toBe("13 дек. 2021 г.");
    expect(languageName("en")).toBe("Английский");
    interfaceLanguage.choose("es");
    expect(formatDate("2021-12-13")).toBe("13 dic 2021");
    expect(formatNumber(10000)).toBe("10.000");
    interfaceLanguage.choose("zh");
    expect(formatDate("2021-12-13")).toBe("2021年12月13日");
  });

  it("writes Arabic with the Western digits of UN documents", () => {
    interfaceLanguage.choose("ar");
    expect(formatDate("2021-12-13")).toBe("13 ديسمبر 2021");
    expect(formatNumber(10000)).toBe("10,000");
    expect(formatDateRange("2026-03-30", "2026-04-03")).toBe("30 مارس – 3 أبريل 2026");
  });
});
