// The CSP nonce for style elements. The CSP allows no inline style, but
// CodeMirror writes its styles into a <style> element, and the print view
// adds the reading copy's. The Tauri shell replaces `__TAURI_STYLE_NONCE__`
// in index.html with a fresh random nonce at every load and adds that nonce
// to the CSP's style-src, so only elements carrying it are applied.
export function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="plenary-style-nonce"]')?.content ?? "";
}
