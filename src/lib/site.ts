/**
 * Query once, route thin: the one place pages get data from. It loads and
 * validates all content, derives every status as of the build day and
 * exports ready lists and route params.
 */
import { loadContent } from '../content/load.ts';
import { asOfDate } from './dates.ts';
import { buildModel, type SiteModel } from './model.ts';
import { type PolicyHistory, policyHistory as historyOfFile } from './policy-history.ts';

let model: SiteModel | undefined;

/** The site model as of SITE_AS_OF (or today in Asia/Shanghai). */
export function site(): SiteModel {
  model ??= buildModel(loadContent(), asOfDate());
  return model;
}

/** The published history of a policy (from git), read once per build: see policy-history.ts. */
export function policyHistory(policy: { file: string }): PolicyHistory {
  return historyOfFile(policy.file);
}

/** getStaticPaths helper: one route per entity, the entity as a prop. */
export function pathsOf<T extends { id: string }>(list: readonly T[]) {
  return list.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
