// The six catalogues hold the same messages: every key in each, each plural
// message in exactly the forms its language's plural rules ask for, the
// same values filled in, nothing left empty or in English; and every key
// the code uses is in them, and every key in them is used.
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./i18n";

type Catalogue = { [key: string]: string | Catalogue };
const catalogues = CATALOGUES as unknown as Record<string, Catalogue>;
const sources = import.meta.glob(["../**/*.ts", "../**/*.svelte", "!../**/*.test.ts", "!../lib/bindings/**"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Names and symbols that read the same in every language. */
const SAME_IN_EVERY_LANGUAGE = /\b(Plenary|Markdown|Word|PDF|HTML|CSV|vCard|DOCX|Ctrl|Enter)\b|\.(md|html|docx)\b|\{\{\w+\}\}/g;

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** Each message by its key, a plural one by its base key with its forms. */
function messages(catalogue: Catalogue): Map<string, Map<string, string>> {
  const grouped = new Map<string, Map<string, string>>();
  for (const [key, text] of flatten(catalogue)) {
    const form = PLURAL.exec(key)?.[1] ?? "";
    const base = form ? key.slice(0, -form.length - 1) : key;
    if (!grouped.has(base)) grouped.set(base, new Map());
    grouped.get(base)?.set(form, text);
  }
  return grouped;
}

const variables = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
const english = messages(catalogues.en as Catalogue);
const others = Object.keys(catalogues).filter((language) => language !== "en");

describe("the catalogues", () => {
  it("are the six UN languages", () => {
    expect(Object.keys(catalogues).sort()).toEqual(["ar", "en", "es", "fr", "ru", "zh"]);
    expect(english.size).toBeGreaterThan(400);
  });

  it("hold the same keys, each plural in its language's forms", () => {
    for (const language of Object.keys(catalogues)) {
      const found = messages(catalogues[language] as Catalogue);
      expect([...found.keys()].sort(), language).toEqual([...english.keys()].sort());
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      for (const [key, forms] of english) {
        const expected = forms.has("") ? [""] : categories;
        expect([...(found.get(key)?.keys() ?? [])].sort(), `${language}: ${key}`).toEqual(expected);
      }
    }
  });

  it("fill in the values English fills in, and leave nothing empty", () => {
    for (const language of others) {
      const found = messages(catalogues[language] as Catalogue);
      for (const [key, forms] of english) {
        const wanted = new Set([...forms.values()].flatMap((text) => [...variables(text)]));
        for (const [form, text] of found.get(key) ?? []) {
          const where = `${language}: ${key}${form ? `_${form}` : ""}`;
          expect(text.trim(), where).not.toBe("");
          const used = variables(text);
          expect([...used].filter((name) => !wanted.has(name)), where).toEqual([]);
          // A plural form may say its number in words ("la dernière").
          expect([...wanted].filter((name) => name !== "count" && !used.has(name)), where).toEqual([]);
        }
      }
    }
  });

  it("leave no English sentence untranslated", () => {
    for (const language of others) {
      const found = flatten(catalogues[language] as Catalogue);
      const untranslated = [...flatten(catalogues.en as Catalogue)].filter(([key, text]) => {
        const words = text.replace(SAME_IN_EVERY_LANGUAGE, "").match(/\p{L}+/gu) ?? [];
        return found.get(key) === text && words.length > 1;
      });
      expect(untranslated, language).toEqual([]);
    }
  });
});

describe("the keys in the code", () => {
  const groups = Object.keys(catalogues.en as Catalogue).join("|");
  const literal = new RegExp(`["'\`]((?:${groups})\\.[\\w. -]*?)(\\$\\{|["'\`])`, "g");
  const used: { key: string; prefix: boolean; file: string }[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(literal)) used.push({ key: match[1] as string, prefix: match[2] === "${", file });
  }

  it("are all in the catalogues", () => {
    expect(used.length).toBeGreaterThan(400);
    const missing = used.filter(({ key, prefix }) => (prefix ? ![...english.keys()].some((k) => k.startsWith(key)) : !english.has(key)));
    expect(missing).toEqual([]);
  });

  it("use every message the catalogues hold", () => {
    const unused = [...english.keys()].filter((key) => !used.some((use) => (use.prefix ? key.startsWith(use.key) : key === use.key)));
    expect(unused).toEqual([]);
  });
});
