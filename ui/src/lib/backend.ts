// The one module that talks to the Tauri shell. Every command the UI uses is
// a typed function here, with its types generated from the Rust side
// (./bindings). Errors arrive as `ApiError` ({kind, message}); anything else
// thrown is wrapped into one, so views only ever handle that shape.
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { AgreedText } from "./bindings/AgreedText";
import type { ApiError } from "./bindings/ApiError";
import type { BackupFile } from "./bindings/BackupFile";
import type { Chair } from "./bindings/Chair";
import type { CheckedSpan } from "./bindings/CheckedSpan";
import type { Commitment } from "./bindings/Commitment";
import type { CommitmentDetail } from "./bindings/CommitmentDetail";
import type { CommitmentFilter } from "./bindings/CommitmentFilter";
import type { CommitmentInput } from "./bindings/CommitmentInput";
import type { CommitmentStatus } from "./bindings/CommitmentStatus";
import type { CommitmentSuggestion } from "./bindings/CommitmentSuggestion";
import type { Concept } from "./bindings/Concept";
import type { ConceptFields } from "./bindings/ConceptFields";
import type { ConcordanceLine } from "./bindings/ConcordanceLine";
import type { Contact } from "./bindings/Contact";
import type { ContactFields } from "./bindings/ContactFields";
import type { ContactFilePreview } from "./bindings/ContactFilePreview";
import type { ContactImportReport } from "./bindings/ContactImportReport";
import type { ContactLogEntry } from "./bindings/ContactLogEntry";
import type { ContactLogKind } from "./bindings/ContactLogKind";
import type { ContactMapping } from "./bindings/ContactMapping";
import type { ContactOutcome } from "./bindings/ContactOutcome";
import type { DeskAgenda } from "./bindings/DeskAgenda";
import type { DiffOp } from "./bindings/DiffOp";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { Draft } from "./bindings/Draft";
import type { DraftSummary } from "./bindings/DraftSummary";
import type { Filter } from "./bindings/Filter";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportReport } from "./bindings/ImportReport";
import type { InsertionSource } from "./bindings/InsertionSource";
import type { Language } from "./bindings/Language";
import type { Layout } from "./bindings/Layout";
import type { LibraryAccess } from "./bindings/LibraryAccess";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import type { MappingSource } from "./bindings/MappingSource";
import type { ReanalysisReport } from "./bindings/ReanalysisReport";
import type { Reading } from "./bindings/Reading";
import type { ParagraphProvenance } from "./bindings/ParagraphProvenance";
import type { PassageCheck } from "./bindings/PassageCheck";
import type { PositionTimeline } from "./bindings/PositionTimeline";
import type { PlainBackups } from "./bindings/PlainBackups";
import type { PocType } from "./bindings/PocType";
import type { ReuseMap } from "./bindings/ReuseMap";
import type { ReuseMatch } from "./bindings/ReuseMatch";
import type { Safekeeping } from "./bindings/Safekeeping";
import type { Revision } from "./bindings/Revision";
import type { SearchResults } from "./bindings/SearchResults";
import type { Session } from "./bindings/Session";
import type { SessionFile } from "./bindings/SessionFile";
import type { Settings } from "./bindings/Settings";
import type { Suggestion } from "./bindings/Suggestion";
import type { TalkingPoint } from "./bindings/TalkingPoint";
import type { TalkingPointInput } from "./bindings/TalkingPointInput";
import type { Template } from "./bindings/Template";
import type { TermHit } from "./bindings/TermHit";
import type { TermbaseImportReport } from "./bindings/TermbaseImportReport";
import type { Topic } from "./bindings/Topic";
import type { UnlistedValue } from "./bindings/UnlistedValue";

export type { ApiError, BackupFile, PlainBackups, Safekeeping };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ApiError).kind === "string" &&
    typeof (value as ApiError).message === "string"
  );
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isApiError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw { kind: "internal", message } satisfies ApiError;
  }
}

export const libraryInfo = () => call<LibraryInfo>("library_info");

export const listDocuments = (filter: Filter) => call<DocumentSummary[]>("list_documents", { filter });

export const openDocument = (id: number) => call<Reading>("open_document", { id });

export const reuseMap = (id: number) => call<ReuseMap>("reuse_map", { id });

export const updateMetadata = (id: number, field: string, value: string | null) =>
  call<DocumentSummary>("update_metadata", { id, field, value });

/** Cuts a document into paragraphs again in the layout its user chose. */
export const setLayout = (id: number, layout: Layout) => call<Reading>("set_layout", { id, layout });

/** Analyses documents again from their text: every document when `ids` is empty. */
export const reanalyse = (ids: number[]) => call<ReanalysisReport>("reanalyse", { ids });

