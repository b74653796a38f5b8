// Keyboard movement through a list of results: the arrow keys move a cursor,
// Home and End jump, Enter opens the item under the cursor. Pure functions,
// so the views share one behaviour and it can be unit-tested.

export type ListKeyOutcome =
  | { action: "move"; cursor: number }
  | { action: "open"; cursor: number }
  | { action: "none" };

/** The cursor after moving by `delta`, kept inside a list of `length` items
 * (-1 when the list is empty). A list with no cursor yet starts at the top. */
export function moveCursor(cursor: number, delta: number, length: number): number {
  if (length <= 0) return -1;
  if (cursor < 0) return delta < 0 ? length - 1 : 0;
  return Math.min(length - 1, Math.max(0, cursor + delta));
}

/** What a key press means for a list; `page` is how many rows a page holds. */
export function listKey(key: string, cursor: number, length: number, page = 10): ListKeyOutcome {
  switch (key) {
    case "ArrowDown":
      return { action: "move", cursor: moveCursor(cursor, 1, length) };
    case "ArrowUp":
      return { action: "move", cursor: moveCursor(cursor, -1, length) };
    case "PageDown":
      return { action: "move", cursor: moveCursor(cursor, page, length) };
    case "PageUp":
      return { action: "move", cursor: moveCursor(cursor, -page, length) };
    case "Home":
      return length > 0 ? { action: "move", cursor: 0 } : { action: "none" };
    case "End":
      return length > 0 ? { action: "move", cursor: length - 1 } : { action: "none" };
    case "Enter":
      return cursor >= 0 && cursor < length ? { action: "open", cursor } : { action: "none" };
    default:
      return { action: "none" };
  }
}

/** Ctrl+K (Cmd+K on a Mac) focuses the search box from anywhere. */
export function isSearchShortcut(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k";
}
