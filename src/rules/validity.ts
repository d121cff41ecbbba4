/**
 * 有效性 of a policy document as of a day, from its dates and relations.
 * Pure and browser-safe: the same function refreshes the banner in the
 * reader's browser when a static page has aged.
 */
import { type CalendarDate, type PartialDate, addDays, formatDate } from './dates.ts';

export type ValidityCode = 'not-yet' | 'in-force' | 'expired' | 'repealed' | 'amended';

export const VALIDITY_LABELS: Record<ValidityCode, string> = {
  'not-yet': '尚未施行',
  'in-force': '现行有效',
  expired: '已失效',
  repealed: '已废止',
  amended: '已被修订',
};

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
  label: string;
  /** Why, in one sentence a reader understands. */
  reason: string;
  /** The day the current state began, where known. */
  since?: CalendarDate;
  /** The document that replaced this one (code 'amended'). */
  successor?: Successor;
}

/** The first day a document is in force: 施行日期, else its 成文日期 when known to the day. */
export function startOf(p: ValidityInput): CalendarDate | undefined {
  if (p.effectiveFrom) return p.effectiveFrom;
  if (p.issuedOn && p.issuedOn.length === 10) return p.issuedOn;
  return undefined;
}

/** The last day a document is in force: 有效期至, else the last day of its planning period. */
export function endOf(p: ValidityInput): { day: CalendarDate; by: 'until' | 'period' } | undefined {
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
  if (p.repealedOn && p.repealedOn <= asOf) {
    return {
      code: 'repealed',
      label: VALIDITY_LABELS.repealed,
      reason: `已于${formatDate(p.repealedOn)}废止。`,
      since: p.repealedOn,
    };
  }
  const successor = [...successors].filter((s) => s.from <= asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (successor) {
    return {
      code: 'amended',
      label: VALIDITY_LABELS.amended,
      reason: `已被《${successor.title}》替代，自${formatDate(successor.from)}起以新文件为准。`,
      since: successor.from,
      successor,
    };
  }
  const start = startOf(p);
  if (start && asOf < start) {
    return { code: 'not-yet', label: VALIDITY_LABELS['not-yet'], reason: `自${formatDate(start)}起施行。` };
  }
  const end = endOf(p);
  if (end && end.day < asOf) {
    const reason =
      end.by === 'until'
        ? `有效期至${formatDate(end.day)}，已过有效期。`
        : `规划（实施）期为${p.period!.from}—${p.period!.to}年，已届满。`;
    return { code: 'expired', label: VALIDITY_LABELS.expired, reason, since: addDays(end.day, 1) };
  }
  const parts = [
    start ? `自${formatDate(start)}起施行` : undefined,
    end
      ? end.by === 'until'
        ? `有效期至${formatDate(end.day)}`
        : `规划（实施）期至${p.period!.to}年底`
      : '文件未载明有效期',
  ];
  return { code: 'in-force', label: VALIDITY_LABELS['in-force'], reason: `${parts.filter(Boolean).join('，')}。` };
}