/** Searches passages; in `allLanguages`, a termbase term is followed into every language. */
export const search = (query: string, filter: Filter, allLanguages = false) => call<SearchResults>("search", { query, filter, allLanguages });

export const concordance = (phrase: string, filter: Filter) =>
  call<ConcordanceLine[]>("concordance", { phrase, filter });

/** Shows the file (or folder) dialog; an empty list when cancelled. */
export const pickImportPaths = (folder: boolean) => call<string[]>("pick_import_paths", { folder });

export function importPaths(paths: string[], onProgress: (progress: ImportProgress) => void) {
  return call<ImportReport>("import_paths", { paths, onProgress: new Channel<ImportProgress>(onProgress) });
}

export function importSamples(onProgress: (progress: ImportProgress) => void) {
  return call<ImportReport>("import_samples", { onProgress: new Channel<ImportProgress>(onProgress) });
}

/** Tells the shell the first view is on screen (the start-up bench waits for it). */
export const libraryShown = (documents: number) => call<null>("library_shown", { documents });

// Drafting: settings, templates, drafts, suggestions, provenance, revisions,
// exports and talking points.

export type { InsertionSource, TalkingPointInput };

/** A draft's fields that `update_draft` changes one at a time. */
export type DraftField = "title" | "session" | "topic" | "language" | "target_minutes" | "status";

/** What `export_draft` writes: Word, PDF, a web page, Markdown, the podium
 * reading copy (a page or a PDF), or the provenance report for capital (a
 * page, Word or PDF). */
export type DraftFormat = "docx" | "pdf" | "html" | "md" | "reading" | "reading-pdf" | "provenance" | "provenance-docx" | "provenance-pdf";

export const settings = () => call<Settings>("settings");

export const saveSettings = (value: Settings) => call<Settings>("save_settings", { settings: value });

/** The templates as a new draft in `language`, addressing `chair`, starts from them. */
export const draftTemplates = (language: Language, chair: Chair) => call<Template[]>("draft_templates", { language, chair });

export const saveTemplate = (template: Template) => call<Template[]>("save_template", { template });

export const listDrafts = () => call<DraftSummary[]>("list_drafts");

export const createDraft = (title: string, template: string | null, language: Language, chair: Chair) =>
  call<Draft>("create_draft", { title, template, language, chair });

export const openDraft = (id: number) => call<Draft>("open_draft", { id });

/** Autosave: cheap, and keeps a revision now and then. */
export const saveDraftBody = (id: number, body: string) => call<DraftSummary>("save_draft_body", { id, body });

export const updateDraft = (id: number, field: DraftField, value: string | null) =>
  call<Draft>("update_draft", { id, field, value });

export const deleteDraft = (id: number) => call<null>("delete_draft", { id });

/** Earlier language for a sentence or paragraph, best first. */
export const suggest = (text: string, filter: Filter, k: number) => call<Suggestion[]>("suggest", { text, filter, k });

export const recordInsertion = (draftId: number, source: InsertionSource, text: string, score: number | null) =>
  call<Draft>("record_insertion", { draftId, source, text, score });

export const draftProvenance = (id: number) => call<ParagraphProvenance[]>("draft_provenance", { id });

export const draftRevisions = (id: number) => call<Revision[]>("draft_revisions", { id });

export const revisionBody = (draftId: number, revisionId: number) => call<string>("revision_body", { draftId, revisionId });

export const restoreRevision = (draftId: number, revisionId: number) =>
  call<Draft>("restore_revision", { draftId, revisionId });

/** Shows a save dialog and writes the file; the path written, or null when cancelled. */
export const exportDraft = (id: number, format: DraftFormat, checkAgainstDelivery: boolean) =>
  call<string | null>("export_draft", { id, format, checkAgainstDelivery });

/** The podium reading copy as an HTML page, for printing. */
export const readingCopy = (id: number) => call<string>("reading_copy", { id });

/** Marks the draft sent to capital for clearance. */
export const sendToCapital = (id: number) => call<Draft>("send_to_capital", { id });

/** Records capital's clearance of the draft as it reads now (by the user's name). */
export const clearDraft = (id: number) => call<Draft>("clear_draft", { id });

/** The word diff from the cleared revision to the draft as it reads. */
export const changesSinceCleared = (id: number) => call<DiffOp[]>("changes_since_cleared", { id });

/** Delivers the draft; one not cleared as it reads only with `uncleared`. */
export const deliverDraft = (id: number, date: string, uncleared: boolean) => call<Draft>("deliver_draft", { id, date, uncleared });

export const listPoints = (query: string | null, pillar: string | null, session: string | null) =>
  call<TalkingPoint[]>("list_points", { query, pillar, session });

export const savePoint = (point: TalkingPointInput) => call<TalkingPoint>("save_point", { point });

