/**
 * The articles whose rules the site applies (settings.rulesBasis): each as
 * the policy it is in, the anchor and the link, so the pages that apply a
 * rule name its source and its validity from one place.
 */
import type { SiteModel, PolicyView } from './model.ts';
import { policyPath } from '../rules/routes.ts';

export interface RuleBasis {
  policy: PolicyView;
  /** The article's anchor, e.g. 第十三条. */
  anchor: string;
  href: string;
}

export type RuleKey = 'publicity' | 'term';

/** The basis of `rule`, or undefined while settings name none. */
export function ruleBasis(model: SiteModel, rule: RuleKey): RuleBasis | undefined {
  const b = model.settings.rulesBasis[rule];
  if (!b) return undefined;
  return { policy: model.policy(b.policy), anchor: b.anchor, href: policyPath(b.policy, b.anchor) };
}
