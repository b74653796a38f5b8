// How every state module reaches the library, one way: a failure becomes
// an `ApiError` and, unless the caller says where else it goes, is shown in
// the error banner. `attempt` runs one step and says whether it worked,
// `outcome` gives a step's answer or its reason for a form to show, and
// `Latest` runs a request made again and again (a list as its filters
// change, results as the user types), keeps only the latest answer, and
// says while it loads and once it has loaded. Components never call the
// backend: they call the state modules, which call it through these.
import { isApiError, type ApiError } from "./backend";

/** Any thrown value as an ApiError, so every failure has a readable message. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}

/** The failure the error banner shows, until it is dismissed. */
export const banner = $state<{ error: ApiError | null }>({ error: null });

/** Shows a failure in the error banner. */
export function fail(error: unknown): void {
  banner.error = toApiError(error);
}

/** Runs `work`; a failure goes to `failed` (the error banner unless told
 * otherwise). True when it succeeded. */
export async function attempt(work: () => Promise<unknown>, failed: (error: unknown) => void = fail): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    failed(error);
    return false;
  }
}

/** What a step answered, or why it failed in words: for a form that shows
 * the reason in place, beside what was typed, rather than in the banner. */
export function outcome<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; problem: string }> {
  return work.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, problem: toApiError(error).message }),
  );
}

/** A request made again and again, of which only the latest counts: the
 * answer (or failure) of one overtaken by a later one is dropped. */
export class Latest {
  /** True while the latest request runs. */
  loading = $state(false);
  /** True once a request has answered (or failed). */
  loaded = $state(false);
  private sent = 0;

  /** Asks, then hands the answer to `use` (a failure to `failed`) unless
   * a later request was made meanwhile. */
  async run<T>(ask: () => Promise<T>, use: (answer: T) => void, failed: (error: unknown) => void = fail): Promise<void> {
    const ticket = ++this.sent;
    this.loading = true;
    try {
      const answer = await ask();
      if (ticket === this.sent) use(answer);
    } catch (error) {
      if (ticket === this.sent) failed(error);
    } finally {
      if (ticket === this.sent) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  /** Drops the answer of the request under way, if any. */
  cancel(): void {
    this.sent++;
    this.loading = false;
  }
}
