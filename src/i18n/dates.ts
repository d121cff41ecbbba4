/**
 * How the site writes a date: 2022年5月9日, or 2023年5月 and 2023年 for a
 * date known only to the month or the year. The one date format of every
 * page, feed and file, in the build and in the reader's browser.
 */

/** Chinese form of a (partial) date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (d) return `${y}年${m}月${d}日`;
  if (m) return `${y}年${m}月`;
  return `${y}年`;
}
