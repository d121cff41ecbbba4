/**
 * How long the site stays the same if nothing is published (issue 18): the
 * last day up to which every page, list, feed and data file built today
 * would come out identical apart from the stated as-of day (the marks of
 * src/format/as-of-mark.ts). scripts/build-steps/day-reuse.ts then rebuilds
 * such a day from today's output without rendering anything.
 *
 * The site depends on the day only by comparing it with dates (a 公示 has
 * begun, a title has expired, a list is published, a year has ended) and by
 * counting days (a 公示's days left). A comparison with a fixed date flips at
 * most once as the day advances, so if the site model (every status, term
 * and count of days) is the same on the first and the last day of a window,
 * it is the same on every day between: a count of days would differ at the
 * window's end, and a flip would show there too. So the model is compared
 * at both ends only. What compares the day outside it — the lifecycle model
 * (timelines, registers of past days, pools, targets; it counts no days),
 * feeds against entry days, a consultation's feedback day, the year-end
 * snapshots, scheduled publication — compares it with dates the content or
 * the model state, or with a year's end: so the window also ends before any
 * such date, before each 31 December and with the month. (Building the
 * lifecycle model twice more, to compare it too, cost 10 s of a 10,000-cluster
 * build.)
 *
 * Whether this is complete is proved, not trusted: the reproducibility check
 * and the e2e tests compare a reused day with a build from nothing. Node only.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Content } from '../content/entries.ts';
import { buildModel } from '../model/model.ts';
import { addDays, type CalendarDate, partialEnd, partialStart } from '../rules/dates.ts';

/** The longest window computed ahead: a quiet month is rebuilt from scratch about once a week. */
export const MAX_STABLE_DAYS = 7;

const DATE_TEXT = /\b(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b/g;

/**
 * Days on which a comparison with a date held in `text` can flip: the date
 * itself and the day after (for "on or before" and "after"), and for a month
 * or a year its first and last days and the day after its end.
 */
export function flipDays(text: string, into: Set<CalendarDate> = new Set()): Set<CalendarDate> {
  for (const m of text.matchAll(DATE_TEXT)) {
    const [, y, mo, d] = m;
    const year = Number(y);
    // Four digits that are no plausible year (an index number, a count) cannot be a date the rules compare.
    if (year < 1949 || year > 2200) continue;
    const partial = d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y;
    if (mo && !(Number(mo) >= 1 && Number(mo) <= 12)) continue;
    if (d && !(Number(d) >= 1 && Number(d) <= 31)) continue;
    const start = partialStart(partial);
    const end = partialEnd(partial);
    into.add(start).add(end).add(addDays(end, 1));
  }
  return into;
}

/** JSON of a model part with Maps and Sets as their entries (as page-keys.ts hashes them). */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

/**
 * Feeds a value into `hash` two levels deep, a part at a time, so a
 * model of 10,000 clusters is never one string;
 * `day` is written as a placeholder, so models of two days compare equal
 * when they differ only in stating their own day. Every date met is added
 * to `dates`.
 */
function feed(hash: Hash, value: unknown, day: CalendarDate, dates?: Set<CalendarDate>, depth = 0): void {
  const part = (v: unknown) => {
    // The day itself is no date the site compares with: pages state it through marks.
    const text = (json(v) ?? 'undefined').replaceAll(day, '\u0000day\u0000');
    if (dates) flipDays(text, dates);
    hash.update(text);
    hash.update('\u0001');
  };
  if (depth >= 2 || value === null || typeof value !== 'object') return part(value);
  const entries: [unknown, unknown][] =
    value instanceof Map
      ? [...value.entries()]
      : Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : value instanceof Set
          ? [...value].map((v, i) => [i, v])
          : Object.entries(value);
  hash.update(`${value.constructor?.name ?? 'object'}:${entries.length}\u0002`);
  for (const [key, v] of entries) {
    if (typeof v === 'function') continue;
    part(key);
    feed(hash, v, day, dates, depth + 1);
  }
}

/** A digest of the site model as of `day`, with the day itself left out; the dates it holds are added to `dates`. */
function siteDigest(content: Content, day: CalendarDate, dates?: Set<CalendarDate>): string {
  const hash = createHash('sha256');
  feed(hash, buildModel(content, day), day, dates);
  return hash.digest('base64url');
}

/**
 * The last day from `asOf` up to MAX_STABLE_DAYS ahead on which the site
 * built from this content would be today's with another day stated; `asOf`
 * itself when the next day already differs. `publicOn(day)` gives the
 * content public on a day (src/content/load.ts loadPublicContent).
 */
export function stableUntil(publicOn: (day: CalendarDate) => Content, asOf: CalendarDate): CalendarDate {
  const dates = flipDays(json(publicOn(asOf)));
  const today = siteDigest(publicOn(asOf), asOf, dates);
  let last = addDays(asOf, MAX_STABLE_DAYS);
  for (const day of dates) if (day > asOf && day <= last) last = addDays(day, -1);
  // The year-end snapshots (rules/registry.ts yearEnds) begin on 31 December; and a page may state the
  // month it is as of: the window never crosses the end of a month.
  const yearEnd = `${asOf.slice(0, 4)}-12-31`;
  if (yearEnd > asOf && yearEnd <= last) last = addDays(yearEnd, -1);
  const monthEnd = partialEnd(asOf.slice(0, 7));
  if (monthEnd < last) last = monthEnd;
  while (last > asOf && siteDigest(publicOn(last), last) !== today) {
    // Something counts days or flips between the ends: the next day alone is worth a second look.
    last = last === addDays(asOf, 1) ? asOf : addDays(asOf, 1);
  }
  return last;
}
