/**
 * Routes of the history pages: one list per policy, and one comparison page
 * per pair of versions. Past MAX_ALL_PAIRS versions only each version with
 * the one before and with the latest get a page, to keep the build small.
 */
import type { PolicyView } from './model.ts';
import { type PolicyVersion, versionPairs } from '../history/policy-history.ts';
import { policyHistory, site } from './site.ts';

export const MAX_ALL_PAIRS = 12;

/** The pairs (older, newer) that get a comparison page. */
export function comparablePairs(versions: readonly PolicyVersion[]): [PolicyVersion, PolicyVersion][] {
  if (versions.length <= MAX_ALL_PAIRS) return versionPairs(versions);
  const last = versions.at(-1)!;
  const pairs = new Map<string, [PolicyVersion, PolicyVersion]>();
  versions.forEach((v, i) => {
    if (i > 0) pairs.set(`${versions[i - 1].short}-${v.short}`, [versions[i - 1], v]);
    if (v !== last) pairs.set(`${v.short}-${last.short}`, [v, last]);
  });
  return [...pairs.values()];
}

/** The path segment of a comparison: older-newer short hashes. */
export const pairSlug = (a: PolicyVersion, b: PolicyVersion) => `${a.short}-${b.short}`;

/** Every policy has a history page (which explains when history is unavailable). */
export function historyPaths() {
  return site().policies.map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

/** The list of all comparisons exists where there is something to compare (two versions or more). */
export function comparePaths() {
  return historyPaths().filter(({ props }) => {
    const h = policyHistory(props.policy);
    return h.available && h.versions.length > 1;
  });
}

export function pairPaths() {
  return site().policies.flatMap((policy: PolicyView) => {
    const h = policyHistory(policy);
    if (!h.available) return [];
    return comparablePairs(h.versions).map(([a, b]) => ({
      params: { id: policy.id, pair: pairSlug(a, b) },
      props: { policy, from: a, to: b },
    }));
  });
}
