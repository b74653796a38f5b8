// One open draft in the studio: its autosave, the suggestions for the text
// under the cursor, inserting them (and talking points) with their
// provenance recorded, the provenance of every paragraph and its check
// against the agreed texts, the speaking time, its fields, restoring a
// revision, export, printing the reading copy and delivery. The editor
// component is reached through `EditorHandle`; everything here reads the
// text from it, so nothing waits on the library to type.
import { t } from "../lib/i18n";
import type { EditorState } from "@codemirror/state";
import { tick } from "svelte";
import * as backend from "../lib/backend";
import type { ApiError, DraftField, DraftFormat } from "../lib/backend";
import type { CheckedSpan } from "../lib/bindings/CheckedSpan";
import type { Draft } from "../lib/bindings/Draft";
import type { Filter } from "../lib/bindings/Filter";
import type { ParagraphProvenance } from "../lib/bindings/ParagraphProvenance";
import type { ReuseMatch } from "../lib/bindings/ReuseMatch";
import type { TalkingPoint } from "../lib/bindings/TalkingPoint";
import { NO_FILTER, app } from "../lib/app.svelte";
import { Latest, attempt, toApiError } from "../lib/load.svelte";
import { Autosaver, type SaveStatus } from "./autosave";
import { atCursor, countWords, focusAt, insertion, moveHit, type Change, type Focus } from "./drafting";
import { draftsState } from "./draftsState.svelte";
import { fileName } from "../lib/format";
import { printReadingCopy } from "./printCopy";
import { settingsState } from "../settings/settingsState.svelte";

export type { DraftField, DraftFormat };

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_PAUSE_MS = 250;
/** How long after a save the provenance is compared again; a long draft
 * (over `LONG_DRAFT_WORDS`) waits longer, so that comparing it, which holds
 * the library, never runs back to back while the user types. */
export const PROVENANCE_PAUSE_MS = 600;
const LONG_PROVENANCE_PAUSE_MS = 3000;
const LONG_DRAFT_WORDS = 3000;
/** How many suggestions are shown: Mod-1 … Mod-9 reach them all. */
export const HIT_COUNT = 9;

/** What the studio needs of the editor component. */
export interface EditorHandle {
  editorState(): EditorState | undefined;
  apply(change: Change): void;
  setText(body: string): void;
  focus(): void;
}

export class Studio {
  draft = $state.raw<Draft>() as Draft;
  saveStatus = $state<SaveStatus>("saved");
  saveProblem = $state<ApiError | null>(null);
  /** Words in the editor now (counted after a short pause). */
  words = $state(0);
  hits = $state.raw<ReuseMatch[]>([]);
  /** The hit the keyboard is on; -1 is the editor. */
  hitCursor = $state(-1);
  /** What the hits were found for. */
  focus = $state.raw<Focus | null>(null);
  suggestProblem = $state<ApiError | null>(null);
  filter = $state<Filter>({ ...NO_FILTER });
  provenance = $state.raw<ParagraphProvenance[] | null>(null);
  /** The draft's agreed, altered and new spans, checked with its provenance. */
  agreed = $state.raw<CheckedSpan[] | null>(null);
  /** The paragraph under the cursor, from 0 (for the provenance pane). */
  paragraph = $state(0);
  /** A short message after an export or delivery, and its full text
   * (the path written) for a tooltip. It fades after a while. */
  notice = $state<string | null>(null);
  noticeDetail = $state<string | null>(null);

  private editor: EditorHandle | null = null;
  private readonly saver: Autosaver;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private wordsTimer: ReturnType<typeof setTimeout> | undefined;
  private provenanceTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly suggestions = new Latest();
  private provenanceRunning = false;
  private provenanceAgain = false;
  private lastQuery = "";

  constructor(draft: Draft) {
    this.draft = draft;
    this.words = countWords(draft.body);
    this.filter = { ...NO_FILTER, speaker: settingsState.value.delegation };
    this.saver = new Autosaver(
      () => this.text(),
      (body) => this.saveBody(body),
      (status, error) => {
        this.saveStatus = status;
        this.saveProblem = status === "failed" ? toApiError(error) : null;
      },
    );
    this.refreshProvenance(0);
  }

  /** Opens draft `id` (with the settings its suggestions need); it throws
   * when the draft cannot be read. */
  static async open(id: number): Promise<Studio> {
    await settingsState.load();
    return new Studio(await backend.openDraft(id));
  }

  get id(): number {
    return this.draft.summary.id;
  }

