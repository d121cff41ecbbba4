/**
 * Example queries offered when a search finds nothing (the search page's
 * 没有找到 panel): taken from the site's own content, so each one finds
 * something on this site, whatever the content — a cluster's short name, an
 * industry, a document number, a policy topic. Derived from the model, never
 * typed by hand.
 */
import type { SiteModel } from '../../model/model.ts';
import { clusterShortName } from './records.ts';

/** Most examples offered. */
const MAX = 4;

export function exampleQueries(model: Pick<SiteModel, 'clusters' | 'policies'>): string[] {
  const first = model.clusters[0]?.data;
  const industries = model.clusters.map((c) => c.data.industry);
  const candidates = [
    first && clusterShortName(first.county, first.industry),
    industries.find((i) => i !== first?.industry),
    model.policies.find((p) => p.data.docNumber)?.data.docNumber,
    model.policies.flatMap((p) => p.data.topics)[0],
  ];
  return [...new Set(candidates.filter((x): x is string => Boolean(x)))].slice(0, MAX);
}
