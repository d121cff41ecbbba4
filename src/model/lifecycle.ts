/**
 * The lifecycle part of the derived model, as of the same day as model.ts:
 * cluster timelines and eligibility indicators, the directory's facets, the
 * registry on every published day, progress against the plans' targets, the
 * cultivation pool and the 转型升级标杆. Pages get it through site.ts.
 */
import type { Content, Entry } from '../content/validate.ts';
import type { Benchmark } from '../schemas/benchmark.ts';
import { LEVELS, type CalendarDate } from '../schemas/common.ts';
import type { PoolList } from '../schemas/pool.ts';
import type { ListBasis } from '../schemas/settings.ts';
import type { Target } from '../schemas/target.ts';
import { clusterStatusText } from '../i18n/cluster-status.ts';
import { directoryText } from '../i18n/directory.ts';
import type { ClusterCode, ClusterStatus } from '../rules/cluster-status.ts';
import { clusterTimeline, type TimelineItem } from '../rules/cluster-timeline.ts';
import { partialStart, yearOf } from '../rules/dates.ts';
import { type Facet, type FacetValues, FACETS, industryKey, LEVEL_KEYS, type SortKey } from '../rules/directory.ts';
import { type Eligibility, eligibility } from '../rules/eligibility.ts';
import { type ClusterView, type Link, type ListedCluster, listedCluster, type SiteModel } from './model.ts';
import {
  type Registry,
  type RegistryChange,
  type RegistryCluster,
  type RegistryDayKind,
  type ListedRow,
  registryChanges,
  registryDays,
  registryOn,
} from '../rules/registry.ts';
import { deadlineOf, type GoalProgress, goalProgress } from '../rules/targets.ts';
import { policyPath } from '../rules/routes.ts';

/** Lifecycle facts about one cluster. */
export interface ClusterLifecycle {
  timeline: TimelineItem[];
  /** Indicators of 管理办法 第四条 from the latest annual report. */
  eligibility?: Eligibility;
  /** 转型升级标杆 selections naming the cluster, oldest first. */
  benchmarks: (Link & { year: number; date: CalendarDate })[];
  /** Pool lists naming the cluster. */
  pools: (Link & { date: CalendarDate })[];
  /** The measures the cluster was recognised under: the first policy its first recognition cites. */
  rulesPolicy?: string;
}

export interface DirectoryRow {
  cluster: ClusterView;
  values: FacetValues;
  sort: Record<SortKey, string>;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Clusters in the directory with this value. */
  count: number;
}

export interface DirectoryModel {
  rows: DirectoryRow[];
  /** Values some cluster has, for the form and the links. */
  facets: Record<Facet, FacetOption[]>;
  /**
   * Every value that has a page, including empty ones: a filter page, once
   * published, stays (a status with no cluster today may have some tomorrow).
   */
  pages: Record<Facet, FacetOption[]>;
  /** Clusters holding a title today, per county and per industry (for the charts). */
  heldByCounty: { label: string; value: number }[];
  heldByIndustry: { label: string; value: number }[];
}

/** A registry day as its page shows it (the rows without their statuses: see ListedRow). */
export interface RegistryView extends Omit<Registry, 'rows' | 'former'> {
  rows: ListedRow[];
  kinds: RegistryDayKind[];
  /** Titles gained and lost since the previous registry day. */
  changes: RegistryChange[];
  previous?: CalendarDate;
  next?: CalendarDate;
}

export interface TargetView extends Entry<Target> {
  policy: Link;
  /** The cited article: /policies/<id>/#<anchor>. */
  href: string;
  deadline: CalendarDate;
  /** True once the deadline is on or before the as-of day. */
  ended: boolean;
  /** Counts on the deadline (only once it has passed). */
  atDeadline?: GoalProgress[];
  /** Counts on the as-of day. */
  today: GoalProgress[];
}

export interface PoolEntryView extends ListedCluster {
  industry?: string;
  /** Status of the cluster today, for entries that have a cluster page. */
  status?: ClusterStatus;
}

export interface PoolView extends Entry<PoolList> {
  entries: PoolEntryView[];
  basis: Link[];
}

export interface BenchmarkView extends Entry<Benchmark> {
  clusters: (Link & { county: string })[];
  basis: Link[];
}

