// The safekeeping dialog's pure rules: what makes a new passphrase
// acceptable (the core's own rule, checked here before the shell is asked,
// with the core's length from the bindings), and how a backup's time and
// the daily choice read.
import { formatMoment } from "../lib/format";
import { t } from "../lib/i18n";
import rule from "../lib/bindings/passphraseRule.json";

/** The shortest passphrase, in characters, as the core counts them. */
export const MIN_PASSPHRASE = rule.shortest;

/** The daily backup choices: how many to keep (0 turns them off). */
export const DAILY_CHOICES = [0, 7, 14, 30, 90];

/** Why a new passphrase (typed twice) cannot be set, or null when it can. */
export function passphraseProblem(next: string, repeated: string): string | null {
  if ([...next].length < MIN_PASSPHRASE) return t("safekeeping.passphrase.tooShort", { count: MIN_PASSPHRASE });
  if (next.trim() !== next) return t("safekeeping.passphrase.spaces");
  if (next !== repeated) return t("safekeeping.passphrase.differ");
  return null;
}

/** A backup's time in the local zone: "today 09:12", or "13 Dec 2026, 09:12". */
export function backupWhen(rfc3339: string, now: Date = new Date()): string {
  const taken = new Date(rfc3339);
  return Number.isNaN(taken.getTime()) ? rfc3339 : formatMoment(taken, now, true);
}

/** The daily backup choice, in words. */
export function dailyLabel(keep: number): string {
  return keep === 0 ? t("safekeeping.daily.off") : t("safekeeping.daily.keep", { count: keep });
}
