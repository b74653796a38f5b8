// The interface's messages: one catalogue per UN language in ./messages,
// read through i18next, which picks each language's plural forms with
// Intl.PluralRules. Numbers filled into a message are written by format.ts.
import i18next from "i18next";
import { formatNumber } from "./format";
import { interfaceLanguage } from "./locale.svelte";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import ru from "./messages/ru.json";
import zh from "./messages/zh.json";

/** The catalogues' message keys as dotted paths ("nav.library"); a plural
 * message is named without its `_one`/`_other` suffix. */
type Keys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type StripPlural<K extends string> = K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : K;
export type MessageKey = Keys<typeof en>;

/** The values a message fills in; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>;

export const CATALOGUES = { ar, zh, en, fr, ru, es };

void i18next.init({
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([language, messages]) => [language, { translation: messages }])),
  lng: "en",
  fallbackLng: false,
  initAsync: false,
  interpolation: {
    // Svelte escapes what it puts in the page; a value only needs its
    // numbers written the reader's way.
    escapeValue: true,
    useRawValueToEscape: true,
    escape: (value: unknown) => (typeof value === "number" ? formatNumber(value) : String(value)),
  },
});

/** A message in the interface language; a template re-renders it when the
 * language changes. */
export function t(key: MessageKey, values: MessageValues = {}): string {
  return i18next.t(key, { ...values, lng: interfaceLanguage.current });
}
