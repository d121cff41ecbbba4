/**
 * What a page carries so the reader's browser can recompute validity when
 * the static page has aged: the dates and successors (inputs of
 * policyValidity) and the day the page was built.
 */
import type { CalendarDate } from '../schemas/common.ts';
import type { Successor, ValidityInput } from './validity.ts';

export interface ValidityFacts {
  input: ValidityInput;
  successors: Successor[];
  /** The build's as-of day. */
  asOf: CalendarDate;
}

/** The facts of a policy, as the JSON put in a data attribute. */
export function validityFacts(
  data: ValidityInput,
  successors: readonly Successor[],
  asOf: CalendarDate,
): string {
  const { issuedOn, effectiveFrom, effectiveUntil, period, repealedOn } = data;
  const facts: ValidityFacts = { input: { issuedOn, effectiveFrom, effectiveUntil, period, repealedOn }, successors: [...successors], asOf };
  return JSON.stringify(facts);
}
