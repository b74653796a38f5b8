import { describe, expect, it } from "vitest";
import { diffPieces, diffSummary, markStretches, reuseTint, wording, type DiffOp } from "./reuseView";

describe("reuseTint", () => {
  it("grades scores into same, close and partial", () => {
    expect(reuseTint(100).level).toBe("same");
    expect(reuseTint(99.9).level).toBe("close");
    expect(reuseTint(95).level).toBe("close");
    expect(reuseTint(80).level).toBe("close");
    expect(reuseTint(79).level).toBe("partial");
  });

  it("tints more strongly as the score rises, within bounds", () => {
    expect(reuseTint(60).strength).toBe(0.35);
    expect(reuseTint(100).strength).toBe(1);
    expect(reuseTint(80).strength).toBeGreaterThan(reuseTint(70).strength);
    expect(reuseTint(10).strength).toBe(0.35);
    expect(reuseTint(140).strength).toBe(1);
  });

  it("labels with the percentage the core gives", () => {
    expect(reuseTint(87.6).label).toBe("87.6% · close match");
  });
});

// The 2021 → 2024 example from the product brief.
const ops: DiffOp[] = [
  { op: "equal", text: "International cooperation for capacity building and sharing of requisite technologies to enhance cyber security could be" },
  { op: "delete", text: "another" },
  { op: "insert", text: "an important" },
  { op: "equal", text: "area of early progress" },
  { op: "insert", text: ", he said" },
];

describe("diffPieces", () => {
  it("puts a space between pieces but not before punctuation", () => {
    const pieces = diffPieces(ops);
    expect(pieces.map((p) => p.spaceBefore)).toEqual([false, true, true, true, false]);
  });

  it("drops empty ops", () => {
    expect(diffPieces([{ op: "equal", text: "" }, { op: "insert", text: "new" }])).toEqual([
      { op: "insert", text: "new", spaceBefore: false },
    ]);
  });
});

describe("wording and diffSummary", () => {
  it("rebuilds the earlier and later wording", () => {
    expect(wording(ops, "earlier")).toBe(
      "International cooperation for capacity building and sharing of requisite technologies to enhance cyber security could be another area of early progress",
    );
    expect(wording(ops, "later")).toMatch(/could be an important area of early progress, he said$/);
  });

  it("counts kept, added and removed words", () => {
    expect(diffSummary(ops)).toEqual({ kept: 20, added: 4, removed: 1 });
  });
});

describe("markStretches", () => {
  const text = "We support CBMs. A legally binding instrument is needed. Thank you.";
  const at = (s: string) => new TextEncoder().encode(text.slice(0, text.indexOf(s))).length;

  it("marks the stretches repeated from earlier passages with their score", () => {
    const start = at("A legally");
    const end = at(" Thank");
    const pieces = markStretches(text, [{ start, end, score: 91, earlier: true }]);
    expect(pieces).toEqual([
      { text: "We support CBMs. ", reused: false, score: null },
      { text: "A legally binding instrument is needed.", reused: true, score: 91 },
      { text: " Thank you.", reused: false, score: null },
    ]);
  });

  it("splits overlapping stretches and keeps the best earlier score", () => {
    const pieces = markStretches(text, [
      { start: 0, end: at(" Thank"), score: 70, earlier: true },
      { start: at("A legally"), end: text.length, score: 88, earlier: true },
      { start: at("Thank"), end: text.length, score: 95, earlier: false },
    ]);
    expect(pieces.map((p) => [p.text, p.score])).toEqual([
      ["We support CBMs. ", 70],
      ["A legally binding instrument is needed. Thank you.", 88],
    ]);
  });

  it("counts bytes, not UTF-16 units, so accents and CJK stay whole", () => {
    const french = "Le Président a dit : « nous soutenons ».";
    const start = new TextEncoder().encode("Le Président a dit : ").length;
    const pieces = markStretches(french, [{ start, end: new TextEncoder().encode(french).length, score: 100, earlier: true }]);
    expect(pieces[1]?.text).toBe("« nous soutenons ».");
  });

  it("marks stretches only later passages repeat without a score", () => {
    const pieces = markStretches(text, [{ start: 0, end: 16, score: 99, earlier: false }]);
    expect(pieces[0]).toEqual({ text: "We support CBMs.", reused: true, score: null });
  });
});
