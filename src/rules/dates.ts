/**
 * Calendar dates in Asia/Shanghai. Every rule on the site is computed "as of"
 * one day; that day is the build's today in Shanghai, or SITE_AS_OF when set
 * (tests and reproducible builds). Dates are YYYY-MM-DD strings, so they
 * compare with < and > and never shift with the machine's time zone.
 */
/** A calendar day in Asia/Shanghai, written YYYY-MM-DD. */
export type CalendarDate = string;

/** A date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD). */
export type PartialDate = string;

export const TIME_ZONE = 'Asia/Shanghai';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day in Shanghai at instant `now`. */
export function shanghaiDay(now: Date): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * The day every rule is computed for: SITE_AS_OF (YYYY-MM-DD) if set, else
 * today in Shanghai. A malformed SITE_AS_OF is an error, never ignored.
 */
export function asOfDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): CalendarDate {
  const forced = env.SITE_AS_OF?.trim();
  if (forced) {
    const m = DAY.exec(forced);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!d || d.toISOString().slice(0, 10) !== forced) {
      throw new Error(
        `SITE_AS_OF="${forced}" 不是有效日期：请写作 YYYY-MM-DD，例如 SITE_AS_OF=2026-11-24，或不设置它以使用今天（北京时间）`,
      );
    }
    return forced;
  }
  return shanghaiDay(now);
}

function parts(day: CalendarDate): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a calendar date: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(d: Date): CalendarDate {
  return d.toISOString().slice(0, 10);
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: CalendarDate, n: number): CalendarDate {
  const [y, m, d] = parts(day);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + n)));
}

/** The same month and day `n` years later; 29 February becomes 28 February in a common year. */
export function addYears(day: CalendarDate, n: number): CalendarDate {
  const [y, m, d] = parts(day);
  const lastOfMonth = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y + n, m - 1, Math.min(d, lastOfMonth))));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** The year of a date. */
export function yearOf(day: PartialDate): number {
  return Number(day.slice(0, 4));
}

/** The first day a partial date can mean: 2023 → 2023-01-01, 2023-05 → 2023-05-01. */
export function partialStart(day: PartialDate): CalendarDate {
  if (day.length === 10) return day;
  if (day.length === 7) return `${day}-01`;
  return `${day}-01-01`;
}

/**
 * The last day a partial date can mean: 2023 → 2023-12-31. A fact dated
 * only "2023" is certainly true by then, so as-of rules use this day.
 */
export function partialEnd(day: PartialDate): CalendarDate {
  if (day.length === 10) return day;
  if (day.length === 7) {
    const [y, m] = day.split('-').map(Number);
    return fromUtc(new Date(Date.UTC(y, m, 0)));
  }
  return `${day}-12-31`;
}

// The Chinese way of writing a date is text: it lives in src/i18n/dates.ts. It is re-exported here
// because every caller that formats a day already works with this module's dates.
export { formatDate } from '../i18n/dates.ts';