export interface LifecycleModel {
  cluster(id: string): ClusterLifecycle;
  directory: DirectoryModel;
  /** Registry days, oldest first. */
  registries: RegistryView[];
  registry(day: CalendarDate): RegistryView;
  targets: TargetView[];
  pools: PoolView[];
  benchmarks: BenchmarkView[];
  /** Links to the articles that create the pool and the 标杆 selection, where settings name them (listBasis). */
  sources: { pool?: string; benchmark?: string };
}

const STATUS_ORDER: ClusterCode[] = [
  'valid',
  'review-due',
  'review-pending',
  'expired',
  'review-failed',
  'cancelled',
  'revoked',
  'not-recognized',
];

/** How many items have each value of `key`, in first-seen order. */
function tally<T>(items: readonly T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function directoryOf(model: SiteModel): DirectoryModel {
  const countyIndex = new Map(model.settings.counties.map((c, i) => [c.name, i]));
  const rows: DirectoryRow[] = model.clusters.map((c) => {
    const top = c.status.titles.find((t) => t.level === c.status.level);
    const years = [
      ...new Set(c.status.events.filter((e) => e.action === 'recognize').map((e) => String(yearOf(e.date)))),
    ];
    return {
      cluster: c,
      values: {
        county: [c.countyInfo.key],
        level: [LEVEL_KEYS[c.status.level ?? 'none']],
        industry: [industryKey(c.data.industry)],
        status: [c.status.code],
        year: years,
      },
      sort: {
        name: c.data.name,
        county: String(countyIndex.get(c.data.county)),
        industry: c.data.industry,
        level: String(c.status.level ? LEVELS.indexOf(c.status.level) : -1),
        status: String(STATUS_ORDER.indexOf(c.status.code)),
        since: top ? partialStart(top.since) : '',
      },
    };
  });

  const count = (facet: Facet) => tally(rows, (r) => r.values[facet]);
  const option = (facet: Facet, value: string, label: string): FacetOption => ({
    value,
    label,
    count: count(facet).get(value) ?? 0,
  });
  const levelLabel: Record<string, string> = Object.fromEntries([
    ...LEVELS.map((l) => [LEVEL_KEYS[l], l]),
    ['none', directoryText.noTitle],
  ]);
  const pages: Record<Facet, FacetOption[]> = {
    county: model.settings.counties.map((k) => option('county', k.key, k.name)),
    level: ['national', 'provincial', 'municipal', 'none'].map((v) => option('level', v, levelLabel[v])),
    industry: [...new Set(model.clusters.map((c) => c.data.industry))]
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .map((name) => option('industry', industryKey(name), name)),
    status: STATUS_ORDER.map((code) => option('status', code, clusterStatusText.label[code])),
    year: [...count('year').keys()].sort().map((y) => option('year', y, directoryText.year(y))),
  };
  // Only values some cluster has are offered, so no filter leads to an empty page.
  const facets = Object.fromEntries(FACETS.map((f) => [f, pages[f].filter((o) => o.count > 0)])) as Record<
    Facet,
    FacetOption[]
  >;

  const held = rows.filter((r) => r.cluster.status.level);
  const heldCounty = tally(held, (r) => [r.cluster.data.county]);
  const heldIndustry = tally(held, (r) => [r.cluster.data.industry]);
  return {
    rows,
    facets,
    pages,
    heldByCounty: model.settings.counties
      .filter((k) => heldCounty.has(k.name))
      .map((k) => ({ label: k.name, value: heldCounty.get(k.name)! })),
    heldByIndustry: [...heldIndustry.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
      .map(([label, value]) => ({ label, value })),
  };
}

/**
 * The 培育库 lists and 标杆 selections published by the as-of day, newest
 * first, with their clusters resolved. Cheap: the search indexer uses it
 * without building the rest of the lifecycle model.
 */
export function publishedLists(content: Content, model: SiteModel): { pools: PoolView[]; benchmarks: BenchmarkView[] } {
  const { asOf } = model;
  const policyLinks = (ids: readonly string[]) => ids.map((id) => ({ id, title: model.policy(id).data.title }));
  // Lists dated after the as-of day are not yet published.
  const pools: PoolView[] = content.pools
    .filter((p) => p.data.date <= asOf)
    .map((p) => ({
      ...p,
      basis: policyLinks(p.data.basis),
      entries: p.data.entries.map((e) => {
        const { found, ...listed } = listedCluster(e, model.cluster);
        return { ...listed, industry: found ? found.data.industry : e.industry, status: found?.status };
      }),
    }))
    .sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id.localeCompare(b.id)));

  const benchmarks: BenchmarkView[] = content.benchmarks
    .filter((b) => b.data.date <= asOf)
    .map((b) => ({
      ...b,
      basis: policyLinks(b.data.basis),
      clusters: b.data.clusters.map((id) => {
        const c = model.cluster(id);
        return { id, title: c.data.name, county: c.data.county };
      }),
    }))
    .sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));

  return { pools, benchmarks };
}

