// The drafter's settings (delegation, speaking rate, what inserting does),
// kept in the library file and loaded once. Until a delegation is chosen
// the drafts view asks for one; "Skip" stops asking until the next start.
import * as backend from "../lib/backend";
import type { Settings } from "../lib/bindings/Settings";
import { attempt } from "../lib/load.svelte";

export const DEFAULT_SETTINGS: Settings = { delegation: null, words_per_minute: 130, insert_mode: "replace_sentence" };

class SettingsState {
  value = $state<Settings>({ ...DEFAULT_SETTINGS });
  loaded = $state(false);
  /** The user skipped the delegation question in this session. */
  skipped = $state(false);
  /** The settings dialog is open. */
  editing = $state(false);
  private loading: Promise<void> | null = null;

  /** True when the drafts view should ask which delegation this is. */
  get askDelegation(): boolean {
    return this.loaded && this.value.delegation === null && !this.skipped;
  }

  load(): Promise<void> {
    this.loading ??= attempt(async () => {
      this.value = await backend.settings();
      this.loaded = true;
    }).then((done) => {
      if (!done) this.loading = null;
    });
    return this.loading;
  }

  /** Opens the settings dialog once the library's settings are in. */
  async open(): Promise<void> {
    await this.load();
    if (this.loaded) this.editing = true;
  }

  /** Saves a change to the settings; true when the library kept it. */
  save(change: Partial<Settings>): Promise<boolean> {
    return attempt(async () => {
      this.value = await backend.saveSettings({ ...this.value, ...change });
    });
  }
}

export const settingsState = new SettingsState();
