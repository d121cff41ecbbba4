/**
 * What a page carries so the reader's browser can recompute validity when
 * the static page has aged: the dates and successors (inputs of
 * policyValidity) and the day the page was built.
 */
import { validityText } from '../i18n/validity.ts';
import type { CalendarDate } from './dates.ts';
import type { Successor, ValidityInput } from './validity.ts';

export interface ValidityFacts {
  input: ValidityInput;
  successors: Successor[];
  /** The build's as-of day. */
  asOf: CalendarDate;
  /** Words put before the reason (a 政策解读 names the document it explains). */
  reasonPrefix?: string;
}

/** The policy whose dates decide another's validity: itself, or the document a 政策解读 explains. */
export interface FactsSource {
  data: ValidityInput;
  successors: Successor[];
  interprets?: { id: string; title: string };
}

/** The facts of a policy, as the JSON put in a data attribute. */
export function validityFacts(policy: FactsSource, asOf: CalendarDate, resolve: (id: string) => FactsSource): string {
  const source = policy.interprets ? resolve(policy.interprets.id) : policy;
  const { issuedOn, effectiveFrom, effectiveUntil, period, repealedOn } = source.data;
  const facts: ValidityFacts = {
    input: { issuedOn, effectiveFrom, effectiveUntil, period, repealedOn },
    successors: [...source.successors],
    asOf,
    reasonPrefix: policy.interprets ? validityText.interpreted(policy.interprets.title) : undefined,
  };
  return JSON.stringify(facts);
}