export const deletePoint = (id: number) => call<null>("delete_point", { id });

/** A document's agreed-text mark, or null when it has none. */
export const agreedText = (documentId: number) => call<AgreedText | null>("agreed_text", { documentId });

export const markAgreed = (documentId: number, symbol: string) => call<AgreedText>("mark_agreed", { documentId, symbol });

export const unmarkAgreed = (documentId: number) => call<null>("unmark_agreed", { documentId });

/** Every agreed, altered and new span of the saved draft, in order. */
export const checkDraft = (id: number) => call<CheckedSpan[]>("check_draft", { id });

/** The passages of a document that quote or alter an agreed text. */
export const checkDocument = (id: number) => call<PassageCheck[]>("check_document", { id });

/** How the wording of a topic, phrase or passage evolved (the delegation's when `speaker` is null). */
export const positionTimeline = (query: string, speaker: string | null, allLanguages = false) =>
  call<PositionTimeline>("position_timeline", { query, speaker, allLanguages });

/** Other speakers with the same or near wording as a draft paragraph. */
export const whoElseSays = (text: string) => call<ReuseMatch[]>("who_else_says", { passageId: null, text });

/** Who else says a stored passage: other speakers' passages with the same or near wording. */
export const whoElseSaysPassage = (passageId: number) => call<ReuseMatch[]>("who_else_says", { passageId, text: null });
// The termbase: concepts with their terms in the six languages.

export const listConcepts = () => call<Concept[]>("list_concepts");

/** Adds an entry (`id` null) or rewrites one. */
export const saveConcept = (id: number | null, fields: ConceptFields) => call<Concept>("save_concept", { id, fields });

export const deleteConcept = (id: number) => call<null>("delete_concept", { id });

/** Asks for a TBX or CSV file and imports it; null when cancelled. */
export const importTermbase = () => call<TermbaseImportReport | null>("import_termbase");

/** Saves the termbase as TBX or CSV where the user chooses; the path, or null when cancelled. */
export const exportTermbase = (format: "tbx" | "csv") => call<string | null>("export_termbase", { format });

/** The termbase's terms found in a text (byte spans). */
export const termHits = (text: string) => call<TermHit[]>("term_hits", { text });

/** The entry one of whose terms `query` is, or null. */
export const conceptNamed = (query: string) => call<Concept | null>("concept_named", { query });

// The desk: the Points of Contact directory.

export const listContacts = (query: string | null, state: string | null, pocType: PocType | null) =>
  call<Contact[]>("list_contacts", { query, state, pocType });

/** Adds an entry (`id` null) or rewrites one. */
export const saveContact = (id: number | null, fields: ContactFields) => call<Contact>("save_contact", { id, fields });

export const deleteContact = (id: number) => call<null>("delete_contact", { id });

/** Logs a call, email or ping test; the entry comes back (verified when it answered). */
export const logContact = (id: number, date: string, kind: ContactLogKind, outcome: ContactOutcome, note: string | null) =>
  call<Contact>("log_contact", { id, date, kind, outcome, note });

export const contactLog = (id: number) => call<ContactLogEntry[]>("contact_log", { id });

/** Shows the open dialog for a contacts file (CSV or vCard) and answers
 * its mapping step, read by `preset`'s headers when given; null when
 * cancelled. The file is kept for `importPickedContacts`. */
export const pickContactsFile = (preset: MappingSource | null) =>
  call<ContactFilePreview | null>("pick_contacts_file", { preset });

/** The mapping step of the file picked, read again by `preset`'s headers. */
export const previewPickedContacts = (preset: MappingSource | null) =>
  call<ContactFilePreview>("preview_picked_contacts", { preset });

/** Imports the file picked through `mapping`; `onRows` hears the count of
 * entries read, every thousand. */
export const importPickedContacts = (mapping: ContactMapping, onRows: (rows: number) => void) =>
  call<ContactImportReport>("import_picked_contacts", { mapping, onProgress: new Channel<number>(onRows) });

/** The canonical names of the States an entry may be of. */
export const stateNames = () => call<string[]>("state_names");

/** Shows a save dialog and writes the directory; the path, or null when cancelled. */
export const exportContacts = (format: "csv" | "vcard") => call<string | null>("export_contacts", { format });

export const staleMonths = () => call<number>("stale_months");

export const setStaleMonths = (months: number) => call<null>("set_stale_months", { months });

// The desk: commitments, with the sentences of statements suggested as ones.

/** Sentences of the delegation's statements that read as commitments, surest first. */
export const commitmentSuggestions = (limit: number) => call<CommitmentSuggestion[]>("commitment_suggestions", { limit });

/** Makes a suggestion a commitment linked to its passage, as suggested or as `edited`. */
export const acceptSuggestion = (passageId: number, sentenceIndex: number, edited: CommitmentInput | null) =>
  call<Commitment>("accept_suggestion", { passageId, sentenceIndex, edited });

