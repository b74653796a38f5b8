// Printing the podium reading copy through the system print dialog. The
// core renders it as an HTML page (large type, numbered paragraphs, time
// marks, print CSS) with every text escaped. Its body is put into a print-
// only element of this page and its styles into a style element that
// carries the CSP nonce, wrapped in `@media print` so the screen never
// changes; both are removed once printing is done. The element takes the
// page's language and direction, so an Arabic draft's copy runs right to
// left whatever the interface's language. Nothing of it runs:
// script elements are dropped and the CSP forbids inline script anyway.
import { styleNonce } from "./styleNonce";

const ROOT_ID = "print-copy";
const STYLE_ID = "print-copy-style";

export function printReadingCopy(html: string): void {
  const page = new DOMParser().parseFromString(html, "text/html");
  const css = [...page.querySelectorAll("style")].map((style) => style.textContent ?? "").join("\n");
  removePrintCopy();
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.nonce = styleNonce();
  style.textContent = `@media print {\n${css}\n}`;
  const root = document.createElement("div");
  root.id = ROOT_ID;
  root.className = page.body.className;
  root.lang = page.documentElement.lang;
  root.dir = page.documentElement.dir;
  for (const node of [...page.body.childNodes]) root.append(document.importNode(node, true));
  for (const script of root.querySelectorAll("script")) script.remove();
  document.head.append(style);
  document.body.append(root);
  window.addEventListener("afterprint", removePrintCopy, { once: true });
  window.print();
}

function removePrintCopy(): void {
  document.getElementById(ROOT_ID)?.remove();
  document.getElementById(STYLE_ID)?.remove();
}