  /** True while suggestions are being asked for. */
  get suggesting(): boolean {
    return this.suggestions.loading;
  }

  attach(editor: EditorHandle): void {
    this.editor = editor;
  }

  /** The user changed the text. */
  edited(state: EditorState): void {
    this.saver.changed();
    clearTimeout(this.wordsTimer);
    this.wordsTimer = setTimeout(() => (this.words = countWords(state.doc.toString())), 200);
    this.cursorMoved(state);
  }

  /** The cursor moved (or the text changed): suggestions after a pause. */
  cursorMoved(state: EditorState): void {
    clearTimeout(this.suggestTimer);
    this.suggestTimer = setTimeout(() => void this.suggest(), SUGGEST_PAUSE_MS);
    this.paragraph = paragraphIndex(state);
  }

  /** Asks again now (after a filter changed). */
  resuggest(): void {
    this.lastQuery = "";
    clearTimeout(this.suggestTimer);
    void this.suggest();
  }

  private async suggest(): Promise<void> {
    const asked = performance.now();
    const state = this.editor?.editorState();
    if (!state) return;
    const focus = focusAt(state.doc, state.selection.main.head);
    const filter = { ...this.filter };
    const query = focus ? `${focus.text}\u0000${JSON.stringify(filter)}` : "";
    if (query === this.lastQuery) {
      this.focus = focus;
      return;
    }
    this.lastQuery = query;
    if (!focus) {
      this.suggestions.cancel();
      this.focus = null;
      this.hits = [];
      this.hitCursor = -1;
      return;
    }
    await this.suggestions.run(
      () => backend.suggest(focus.text, filter, HIT_COUNT),
      (hits) => {
        this.focus = focus;
        this.hits = hits;
        this.hitCursor = -1;
        this.suggestProblem = null;
        void shownAfter(asked);
      },
      (error) => (this.suggestProblem = toApiError(error)),
    );
  }

  /** Moves the keyboard through the hits; returns the new cursor. */
  moveHit(delta: number): number {
    this.hitCursor = moveHit(this.hitCursor, delta, this.hits.length);
    return this.hitCursor;
  }

  /** Inserts hit `index` (from 0) as the settings say, then records it. */
  async insertHit(index: number): Promise<void> {
    const hit = this.hits[index];
    const state = this.editor?.editorState();
    if (!hit || !state || !this.editor) return;
    const head = state.selection.main.head;
    const now = focusAt(state.doc, head);
    // The match's span is into the text sent; it holds while that text is
    // still what is under the cursor.
    const span = now && this.focus && now.text === this.focus.text ? { from: hit.query_span.start, to: hit.query_span.end } : null;
    const change = insertion(state.doc, head, hit.source_text, settingsState.value.insert_mode, now, span);
    this.editor.apply(change);
    this.editor.focus();
    this.hitCursor = -1;
    await this.record({ kind: "passage", passage_id: hit.source.passage_id }, change.insert.trim(), hit.score);
  }

  /** Inserts a talking point's text at the cursor, then records it. */
  async insertPoint(point: TalkingPoint): Promise<void> {
    const state = this.editor?.editorState();
    if (!state || !this.editor) return;
    const change = atCursor(state.doc, state.selection.main.head, point.text.trim());
    this.editor.apply(change);
    this.editor.focus();
    await this.record({ kind: "talking_point", id: point.id }, point.text.trim(), null);
  }

  private async record(source: backend.InsertionSource, text: string, score: number | null): Promise<void> {
    await attempt(async () => {
      await this.saver.flush();
      const draft = await backend.recordInsertion(this.id, source, text, score);
      this.draft = { ...draft, body: this.draft.body };
      this.refreshProvenance(0);
    });
  }

  private async saveBody(body: string): Promise<void> {
    const summary = await backend.saveDraftBody(this.id, body);
    this.draft = { ...this.draft, summary, body };
    draftsState.replace(summary);
    this.refreshProvenance(summary.words > LONG_DRAFT_WORDS ? LONG_PROVENANCE_PAUSE_MS : PROVENANCE_PAUSE_MS);
  }

  /** Compares the saved text with the library again after `delay` ms. */
  refreshProvenance(delay: number): void {
    clearTimeout(this.provenanceTimer);
    this.provenanceTimer = setTimeout(() => void this.loadProvenance(), delay);
  }

