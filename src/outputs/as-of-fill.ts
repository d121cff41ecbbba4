/**
 * Fills in the as-of marks (src/format/as-of-mark.ts) of a rendered page:
 * the one step that makes a page reused from an earlier build state today's
 * day, exactly as a page rendered today would (issue 18). Node only.
 */
import { AS_OF, AS_OF_TEXT } from '../format/as-of-mark.ts';
import type { CalendarDate } from '../rules/dates.ts';
import { formatDate } from '../rules/dates.ts';

/** The first character of every mark, to find pages that hold one without decoding them. */
export const MARK_START = Buffer.from(AS_OF.slice(0, 1));

/** The page with every mark replaced by the day. */
export function fillAsOf(html: string, asOf: CalendarDate): string {
  return html.replaceAll(AS_OF, asOf).replaceAll(AS_OF_TEXT, formatDate(asOf));
}

/**
 * The text with every statement of `asOf` (as YYYY-MM-DD and as formatDate
 * writes it) turned back into marks: what a later day's build fills in again
 * (scripts/build-steps/day-reuse.ts). fillAsOf(markAsOf(t, d), d) is t. Only
 * sound over days the site stays the same on (src/outputs/stable-days.ts):
 * there, every such statement is the as-of day, never a date of the content.
 */
export function markAsOf(text: string, asOf: CalendarDate): string {
  return text.replaceAll(asOf, AS_OF).replaceAll(formatDate(asOf), AS_OF_TEXT);
}

/** Every occurrence of `from` in `bytes` replaced by `to`, without decoding (the same bytes when there is none). */
function replaceBytes(bytes: Buffer, from: string, to: string): Buffer {
  const needle = Buffer.from(from);
  let at = bytes.indexOf(needle);
  if (at < 0) return bytes;
  const replacement = Buffer.from(to);
  const parts: Buffer[] = [];
  let rest = 0;
  for (; at >= 0; at = bytes.indexOf(needle, rest)) {
    parts.push(bytes.subarray(rest, at), replacement);
    rest = at + needle.length;
  }
  parts.push(bytes.subarray(rest));
  return Buffer.concat(parts);
}

/**
 * fillAsOf and markAsOf on a page's UTF-8 bytes: the same result as on its
 * text (UTF-8 is self-synchronising: a whole character's bytes only match on
 * a character boundary), without decoding and encoding 15,000 pages — most
 * of what filling them cost (issue 18).
 */
export function fillAsOfBytes(bytes: Buffer, asOf: CalendarDate): Buffer {
  return replaceBytes(replaceBytes(bytes, AS_OF, asOf), AS_OF_TEXT, formatDate(asOf));
}
export function markAsOfBytes(bytes: Buffer, asOf: CalendarDate): Buffer {
  return replaceBytes(replaceBytes(bytes, asOf, AS_OF), formatDate(asOf), AS_OF_TEXT);
}

/** Whether a text still holds a mark (a file the build did not fill: a bug, since the day would be missing). */
export function hasAsOfMark(text: string): boolean {
  return text.includes(AS_OF) || text.includes(AS_OF_TEXT);
}