/** A dismissed suggestion is never suggested again. */
export const dismissSuggestion = (passageId: number, sentenceIndex: number) =>
  call<null>("dismiss_suggestion", { passageId, sentenceIndex });

/** Adds a commitment (`input.id` null) or rewrites one; every field changed
 * is kept in its history, with `note` (or the note alone). */
export const saveCommitment = (input: CommitmentInput, note: string | null) =>
  call<Commitment>("save_commitment", { input, note });

/** Moves a commitment to `status`; the change is kept with its date and note. */
export const setCommitmentStatus = (id: number, status: CommitmentStatus, note: string | null) =>
  call<Commitment>("set_commitment_status", { id, status, note });

export const deleteCommitment = (id: number) => call<null>("delete_commitment", { id });

/** Overdue first, then by due date (none last), then newest. */
export const listCommitments = (filter: CommitmentFilter) => call<Commitment[]>("list_commitments", { filter });

/** A commitment with its status history and the later statements repeating its source. */
export const commitmentDetail = (id: number) => call<CommitmentDetail>("commitment_detail", { id });

// The desk: the calendar of sessions.

/** By start date. */
export const listSessions = () => call<Session[]>("list_sessions");

/** A session's page: its drafts, commitments due, talking points and statements. */
export const sessionFile = (key: string) => call<SessionFile>("session_file", { key });

/** Creates or replaces a session by its key. */
export const saveSession = (session: Session) => call<Session>("save_session", { session });

export const deleteSession = (key: string) => call<null>("delete_session", { key });

/** The home view's summary: the next session and what is due before it. */
export const deskAgenda = () => call<DeskAgenda>("desk_agenda");

/** Merges a session, or a value on no list, into a session of the calendar. */
export const mergeSession = (from: string, into: string) => call<number>("merge_session", { from, into });

/** Shows a save dialog and writes the sessions and due dates as an iCalendar
 * file; the path, or null when cancelled. */
export const exportCalendar = () => call<string | null>("export_calendar");

// The list of topics drafts, talking points and commitments are tagged with.

export const listTopics = () => call<Topic[]>("list_topics");

/** Adds a topic; its name as kept comes back. */
export const addTopic = (name: string) => call<string>("add_topic", { name });

export const renameTopic = (from: string, to: string) => call<string>("rename_topic", { from, to });

export const deleteTopic = (name: string) => call<null>("delete_topic", { name });

/** Merges a topic, or a value on no list, into a topic of the list. */
export const mergeTopic = (from: string, into: string) => call<number>("merge_topic", { from, into });

/** The sessions and topics drafts, points and commitments hold but no list does. */
export const unlistedValues = () => call<UnlistedValue[]>("unlisted_values");

// Keeping the library safe: unlocking, backups, the passphrase.

/** Whether the library is encrypted and waits for its passphrase. */
export const libraryAccess = () => call<LibraryAccess>("library_access");

/** Opens the encrypted library; a wrong passphrase is an error and changes nothing. */
export const unlockLibrary = (passphrase: string) => call<null>("unlock_library", { passphrase });

export const safekeeping = () => call<Safekeeping>("safekeeping");

export const backUpNow = () => call<Safekeeping>("back_up_now");

/** How many daily backups to keep; 0 stops them. */
export const setDailyBackups = (keep: number) => call<Safekeeping>("set_daily_backups", { keep });

/** Encrypts the library; `backups` says what becomes of the backups that are not encrypted. */
export const setPassphrase = (passphrase: string, backups: PlainBackups) =>
  call<Safekeeping>("set_passphrase", { passphrase, backups });

export const changePassphrase = (current: string, next: string) =>
  call<Safekeeping>("change_passphrase", { current, new: next });

export const removePassphrase = (passphrase: string) => call<Safekeeping>("remove_passphrase", { passphrase });

/** The backups beside the library, newest first; works when the library does not open. */
export const listBackups = () => call<BackupFile[]>("list_backups");

/** Puts a backup in place of the library; where the replaced library was kept, if there was one. */
export const restoreBackup = (backup: string, passphrase: string | null, removeEncryption: boolean) =>
  call<string | null>("restore_backup", { backup, passphrase, removeEncryption });

/** Calls `onDrop` with the paths of files dropped on the window, and
 * `onHover` with whether something is being dragged over it. */
export function onFileDrop(onDrop: (paths: string[]) => void, onHover: (hovering: boolean) => void) {
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    if (payload.type === "enter" || payload.type === "over") onHover(true);
    else if (payload.type === "leave") onHover(false);
    else {
      onHover(false);
      if (payload.paths.length > 0) onDrop(payload.paths);
    }
  });
}
