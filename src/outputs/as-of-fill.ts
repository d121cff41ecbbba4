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

/** Whether a text still holds a mark (a file the build did not fill: a bug, since the day would be missing). */
export function hasAsOfMark(text: string): boolean {
  return text.includes(AS_OF) || text.includes(AS_OF_TEXT);
}
