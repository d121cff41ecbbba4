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

/** Whether a text still holds a mark (a file the build did not fill: a bug, since the day would be missing). */
export function hasAsOfMark(text: string): boolean {
  return text.includes(AS_OF) || text.includes(AS_OF_TEXT);
}
