// Which way a text runs, for the `dir` attributes: Arabic right to left, the
// other five UN languages left to right. Where a document's language is
// known it decides; where it is not, the text's first letter does.
import type { Language } from "./bindings/Language";

export type Direction = "ltr" | "rtl";

const RIGHT_TO_LEFT: readonly Language[] = ["ar"];
/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana,
 * N'Ko and their supplements, and the Hebrew and Arabic presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The direction of a text's first letter; null when it has none. */
export function textDirection(text: string): Direction | null {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (letter === undefined) return null;
  return RTL_LETTER.test(letter) ? "rtl" : "ltr";
}

/** A document's direction: its language's, or when that is unknown its
 * text's, left to right when neither tells. */
export function documentDirection(language: Language | null | undefined, text: string): Direction {
  if (language) return RIGHT_TO_LEFT.includes(language) ? "rtl" : "ltr";
  return textDirection(text) ?? "ltr";
}

/** The `dir` of a passage, title or snippet of a document: right to left in
 * an Arabic document, even when a line opens with a Latin acronym or a
 * symbol; otherwise "auto", so that a quotation in Arabic in another
 * document still runs its own way. */
export function passageDir(language: Language | null | undefined): "rtl" | "auto" {
  return language && RIGHT_TO_LEFT.includes(language) ? "rtl" : "auto";
}
