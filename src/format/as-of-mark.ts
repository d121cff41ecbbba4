/**
 * Where a page states its as-of day, it writes these marks instead of the
 * day, and the build fills them in once every page is written
 * (src/outputs/as-of-fill.ts). Everything a page computes from the day —
 * statuses, validity, days left — still uses the real day and is part of the
 * page's incremental cache key (src/outputs/page-keys.ts); only the statement
 * of the day itself is left out of the rendered page, so a page whose facts
 * did not change from one day to the next is reused rather than rendered
 * again (issue 18). Private-use characters, which no text of ours contains.
 * Browser-safe, though only the build uses them.
 */

/** The as-of day as YYYY-MM-DD (attributes, meta, facts for the browser's recompute). */
export const AS_OF = '\uE000as-of\uE001';

/** The as-of day as the site writes a date in text (formatDate). */
export const AS_OF_TEXT = '\uE000as-of-text\uE001';
