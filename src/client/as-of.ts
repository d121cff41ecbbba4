/**
 * The one as-of day of a page in the reader's browser. A static page is
 * computed for the day it was built (<meta name="site-as-of">); read later,
 * every script that recomputes a date-dependent statement takes its day from
 * here, and then restamps every "computed as of" line on the page
 * ([data-as-of]) with that same day, so one page never shows two days.
 * A reader's clock behind the build keeps the built page: only a later day
 * can change an answer the build already gave.
 */
import { formatDate, shanghaiDay, type CalendarDate } from '../rules/dates.ts';

export interface PageDays {
  /** The day the page was computed for at build time. */
  built: CalendarDate;
  /** The day to compute for now: the reader's today in Beijing, or the built day when that is not later. */
  today: CalendarDate;
  /** True when the page has aged and must be recomputed. */
  aged: boolean;
}

/** The page's days for `now` (defaults to the reader's clock). */
export function pageDays(now: Date = new Date()): PageDays {
  const built = document.querySelector<HTMLMetaElement>('meta[name="site-as-of"]')?.content ?? '';
  const reader = shanghaiDay(now);
  const aged = /^\d{4}-\d{2}-\d{2}$/.test(built) && reader > built;
  return { built, today: aged ? reader : built, aged };
}

/**
 * Rewrites every [data-as-of] line for `days.today`: each line carries its own
 * words for the recomputed state in data-refreshed-text, with {today} and
 * {built} where the days go.
 */
export function stampAsOf(days: PageDays): void {
  if (!days.aged) return;
  for (const el of document.querySelectorAll<HTMLElement>('[data-as-of][data-refreshed-text]')) {
    if (el.dataset.asOf === days.today) continue;
    el.textContent = el.dataset
      .refreshedText!.replaceAll('{today}', formatDate(days.today))
      .replaceAll('{built}', formatDate(days.built));
    el.dataset.asOf = days.today;
  }
}
