// How a paragraph's provenance is marked in the editor: a bar tinted by its
// best source's score (as reuse is tinted in the reader), or in the accent
// colour when its best source is a talking point, with its sources named in
// a tooltip. Paragraphs of new language are not marked.
import type { ParagraphProvenance } from "../lib/bindings/ParagraphProvenance";
import type { ParagraphSource } from "../lib/bindings/ParagraphSource";
import { formatDate, formatPercent } from "../lib/format";
import { t } from "../lib/i18n";
import { reuseTint } from "../lib/reuseView";

export type ParagraphMark = { index: number; level: "same" | "close" | "partial" | "point"; title: string };

function describe(source: ParagraphSource): string {
  const score = formatPercent(source.score);
  if (source.source.kind === "talking_point") return t("drafts.provenance.talkingPoint", { title: source.source.title, score });
  const from = source.source.provenance;
  const who = [from.speaker, formatDate(from.date)].filter(Boolean).join(", ");
  const title = from.title ?? t("documents.untitled");
  return `${title}${who ? ` (${who})` : ""}, ¶ ${from.ordinal} (${score})`;
}

export function paragraphMarks(provenance: readonly ParagraphProvenance[]): ParagraphMark[] {
  return provenance.flatMap((paragraph) => {
    const best = paragraph.sources[0];
    if (!best) return [];
    const level = best.source.kind === "talking_point" ? "point" : reuseTint(best.score).level;
    return [{ index: paragraph.index, level, title: t("drafts.provenance.from", { sources: paragraph.sources.map(describe).join("; ") }) }];
  });
}
