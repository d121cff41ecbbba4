/**
 * Query once, route thin: the one place pages get data from. It loads and
 * validates all content, derives every status as of the build day and
 * exports ready lists and route params.
 */
import { loadPublicContent } from '../content/load.ts';
import { asOfDate } from '../rules/dates.ts';
import { buildLifecycle, type LifecycleModel, publishedLists } from './lifecycle.ts';
import { buildModel, type SiteModel } from './model.ts';
import { type PolicyHistory, policyHistory as historyOfFile } from '../history/policy-history.ts';

let model: SiteModel | undefined;

/** The site model as of SITE_AS_OF (or today in Asia/Shanghai). */
export function site(): SiteModel {
  model ??= buildModel(loadPublicContent(), asOfDate());
  return model;
}

let lifecycleModel: LifecycleModel | undefined;

/** Timelines, directory facets, registry days, targets, pool and 标杆, as of the same day as site(). */
export function lifecycle(): LifecycleModel {
  lifecycleModel ??= buildLifecycle(loadPublicContent(), site());
  return lifecycleModel;
}

let lists: Pick<LifecycleModel, 'pools' | 'benchmarks'> | undefined;

/** The pool and 标杆 lists as of the same day, without the rest of the lifecycle model (for the search indexer). */
export function siteLists(): Pick<LifecycleModel, 'pools' | 'benchmarks'> {
  lists ??= lifecycleModel ?? publishedLists(loadPublicContent(), site());
  return lists;
}

/** The published history of a policy (from git), read once per build: see policy-history.ts. */
export function policyHistory(policy: { file: string }): PolicyHistory {
  return historyOfFile(policy.file);
}

/**
 * getStaticPaths helper: one route per entity, the entity as a prop, and with
 * `cacheKey` the key under which the incremental build may reuse the page
 * (src/outputs/page-keys.ts).
 */
export function pathsOf<T extends { id: string }>(list: readonly T[], cacheKey?: (entry: T) => string) {
  return list.map((entry) => ({
    params: { id: entry.id },
    props: { entry },
    ...(cacheKey && { cacheKey: cacheKey(entry) }),
  }));
}
