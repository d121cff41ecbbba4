/**
 * 三同步: a 政策解读 is to be published with its policy (国办发〔2017〕47号
 * and the bureau's practice: 同步组织、同步审签、同步部署). A 解读 published
 * more than `maxDays` after the policy is late: validation warns, and the
 * 解读's page and the policy's page state the 解读's own date next to the
 * policy's, so no reader takes the 解读 as contemporary. Pure, browser-safe.
 */
import { type PartialDate, daysBetween, partialEnd, partialStart } from './dates.ts';

export interface InterpretationLag {
  /** Days from the policy's publication to the 解读's, counted from what is known of both dates. */
  days: number;
  late: boolean;
}

/**
 * The lag of a 解读 published on `interpretedOn` after its policy published on
 * `policyOn`. With dates known only to the month or year, the smallest lag
 * the dates allow is counted, so a 解读 is never called late on a guess.
 * Undefined when either date is unknown.
 */
export function interpretationLag(
  policyOn: PartialDate | undefined,
  interpretedOn: PartialDate | undefined,
  maxDays: number,
): InterpretationLag | undefined {
  if (!policyOn || !interpretedOn) return undefined;
  const days = Math.max(0, daysBetween(partialEnd(policyOn), partialStart(interpretedOn)));
  return { days, late: days > maxDays };
}
