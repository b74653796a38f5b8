// The Commitments view's state: which list is shown and its items, the
// suggestions, the commitment chosen with its detail, and the calendar the
// forms offer sessions from. Kept while the user moves between views. Every
// failure goes to the app's error banner.
import * as backend from "../lib/backend";
import { app } from "../lib/app.svelte";
import { Latest, attempt } from "../lib/load.svelte";
import type { Commitment } from "../lib/bindings/Commitment";
import type { CommitmentDetail } from "../lib/bindings/CommitmentDetail";
import type { CommitmentInput } from "../lib/bindings/CommitmentInput";
import type { CommitmentStatus } from "../lib/bindings/CommitmentStatus";
import type { CommitmentSuggestion } from "../lib/bindings/CommitmentSuggestion";
import type { Session } from "../lib/bindings/Session";
import { cleanInput, filterFor, type CommitmentList } from "./commitments";

/** How many suggestions the list asks for at a time. */
export const SUGGESTION_LIMIT = 50;

class CommitmentsState {
  list = $state<CommitmentList>("suggestions");
  /** Only those from this statement, when set (opened from the reader). */
  documentId = $state<number | null>(null);
  commitments = $state.raw<Commitment[]>([]);
  suggestions = $state.raw<CommitmentSuggestion[]>([]);
  sessions = $state.raw<Session[]>([]);
  detail = $state.raw<CommitmentDetail | null>(null);
  private readonly request = new Latest();

  get loaded(): boolean {
    return this.request.loaded;
  }

  get loading(): boolean {
    return this.request.loading;
  }

  async show(list: CommitmentList): Promise<void> {
    this.list = list;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    if (this.list === "suggestions") {
      await this.request.run(
        () => backend.commitmentSuggestions(SUGGESTION_LIMIT),
        (suggestions) => (this.suggestions = suggestions),
      );
    } else {
      const filter = { ...filterFor(this.list), document_id: this.documentId };
      await this.request.run(
        () => backend.listCommitments(filter),
        (commitments) => (this.commitments = commitments),
      );
    }
  }

  async loadSessions(): Promise<void> {
    await attempt(async () => {
      this.sessions = await backend.listSessions();
    });
  }

  async open(id: number | null): Promise<void> {
    if (id === null) {
      this.detail = null;
      return;
    }
    await attempt(async () => {
      this.detail = await backend.commitmentDetail(id);
    });
  }

  /** Accepts a suggestion (as edited, when given) and shows the commitment;
   * false after a failure (shown). */
  accept(suggestion: CommitmentSuggestion, edited: CommitmentInput | null): Promise<boolean> {
    return attempt(async () => {
      const made = await backend.acceptSuggestion(suggestion.source.passage_id, suggestion.sentence_index, edited && cleanInput(edited));
      this.dropSuggestion(suggestion);
      await this.open(made.id);
    });
  }

  async dismiss(suggestion: CommitmentSuggestion): Promise<void> {
    await attempt(async () => {
      await backend.dismissSuggestion(suggestion.source.passage_id, suggestion.sentence_index);
      this.dropSuggestion(suggestion);
    });
  }

  private dropSuggestion(s: CommitmentSuggestion): void {
    this.suggestions = this.suggestions.filter(
      (other) => other.source.passage_id !== s.source.passage_id || other.sentence_index !== s.sentence_index,
    );
  }

  /** Adds or rewrites a commitment (with `note` kept in its history) and
   * shows it; false after a failure (shown). */
  save(input: CommitmentInput, note: string | null = null): Promise<boolean> {
    return attempt(async () => {
      const saved = await backend.saveCommitment(cleanInput(input), note);
      await this.refresh();
      await this.open(saved.id);
    });
  }

  setStatus(id: number, status: CommitmentStatus, note: string | null): Promise<boolean> {
    return attempt(async () => {
      await backend.setCommitmentStatus(id, status, note);
      await Promise.all([this.open(id), this.refresh()]);
    });
  }

  async remove(id: number): Promise<void> {
    await attempt(async () => {
      await backend.deleteCommitment(id);
      this.detail = null;
      await this.refresh();
    });
  }

  /** Shows every commitment made in one statement. */
  async fromStatement(documentId: number): Promise<void> {
    this.documentId = documentId;
    this.detail = null;
    await this.show("all");
    app.show({ name: "commitments" });
  }
}

export const commitmentsState = new CommitmentsState();
