// The safekeeping dialog's pure rules: what makes a new passphrase
// acceptable, and how a backup's time and size read.
import { formatDate } from "../lib/format";

/** The shortest passphrase the app sets. */
export const MIN_PASSPHRASE = 8;

/** The daily backup choices: how many to keep (0 turns them off). */
export const DAILY_CHOICES = [0, 7, 14, 30, 90];

/** Why a new passphrase (typed twice) cannot be set, or null when it can. */
export function passphraseProblem(next: string, repeated: string): string | null {
  if (next.length < MIN_PASSPHRASE) return `A passphrase has at least ${MIN_PASSPHRASE} characters; a few words are easiest to remember.`;
  if (next.trim() !== next) return "A passphrase does not begin or end with a space.";
  if (next !== repeated) return "The two passphrases differ; type the same one twice.";
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A backup's time in the local zone: "today 09:12", or "13 Dec 2026, 09:12". */
export function backupWhen(rfc3339: string, now: Date = new Date()): string {
  const taken = new Date(rfc3339);
  if (Number.isNaN(taken.getTime())) return rfc3339;
  const clock = `${pad(taken.getHours())}:${pad(taken.getMinutes())}`;
  if (taken.toDateString() === now.toDateString()) return `today ${clock}`;
  const day = `${taken.getFullYear()}-${pad(taken.getMonth() + 1)}-${pad(taken.getDate())}`;
  return `${formatDate(day)}, ${clock}`;
}

/** "812 KB", "1.4 MB", "2.1 GB". */
export function fileSize(bytes: number): string {
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 && unit > 0 ? value.toFixed(1) : Math.max(1, Math.round(value))} ${units[unit]}`;
}

/** The daily backup choice, in words. */
export function dailyLabel(keep: number): string {
  return keep === 0 ? "Off" : `Keep the last ${keep}`;
}
