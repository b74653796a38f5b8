// The interface's language: which of the six UN languages the window
// speaks, the locale dates and numbers are written in, and the page's
// `lang` and `dir`. The choice is a person's, not the library's (a library
// may be shared by a team): it is kept in this webview's localStorage, and
// until one is made the system's language decides, English when it is none
// of the six.
import type { Language } from "./bindings/Language";

/** The six languages, in the UN's order. */
export const INTERFACE_LANGUAGES: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];

/** Each language's name in itself, as the language picker shows it. */
export const ENDONYMS: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** The locale `Intl` writes with: British English, and Western digits in
 * Arabic, as UN documents write them. */
const INTL_LOCALES: Record<Language, string> = {
  ar: "ar-u-nu-latn",
  zh: "zh-CN",
  en: "en-GB",
  fr: "fr-FR",
  ru: "ru-RU",
  es: "es-ES",
};

const STORAGE_KEY = "plenary.interface-language";

/** The interface language for the system's preferred languages ("fr-CH",
 * "en-US"…): the first of the six among them, else English. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] as Language;
    if (INTERFACE_LANGUAGES.includes(base)) return base;
  }
  return "en";
}

function storedLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY) as Language | null;
    return stored && INTERFACE_LANGUAGES.includes(stored) ? stored : null;
  } catch {
    return null;
  }
}

function startingLanguage(): Language {
  const navigator = globalThis.navigator;
  return storedLanguage() ?? systemLanguage(navigator?.languages?.length ? navigator.languages : [navigator?.language ?? "en"]);
}

class InterfaceLanguage {
  current = $state<Language>(startingLanguage());

  constructor() {
    this.applyToPage();
  }

  /** The locale `Intl` formats dates and numbers with. */
  get locale(): string {
    return INTL_LOCALES[this.current];
  }

  get dir(): "rtl" | "ltr" {
    return this.current === "ar" ? "rtl" : "ltr";
  }

  /** Switches the window to `language` and remembers the choice. */
  choose(language: Language): void {
    this.current = language;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // A webview without storage still switches, for this session.
    }
    this.applyToPage();
  }

  private applyToPage(): void {
    const root = globalThis.document?.documentElement;
    if (!root) return;
    root.lang = this.current;
    root.dir = this.dir;
  }
}

export const interfaceLanguage = new InterfaceLanguage();
