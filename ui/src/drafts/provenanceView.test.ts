import { describe, expect, it } from "vitest";
import type { ParagraphProvenance } from "../lib/bindings/ParagraphProvenance";
import { paragraphMarks } from "./provenanceView";

const passage = (score: number) => ({
  source: {
    kind: "passage" as const,
    provenance: { document_id: 1, title: "Statement", date: "2021-12-13", speaker: "Pakistan", kind: null, passage_id: 7, ordinal: 21 },
  },
  score,
  inserted_at: null,
  inserted_score: null,
});

describe("paragraphMarks", () => {
  it("marks sourced paragraphs by their best source, and leaves new language alone", () => {
    const provenance: ParagraphProvenance[] = [
      { index: 0, text: "Mr. Chair,", formula: true, sources: [], sentences: [], new_sentences: 0 },
      { index: 1, text: "Similarly…", formula: false, sources: [passage(100)], sentences: [], new_sentences: 0 },
      { index: 2, text: "We add…", formula: false, sources: [passage(72)], sentences: [], new_sentences: 0 },
      {
        index: 3,
        text: "Pakistan supports…",
        formula: false,
        sources: [{ source: { kind: "talking_point", id: 4, title: "Mechanism" }, score: 100, inserted_at: "x", inserted_score: null }],
        sentences: [],
        new_sentences: 0,
      },
    ];
    const marks = paragraphMarks(provenance);
    expect(marks.map((m) => [m.index, m.level])).toEqual([
      [1, "same"],
      [2, "partial"],
      [3, "point"],
    ]);
    expect(marks[0]?.title).toBe("From: Statement (Pakistan, 13 Dec 2021), ¶ 21 (100%)");
    expect(marks[2]?.title).toBe("From: Talking point “Mechanism” (100%)");
  });
});
