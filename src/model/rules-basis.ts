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

/**
 * The basis of `rule`, or undefined while settings name none or the document
 * is not yet public on the as-of day (a build for an earlier day): a page
 * never links a page that does not exist.
 */
export function ruleBasis(model: SiteModel, rule: RuleKey): RuleBasis | undefined {
  const b = model.settings.rulesBasis[rule];
  const policy = b && model.policies.find((p) => p.id === b.policy);
  if (!b || !policy) return undefined;
  return { policy, anchor: b.anchor, href: policyPath(b.policy, b.anchor) };
}
