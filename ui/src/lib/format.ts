// Every date, number, size and language name the window writes, through
// `Intl` in the interface language's locale, and a few small text helpers
// with no words of their own. Messages live in the catalogues (i18n.ts).
import { interfaceLanguage } from "./locale.svelte";

const locale = () => interfaceLanguage.locale;

/** 10000 → "10,000" ("10 000" in French, "10.000" in Spanish). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** A score from 0 to 100 as a whole percentage: 87.4 → "87%" ("87 %" in French). */
export function formatPercent(score: number): string {
  return formatNumber(Math.round(score) / 100, { style: "percent", maximumFractionDigits: 0 });
}

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };

/** The calendar day of "2021-12-13" (or of a timestamp that opens with one). */
function calendarDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "2021-12-13" → "13 Dec 2021" ("13 déc. 2021", "13 дек. 2021 г."); anything
 * else is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const day = calendarDay(iso);
  return day ? new Intl.DateTimeFormat(locale(), DATE).format(day) : iso;
}

/** Two days as one span: "23–27 Mar 2026", "30 Mar – 3 Apr 2026". */
export function formatDateRange(startIso: string, endIso: string): string {
  const [start, end] = [calendarDay(startIso), calendarDay(endIso)];
  if (!start || !end) return [formatDate(startIso), formatDate(endIso)].filter(Boolean).join(" – ");
  if (startIso === endIso) return formatDate(startIso);
  return new Intl.DateTimeFormat(locale(), DATE).formatRange(start, end);
}

const localDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** A moment in the local zone: "today 14:05", "yesterday 09:30", else its
 * day ("3 Mar 2025"), followed by its time when `withTime`. */
export function formatMoment(at: Date, now: Date = new Date(), withTime = false): string {
  if (Number.isNaN(at.getTime())) return "";
  const clock = new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit" }).format(at);
  const days = Math.round((localDay(now) - localDay(at)) / 86_400_000);
  if (days === 0 || days === 1) {
    const relative = new Intl.RelativeTimeFormat(locale(), { numeric: "auto" }).format(-days, "day");
    return `${relative} ${clock}`;
  }
  const day = new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", year: "numeric" }).format(at);
  return withTime ? `${day}, ${clock}` : day;
}

/** A file's size: "812 kB", "1.4 MB", "2.1 GB", in the locale's units. */
export function fileSize(bytes: number): string {
  const units = ["kilobyte", "megabyte", "gigabyte"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value < 10 && unit > 0 ? Math.round(value * 10) / 10 : Math.max(1, Math.round(value));
  return formatNumber(shown, { style: "unit", unit: units[unit], maximumFractionDigits: 1 });
}

/** A language's name in the interface language, from its ISO code
 * ("fr" → "French", "français"…); the code itself when `Intl` has no name. */
export function languageName(code: string | null | undefined): string {
  if (!code) return "";
  const name = new Intl.DisplayNames([locale()], { type: "language", fallback: "code" }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
}

/** The last part of a path, for lists of imported files. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Forum and session on one line, whichever are known. */
export function forumAndSession(forum: string | null, session: string | null): string {
  return [forum, session].filter((part) => part).join(" · ");
}