  /** One comparison at a time; a request during one runs once it ends. */
  private async loadProvenance(): Promise<void> {
    if (this.provenanceRunning) {
      this.provenanceAgain = true;
      return;
    }
    this.provenanceRunning = true;
    await attempt(async () => {
      const [provenance, agreed] = await Promise.all([backend.draftProvenance(this.id), backend.checkDraft(this.id)]);
      this.provenance = provenance;
      this.agreed = agreed;
    });
    this.provenanceRunning = false;
    if (this.provenanceAgain) {
      this.provenanceAgain = false;
      void this.loadProvenance();
    }
  }

  /** Checks the saved text against the agreed texts now. */
  async checkAgreed(): Promise<void> {
    await attempt(async () => {
      this.agreed = await backend.checkDraft(this.id);
    });
  }

  /** Changes one of the draft's fields; the text is left as it is. */
  setField(field: DraftField, value: string | null): Promise<boolean> {
    return attempt(async () => {
      const draft = await backend.updateDraft(this.id, field, value);
      this.draft = { ...this.draft, summary: draft.summary };
      draftsState.replace(draft.summary);
    });
  }

  /** Puts an earlier revision's text back (the current one is kept as a revision). */
  restore(revisionId: number): Promise<boolean> {
    return attempt(async () => {
      await this.saver.flush();
      const draft = await backend.restoreRevision(this.id, revisionId);
      this.saver.reset();
      this.editor?.setText(draft.body);
      this.draft = draft;
      this.words = countWords(draft.body);
      draftsState.replace(draft.summary);
      this.resuggest();
      this.refreshProvenance(0);
    });
  }

  /** Saves what is typed, then writes the export (through the save dialog). */
  async exportAs(format: DraftFormat): Promise<void> {
    await attempt(async () => {
      await this.saver.flush();
      const path = await backend.exportDraft(this.id, format);
      if (path) this.tell(t("drafts.notices.exported", { file: fileName(path) }), path);
    });
  }

  /** Saves what is typed, then prints the podium reading copy through the
   * system's print dialog. */
  async printReadingCopy(): Promise<void> {
    await attempt(async () => {
      await this.saver.flush();
      printReadingCopy(await backend.readingCopy(this.id));
    });
  }

  /** Saves what is typed, then marks the draft delivered on `date`: it
   * enters the library as a statement. */
  deliver(date: string): Promise<boolean> {
    return attempt(async () => {
      await this.saver.flush();
      const draft = await backend.deliverDraft(this.id, date);
      this.draft = { ...draft, body: this.draft.body };
      draftsState.replace(draft.summary);
      this.tell(t("drafts.notices.delivered"));
      void app.refresh();
    });
  }

  /** The text in the editor now. */
  text(): string {
    return this.editor?.editorState()?.doc.toString() ?? this.draft.body;
  }

  /** Keeps the text now as the template `name` (a new one, or replacing
   * the one of that name), for later drafts to start from. */
  saveAsTemplate(name: string): Promise<boolean> {
    return attempt(async () => {
      await backend.saveTemplate({ name, body: this.text() });
      this.tell(t("drafts.notices.templateSaved", { name }));
    });
  }

  private tell(message: string, detail: string | null = null): void {
    this.notice = message;
    this.noticeDetail = detail;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = null), 12_000);
  }

  /** Waits until everything typed is in the library. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /** The studio closes: stop the timers, save what is left. */
  dispose(): void {
    clearTimeout(this.suggestTimer);
    clearTimeout(this.wordsTimer);
    clearTimeout(this.provenanceTimer);
    clearTimeout(this.noticeTimer);
    void this.saver.flush();
  }
}

/** Which paragraph (blank-line separated, from 0) the cursor is in. Reads
 * lines up to the cursor only. */
function paragraphIndex(state: EditorState): number {
  const doc = state.doc;
  const cursorLine = doc.lineAt(state.selection.main.head).number;
  let index = -1;
  let inParagraph = false;
  for (let n = 1; n <= cursorLine; n++) {
    const blank = doc.line(n).text.trim() === "";
    if (!blank && !inParagraph) index++;
    inParagraph = !blank;
  }
  return Math.max(0, index);
}

/** Records, as the User Timing measure "plenary:suggestions-shown", the
 * time from the end of a typing pause (`asked`) to the frame after the
 * suggestions are rendered; `make bench-typing` reads it. */
async function shownAfter(asked: number): Promise<void> {
  await tick();
  requestAnimationFrame(() => {
    performance.measure("plenary:suggestions-shown", { start: asked, end: performance.now() });
    // Only the latest few are kept, so a long session holds no more.
    if (performance.getEntriesByName("plenary:suggestions-shown").length > 500) {
      performance.clearMeasures("plenary:suggestions-shown");
    }
  });
}