export function buildLifecycle(content: Content, model: SiteModel): LifecycleModel {
  const { asOf } = model;
  const { listBasis } = model.settings;
  const link = (e: { id: string; data: { title: string } }): Link => ({ id: e.id, title: e.data.title });

  // Only announcements in effect on the as-of day count (status.events), never future-dated ones.
  const registryClusters: RegistryCluster[] = model.clusters.map((c) => ({
    id: c.id,
    name: c.data.name,
    county: c.data.county,
    industry: c.data.industry,
    events: c.status.events,
    reviews: c.status.reviews,
  }));
  const days = registryDays(registryClusters, asOf);
  const registries: RegistryView[] = [];
  // Each day is compared with the day before in full, then kept as listed: one full register is held at a time.
  let before: Registry | undefined;
  days.forEach((d, i) => {
    const reg = registryOn(registryClusters, d.day);
    registries.push({
      day: reg.day,
      rows: reg.rows.map(({ status: _status, ...row }) => row),
      countByLevel: reg.countByLevel,
      kinds: d.kinds,
      changes: registryChanges(before, reg),
      previous: days[i - 1]?.day,
      next: days[i + 1]?.day,
    });
    before = reg;
  });
  const registryByDay = new Map(registries.map((r) => [r.day, r]));
  const today = registryOn(registryClusters, asOf);

  const targets: TargetView[] = content.targets.map((t) => {
    const deadline = deadlineOf(t.data.year);
    const ended = deadline <= asOf;
    return {
      ...t,
      policy: link(model.policy(t.data.policy)),
      href: policyPath(t.data.policy, t.data.anchor),
      deadline,
      ended,
      atDeadline: ended ? goalProgress(t.data.goals, registryOn(registryClusters, deadline)) : undefined,
      today: goalProgress(t.data.goals, today),
    };
  });
  targets.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));

  const { pools, benchmarks } = publishedLists(content, model);

  const perCluster = new Map<string, ClusterLifecycle>(
    model.clusters.map((c) => [
      c.id,
      {
        timeline: clusterTimeline(c.status.events, asOf, c.status.reviews),
        eligibility: eligibility(c.data.annualReports),
        benchmarks: benchmarks
          .filter((b) => b.data.clusters.includes(c.id))
          .map((b) => ({ ...link(b), year: b.data.year, date: b.data.date }))
          .reverse(),
        pools: pools
          .filter((p) => p.data.entries.some((e) => e.cluster === c.id))
          .map((p) => ({ ...link(p), date: p.data.date })),
        rulesPolicy: c.status.events.find((e) => e.action === 'recognize' && e.basis?.length)?.basis?.[0],
      },
    ]),
  );

  return {
    cluster: (id) => {
      const found = perCluster.get(id);
      if (!found) throw new Error(`internal: unknown cluster ${id}`);
      return found;
    },
    directory: directoryOf(model),
    registries,
    registry: (day) => {
      const found = registryByDay.get(day);
      if (!found) throw new Error(`internal: no registry page for ${day}`);
      return found;
    },
    targets,
    pools,
    benchmarks,
    sources: { pool: basisHref(listBasis.pool, model), benchmark: basisHref(listBasis.benchmarks, model) },
  };
}

/** The link to an article settings name (validation has checked that the policy and its anchor exist). */
/** The link to the article that creates a list; none while that document is not yet public on the as-of day. */
function basisHref(basis: ListBasis | undefined, model: SiteModel): string | undefined {
  if (!basis || !model.policies.some((p) => p.id === basis.policy)) return undefined;
  return policyPath(basis.policy, basis.anchor);
}
