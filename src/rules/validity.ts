/**
 * 有效性 of a policy document as of a day, from its dates and relations.
 * Pure and browser-safe: the same function refreshes the banner in the
 * reader's browser when a static page has aged. It answers with a code and
 * the dates that decided it; src/i18n/validity.ts words them.
 */
import { type CalendarDate, type PartialDate, addDays } from './dates.ts';

export type ValidityCode = 'not-yet' | 'in-force' | 'expired' | 'repealed' | 'amended';

/** The colour tone that repeats a validity's meaning (the words carry it). */
export const VALIDITY_TONES: Record<ValidityCode, 'ok' | 'info' | 'bad' | 'warn'> = {
  'in-force': 'ok',
  'not-yet': 'info',
  expired: 'bad',
  repealed: 'bad',
  amended: 'warn',
};

/** True for the states in which a document is no longer the rule to follow. */
export function isInactive(code: ValidityCode): boolean {
  return code === 'expired' || code === 'repealed' || code === 'amended';
}

/** The dates and relations validity depends on (a subset of the policy schema). */
export interface ValidityInput {
  issuedOn?: PartialDate;
  effectiveFrom?: CalendarDate;
  effectiveUntil?: CalendarDate;
  period?: { from: number; to: number };
  repealedOn?: CalendarDate;
}

/** A later document that names this one in `supersedes`. */
export interface Successor {
  id: string;
  title: string;
  /** The day it takes effect. */
  from: CalendarDate;
}

export interface Validity {
  code: ValidityCode;
  /** The day the current state began, where known. */
  since?: CalendarDate;
  /** The first day in force (施行日期, else 成文日期 known to the day), where known. */
  start?: CalendarDate;
  /** Which date `start` is: the 施行日期 written in the document, or its 成文日期 taken for it. */
  startBy?: StartBy;
  /** The last day in force and what fixes it, where known. */
  end?: End;
  /** The planning (implementation) period, where one is written. */
  period?: { from: number; to: number };
  /** The document that replaced this one (code 'amended'). */
  successor?: Successor;
}

/** The last day a document is in force: fixed by its 有效期至, or by the end of its planning period. */
export interface End {
  day: CalendarDate;
  by: 'until' | 'period';
}

/** Where a document's first day in force comes from. */
export type StartBy = 'effective' | 'issued';

/** The first day a document is in force: 施行日期, else its 成文日期 when known to the day. */
export function startOf(p: ValidityInput): CalendarDate | undefined {
  return startWithSource(p)?.day;
}

/**
 * startOf with its source, so every place that states the day (the banner,
 * the 施行日期 row) says the same day and the same reason for it.
 */
export function startWithSource(p: ValidityInput): { day: CalendarDate; by: StartBy } | undefined {
  if (p.effectiveFrom) return { day: p.effectiveFrom, by: 'effective' };
  if (p.issuedOn && p.issuedOn.length === 10) return { day: p.issuedOn, by: 'issued' };
  return undefined;
}

/** The last day a document is in force: 有效期至, else the last day of its planning period. */
export function endOf(p: ValidityInput): End | undefined {
  if (p.effectiveUntil) return { day: p.effectiveUntil, by: 'until' };
  if (p.period) return { day: `${p.period.to}-12-31`, by: 'period' };
  return undefined;
}

/**
 * 政府网站发展指引 asks that amended, repealed or expired documents be marked
 * on the published original. Order of precedence: repealed, amended (a
 * successor in force), not yet in force, expired, in force.
 */
export function policyValidity(p: ValidityInput, asOf: CalendarDate, successors: readonly Successor[] = []): Validity {
  if (p.repealedOn && p.repealedOn <= asOf) return { code: 'repealed', since: p.repealedOn };
  const successor = [...successors].filter((s) => s.from <= asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (successor) return { code: 'amended', since: successor.from, successor };
  const from = startWithSource(p);
  const start = from?.day;
  if (start && asOf < start) return { code: 'not-yet', start, startBy: from.by };
  const end = endOf(p);
  const period = p.period && { from: p.period.from, to: p.period.to };
  if (end && end.day < asOf) return { code: 'expired', since: addDays(end.day, 1), end, period };
  return { code: 'in-force', start, startBy: from?.by, end, period };
}
