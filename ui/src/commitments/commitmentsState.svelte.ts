// The Commitments view's state: which list is shown and its items, the
// suggestions, the commitment chosen with its detail, and the calendar the
// forms offer sessions from. Kept while the user moves between views. Every
// failure goes to the app's error banner.
import * as backend from "../lib/backend";
import { app } from "../lib/app.svelte";
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
  loaded = $state(false);
  loading = $state(false);
  detail = $state.raw<CommitmentDetail | null>(null);
  private asked = 0;

  async show(list: CommitmentList): Promise<void> {
    this.list = list;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const ask = ++this.asked;
    this.loading = true;
    try {
      if (this.list === "suggestions") {
        const suggestions = await backend.commitmentSuggestions(SUGGESTION_LIMIT);
        if (ask === this.asked) this.suggestions = suggestions;
      } else {
        const filter = { ...filterFor(this.list), document_id: this.documentId };
        const commitments = await backend.listCommitments(filter);
        if (ask === this.asked) this.commitments = commitments;
      }
    } catch (error) {
      app.fail(error);
    } finally {
      if (ask === this.asked) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  async loadSessions(): Promise<void> {
    try {
      this.sessions = await backend.listSessions();
    } catch (error) {
      app.fail(error);
    }
  }

  async open(id: number | null): Promise<void> {
    if (id === null) {
      this.detail = null;
      return;
    }
    try {
      this.detail = await backend.commitmentDetail(id);
    } catch (error) {
      app.fail(error);
    }
  }

  /** Accepts a suggestion (as edited, when given) and shows the commitment. */
  async accept(suggestion: CommitmentSuggestion, edited: CommitmentInput | null): Promise<Commitment | null> {
    try {
      const made = await backend.acceptSuggestion(suggestion.source.passage_id, suggestion.sentence_index, edited && cleanInput(edited));
      this.dropSuggestion(suggestion);
      await this.open(made.id);
      return made;
    } catch (error) {
      app.fail(error);
      return null;
    }
  }

  async dismiss(suggestion: CommitmentSuggestion): Promise<void> {
    try {
      await backend.dismissSuggestion(suggestion.source.passage_id, suggestion.sentence_index);
      this.dropSuggestion(suggestion);
    } catch (error) {
      app.fail(error);
    }
  }

  private dropSuggestion(s: CommitmentSuggestion): void {
    this.suggestions = this.suggestions.filter(
      (other) => other.source.passage_id !== s.source.passage_id || other.sentence_index !== s.sentence_index,
    );
  }

  async save(input: CommitmentInput): Promise<Commitment | null> {
    try {
      const saved = await backend.saveCommitment(cleanInput(input));
      await this.refresh();
      await this.open(saved.id);
      return saved;
    } catch (error) {
      app.fail(error);
      return null;
    }
  }

  async setStatus(id: number, status: CommitmentStatus, note: string | null): Promise<boolean> {
    try {
      await backend.setCommitmentStatus(id, status, note);
      await Promise.all([this.open(id), this.refresh()]);
      return true;
    } catch (error) {
      app.fail(error);
      return false;
    }
  }

  async remove(id: number): Promise<void> {
    try {
      await backend.deleteCommitment(id);
      this.detail = null;
      await this.refresh();
    } catch (error) {
      app.fail(error);
    }
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
