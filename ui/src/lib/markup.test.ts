// Every word the window shows comes from the catalogues: this lint parses
// each component's markup and fails on text, and on the attributes a person
// sees or hears (title, placeholder, aria-label…, and a component's props),
// that hold letters outside a t() call, apart from a few names that are the
// same in every language and the search syntax and commands shown as <code>.
import { parse } from "svelte/compiler";
import { describe, expect, it } from "vitest";

const components = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Attributes of an HTML element that a person reads or a screen reader speaks. */
const VISIBLE_ATTRIBUTES = new Set(["title", "placeholder", "aria-label", "aria-description", "aria-valuetext", "aria-roledescription", "alt", "label"]);
/** A component's props that never reach the screen; any other prop may. */
const HIDDEN_PROPS = new Set(["testid", "class", "id", "dir", "lang", "kind", "field", "name", "role"]);
/** Words that stay as they are in every language: the app's name and the
 * names of file formats. */
const SAME_IN_EVERY_LANGUAGE = /\b(Plenary|Markdown|Word|PDF|HTML|CSV|vCard|DOCX|UTC|Ctrl|Shift|Alt|Esc|Enter)\b|\.(md|txt|docx|html|pdf|csv|vcf)\b/g;
/** Elements whose text is typed as it is, in any language. */
const CODE_ELEMENTS = new Set(["code", "kbd"]);
/** A literal that names something rather than saying it: "agreed", "in_progress". */
const IDENTIFIER = /^[a-z][a-z0-9_-]*$/;

type Node = { type: string; [key: string]: unknown };

function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(SAME_IN_EVERY_LANGUAGE, ""));
}

/** The string literals with words in a script expression, leaving out the
 * keys given to t(), the operands of comparisons and object keys. */
function literalWords(expression: unknown, found: string[]): void {
  if (!expression || typeof expression !== "object") return;
  const node = expression as Node;
  if (node.type === "Literal" && typeof node.value === "string") {
    if (hasWords(node.value)) found.push(node.value);
    return;
  }
  if (node.type === "TemplateLiteral") {
    for (const quasi of node.quasis as { value: { cooked: string } }[]) if (hasWords(quasi.value.cooked)) found.push(quasi.value.cooked);
    for (const inner of node.expressions as unknown[]) literalWords(inner, found);
    return;
  }
  if (node.type === "CallExpression" && (node.callee as Node).type === "Identifier" && (node.callee as { name: string }).name === "t") {
    for (const argument of (node.arguments as unknown[]).slice(1)) literalWords(argument, found);
    return;
  }
  if (node.type === "BinaryExpression" && ["===", "!==", "==", "!="].includes(node.operator as string)) return;
  if (node.type === "CallExpression") {
    const named = (node.arguments as Node[]).filter((a) => !(a.type === "Literal" && typeof a.value === "string" && IDENTIFIER.test(a.value)));
    literalWords(node.callee, found);
    for (const argument of named) literalWords(argument, found);
    return;
  }
  if (node.type === "Property") return literalWords(node.value, found);
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" || key === "loc" || key === "start" || key === "end") continue;
    if (Array.isArray(value)) value.forEach((item) => literalWords(item, found));
    else if (value && typeof value === "object") literalWords(value, found);
  }
}

/** The words in an attribute's value: its text and the literals of its expressions. */
function attributeWords(value: unknown, found: string[]): void {
  const parts = Array.isArray(value) ? value : [value];
  for (const part of parts as Node[]) {
    if (!part || typeof part !== "object") continue;
    if (part.type === "Text" && hasWords(part.data as string)) found.push((part.data as string).trim());
    if (part.type === "ExpressionTag") literalWords(part.expression, found);
  }
}

/** The user-visible English (or any words) in a component's markup. */
export function wordsOutsideCatalogues(source: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as Node;
    if (node.type === "Text") {
      if (hasWords(node.data as string)) found.push((node.data as string).trim());
      return;
    }
    if (node.type === "ExpressionTag") return literalWords(node.expression, found);
    if (node.type === "Attribute") return;
    if (node.type === "RegularElement" && CODE_ELEMENTS.has(node.name as string)) return;
    if (node.type === "RegularElement" || node.type === "Component" || node.type === "SvelteElement") {
      for (const attribute of node.attributes as Node[]) {
        if (attribute.type !== "Attribute") continue;
        const name = attribute.name as string;
        const visible = node.type === "Component" ? !HIDDEN_PROPS.has(name) && !name.startsWith("on") : VISIBLE_ATTRIBUTES.has(name);
        if (visible) attributeWords(attribute.value, found);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "attributes" && key !== "expression" && key !== "test" && child && typeof child === "object") visit(child);
    }
  };
  visit(parse(source, { modern: true }).fragment);
  return found;
}

describe("the markup lint", () => {
  it("finds words in text, visible attributes, props and literals", () => {
    const source = `<p title="Open it">Hello {name}</p><input placeholder={"Find"} aria-label={t("nav.search")} />
      <Empty text="Nothing yet" testid="empty" /><span>{done ? "Yes" : t("common.no")}</span><b>{status === "open" ? "" : "·"}</b>
      <i>{count(n, "document")} {label("in_progress")} {join(parts, " of ")}</i>`;
    expect(wordsOutsideCatalogues(source)).toEqual(["Open it", "Hello", "Find", "Nothing yet", "Yes", " of "]);
  });

  it("lets through the app's name, file formats and symbols", () => {
    expect(wordsOutsideCatalogues(`<span>¶ Plenary</span><small>.md, .txt, .docx · PDF</small><b>{"→"}</b><code>norms NOT binding</code>`)).toEqual([]);
  });
});

describe("components", () => {
  it("show no words outside the catalogues", () => {
    expect(Object.keys(components).length).toBeGreaterThan(40);
    const offenders: Record<string, string[]> = {};
    for (const [path, source] of Object.entries(components)) {
      const words = wordsOutsideCatalogues(source);
      if (words.length) offenders[path] = words;
    }
    expect(offenders).toEqual({});
  });
});
