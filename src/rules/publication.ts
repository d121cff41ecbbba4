/**
 * Scheduled publishing: an item dated after the as-of day (an announcement
 * prepared in advance, a notice whose 发布日期 is next week) is not public
 * yet. It is published by the first build on or after its day, which the
 * daily rebuild provides. A date known only to its year or month counts from
 * its first day.
 */
import { type CalendarDate, type PartialDate, partialStart } from './dates.ts';

/** True when an item dated `day` is not yet to be published on `asOf`. */
export function isScheduled(day: PartialDate | undefined, asOf: CalendarDate): boolean {
  return day !== undefined && partialStart(day) > asOf;
}
