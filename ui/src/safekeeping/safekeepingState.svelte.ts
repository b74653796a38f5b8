// The safekeeping dialog's state: the library's encryption and backups as
// the shell last reported them, the step under way (a backup or a
// passphrase change can take seconds), and what the last step did or why
// it failed. Each step answers with the whole picture, so it stays true.
// Restoring a backup, from the dialog or from the screen of a library that
// cannot be opened, reloads the library.
import { t } from "../lib/i18n";
import * as backend from "../lib/backend";
import type { BackupFile, PlainBackups, Safekeeping } from "../lib/backend";
import { app } from "../lib/app.svelte";
import { fileName } from "../lib/format";
import { attempt, outcome, toApiError } from "../lib/load.svelte";
import { backupWhen } from "./safekeeping";

class SafekeepingState {
  /** The dialog is open. */
  open = $state(false);
  value = $state<Safekeeping | null>(null);
  /** The step under way, in words ("Backing up…"), or null. */
  busy = $state<string | null>(null);
  /** What the last step did, in words. */
  notice = $state<string | null>(null);
  /** Why the last step failed. */
  problem = $state<string | null>(null);

  async show(): Promise<void> {
    this.open = true;
    this.notice = null;
    this.problem = null;
    await attempt(
      async () => {
        this.value = await backend.safekeeping();
      },
      (error) => (this.problem = toApiError(error).message),
    );
  }

  close(): void {
    if (this.busy === null) this.open = false;
  }

  backUp(): Promise<boolean> {
    return this.step(t("safekeeping.busy.backingUp"), backend.backUpNow, (now) =>
      t("safekeeping.done.backedUp", { file: fileName(now.backups[0]?.path ?? now.folder) }),
    );
  }

  /** How many daily backups to keep; 0 stops them. */
  keepDaily(keep: number): Promise<boolean> {
    return this.step(
      t("safekeeping.busy.saving"),
      () => backend.setDailyBackups(keep),
      () => (keep === 0 ? t("safekeeping.done.dailyOff") : t("safekeeping.done.daily", { count: keep })),
    );
  }

  /** The backups made before a passphrase, which are not encrypted. */
  plainBackups(): BackupFile[] {
    return this.value?.backups.filter((backup) => !backup.encrypted) ?? [];
  }

  /** Encrypts the library; `backups` says what becomes of its plain backups. */
  encrypt(passphrase: string, backups: PlainBackups): Promise<boolean> {
    return this.step(
      t("safekeeping.busy.encrypting"),
      () => backend.setPassphrase(passphrase, backups),
      () => t("safekeeping.done.encrypted"),
    );
  }

  changePassphrase(current: string, next: string): Promise<boolean> {
    return this.step(t("safekeeping.busy.changing"), () => backend.changePassphrase(current, next), () => t("safekeeping.done.changed"));
  }

  decrypt(current: string): Promise<boolean> {
    return this.step(t("safekeeping.busy.removing"), () => backend.removePassphrase(current), () => t("safekeeping.done.removed"));
  }

  /** Runs one step; true when it succeeded. */
  private async step(busy: string, work: () => Promise<Safekeeping>, done: (value: Safekeeping) => string): Promise<boolean> {
    this.busy = busy;
    this.notice = null;
    this.problem = null;
    const worked = await attempt(
      async () => {
        this.value = await work();
        this.notice = done(this.value);
        void app.refreshInfo();
      },
      (error) => (this.problem = toApiError(error).message),
    );
    this.busy = null;
    return worked;
  }

  /** The backups beside the library, newest first; none when they cannot be listed. */
  backups(): Promise<BackupFile[]> {
    return backend.listBackups().catch(() => []);
  }

  /** Puts `backup` in place of the library (the library as it is now is
   * kept aside) and loads it again; why the shell refused, or null. A plain
   * backup over an encrypted library needs `removeEncryption`. */
  async restore(backup: BackupFile, passphrase: string | null, removeEncryption: boolean): Promise<string | null> {
    const restored = await outcome(backend.restoreBackup(backup.path, passphrase, removeEncryption));
    if (!restored.ok) return restored.problem;
    if (this.open) {
      const kept = restored.value ? ` ${t("safekeeping.done.keptAs", { file: fileName(restored.value) })}` : "";
      void this.show().then(() => (this.notice = `${t("safekeeping.done.restored", { when: backupWhen(backup.taken) })}${kept}`));
    }
    void app.refresh();
    return null;
  }
}

export const safekeepingState = new SafekeepingState();
