/**
 * What the search index knows about each entity page, derived from the site
 * model (never typed by hand): its filters, meta and sort key, and the names
 * a reader may type, which become tokens. The page's search document
 * (documents.ts) carries both to Pagefind.
 */
import { t } from '../../i18n/zh.ts';
import { LEVELS } from '../../schemas/common.ts';
import { formatDate, partialStart, yearOf } from '../../rules/dates.ts';
import { dataPageText, datasetsText } from '../../i18n/open-data.ts';
import type { BenchmarkView, LifecycleModel, PoolView } from '../../model/lifecycle.ts';
import { DATASET_IDS } from '../open-data.ts';
import type { AnnouncementView, ClusterView, NoticeView, PolicyView, SiteModel } from '../../model/model.ts';
import {
  announcementPath,
  benchmarkPath,
  clusterPath,
  noticePath,
  paths,
  policyPath,
  poolPath,
} from '../../rules/routes.ts';
import { policyDate } from '../../rules/policy-date.ts';

/** The filters every record may carry, in the order the search page shows them. */
export const FILTER_KEYS = ['type', 'county', 'level', 'industry', 'status', 'year', 'issuer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type SearchKind = 'policy' | 'cluster' | 'notice' | 'announcement' | 'pool' | 'benchmark' | 'section';

/** The lists of the lifecycle model that have pages of their own (培育库 lists, 标杆 selections). */
export type SearchLists = Pick<LifecycleModel, 'pools' | 'benchmarks'>;

export interface SearchRecord {
  kind: SearchKind;
  /** Root-relative URL of the page, as Pagefind reports it. */
  url: string;
  title: string;
  /** Filter values; a key with no value is left out. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Shown on each result: type label, date as text, status. */
  meta: { type: string; date?: string; status?: string };
  /**
   * Sort key `date` (YYYY-MM-DD); none for a page without a date (a section,
   * a cluster never recognised). Date-sorted searches ask for dated pages
   * only (DATED_FILTER in engine.ts), and the engine puts the undated ones
   * after them in either order.
   */
  date?: string;
  /** Texts a reader may type any part of: the title or name first. */
  keys: string[];
  /** Names findable by their whole pinyin and initials (and any prefix of those). */
  pinyinNames: string[];
  /** Key terms findable by the pinyin and initials of any run of their syllables. */
  pinyinTerms: string[];
}

const unique = (list: (string | undefined)[]): string[] => [...new Set(list.filter((x): x is string => Boolean(x)))];

/** 临清市 → 临清, 阳谷县 → 阳谷, 东昌府区 → 东昌府; 冠县 and 莘县 keep their 县 (one character is not a name). */
export function countyStem(county: string): string {
  return /^.{2,3}[市县区]$/u.test(county) ? county.slice(0, -1) : county;
}

/** The short name people use for a cluster: county stem + industry, e.g. 临清纺织, 东阿钢球. */
export function clusterShortName(county: string, industry: string): string {
  return countyStem(county) + industry;
}

/** A policy's issuer level as a level word (市 → 市级), so one 级别 filter serves every kind. */
const levelWord = (level: string) => `${level}级`;

export function policyRecord(p: PolicyView): SearchRecord {
  const d = p.data;
  const date = policyDate(d);
  const dated = Boolean(date);
  return {
    kind: 'policy',
    url: policyPath(p.id),
    title: d.title,
    filters: {
      type: [t.search.types.policy],
      level: [levelWord(d.level)],
      status: [p.validity.label],
      year: dated ? [String(yearOf(p.sortDate))] : [],
      issuer: d.issuer ?? [],
    },
    meta: {
      type: t.search.types.policy,
      date: date && formatDate(date),
      status: p.validity.label,
    },
    date: dated ? p.sortDate : undefined,
    keys: unique([d.title, d.docNumber, d.registrationNumber, ...d.topics]),
    pinyinNames: [],
    pinyinTerms: unique(d.topics),
  };
}

export function clusterRecord(c: ClusterView): SearchRecord {
  const d = c.data;
  const events = c.status.events;
  const latest = events.at(-1)?.date;
  const firstTitle = c.status.titles.map((x) => x.since).sort()[0];
  const shortName = clusterShortName(d.county, d.industry);
  return {
    kind: 'cluster',
    url: clusterPath(c.id),
    title: d.name,
    filters: {
      type: [t.search.types.cluster],
      county: [d.county],
      level: c.status.level ? [c.status.level] : [],
      industry: [d.industry],
      status: [c.status.label],
      year: firstTitle ? [String(yearOf(firstTitle))] : [],
    },
    meta: {
      type: t.search.types.cluster,
      date: latest ? formatDate(latest) : undefined,
      status: [c.status.level, c.status.label].filter(Boolean).join(' '),
    },
    date: latest ? partialStart(latest) : undefined,
    keys: unique([d.name, shortName, ...d.aliases, d.industry, d.town, d.county, ...d.products]),
    pinyinNames: unique([d.name, ...d.aliases]),
    pinyinTerms: unique([shortName, d.industry, countyStem(d.county), d.town, ...d.products]),
  };
}

/** The county and industry filters of a page that names these clusters. */
function namedClusterFilters(
  model: SiteModel,
  named: readonly { id: string }[],
): Pick<SearchRecord['filters'], 'county' | 'industry'> {
  const clusters = named.map((c) => model.cluster(c.id));
  return { county: unique(clusters.map((c) => c.data.county)), industry: unique(clusters.map((c) => c.data.industry)) };
}

export function announcementRecord(a: AnnouncementView, model: SiteModel): SearchRecord {
  const d = a.data;
  const named = namedClusterFilters(model, a.clusters);
  return {
    kind: 'announcement',
    url: announcementPath(a.id),
    title: d.title,
    filters: {
      type: [t.search.types.announcement],
      county: named.county,
      level: [d.level],
      industry: named.industry,
      year: [String(yearOf(d.date))],
      issuer: d.issuer,
    },
    meta: { type: t.search.types.announcement, date: formatDate(d.date) },
    date: partialStart(d.date),
    keys: unique([d.title, d.docNumber]),
    pinyinNames: [],
    pinyinTerms: [],
  };
}

export function noticeRecord(n: NoticeView, model: SiteModel): SearchRecord {
  const d = n.data;
  const clusters = n.entries.flatMap((e) => (e.cluster ? [model.cluster(e.cluster.id)] : []));
  return {
    kind: 'notice',
    url: noticePath(n.id),
    title: d.title,
    filters: {
      type: [t.search.types.notice],
      county: unique(n.entries.map((e) => e.county)),
      level: unique(n.entries.map((e) => e.level)),
      industry: unique(clusters.map((c) => c.data.industry)),
      status: [n.status.label],
      year: [String(yearOf(d.publishedOn))],
      issuer: d.issuer,
    },
    meta: { type: t.search.types.notice, date: formatDate(d.publishedOn), status: n.status.label },
    date: d.publishedOn,
    keys: unique([d.title]),
    pinyinNames: [],
    pinyinTerms: [],
  };
}

export function poolRecord(p: PoolView): SearchRecord {
  const d = p.data;
  const names = p.entries.map((e) => e.name);
  return {
    kind: 'pool',
    url: poolPath(p.id),
    title: d.title,
    filters: {
      type: [t.search.types.pool],
      county: unique(p.entries.map((e) => e.county)),
      industry: unique(p.entries.map((e) => e.industry)),
      year: [String(yearOf(d.date))],
      issuer: d.issuer,
    },
    meta: { type: t.search.types.pool, date: formatDate(d.date) },
    date: d.date,
    // A candidate listed by name has no page of its own: this list is where a search finds it.
    keys: unique([d.title, d.docNumber, ...names]),
    pinyinNames: [],
    pinyinTerms: [],
  };
}

export function benchmarkRecord(b: BenchmarkView, model: SiteModel): SearchRecord {
  const d = b.data;
  return {
    kind: 'benchmark',
    url: benchmarkPath(b.id),
    title: d.title,
    filters: {
      type: [t.search.types.benchmark],
      ...namedClusterFilters(model, b.clusters),
      year: [String(d.year)],
      issuer: d.issuer,
    },
    meta: { type: t.search.types.benchmark, date: formatDate(d.date) },
    date: d.date,
    keys: unique([d.title, d.docNumber]),
    pinyinNames: [],
    pinyinTerms: [],
  };
}

/** A section page a reader may look for by name (目标完成情况, 历史名单, 开放数据 …): it has no date. */
export interface SearchSection {
  url: string;
  title: string;
  /** What the page says about itself, as its lead or opening text says it: the document text. */
  text: string[];
  /** Other names readers use for it, and names of what it holds. */
  aliases: string[];
}

export function sectionRecord(section: SearchSection): SearchRecord {
  return {
    kind: 'section',
    url: section.url,
    title: section.title,
    filters: { type: [t.search.types.section] },
    meta: { type: t.search.types.section },
    date: undefined,
    keys: unique([section.title, ...section.aliases]),
    pinyinNames: [],
    pinyinTerms: [],
  };
}

/**
 * The section pages that are not lists of the entities above: they hold
 * what no entity page does (counts against targets, past registries, data
 * downloads, the 信息公开指南 and contacts). Entity lists and the home page
 * only repeat the entities' titles, so they are not indexed. The pool and 标杆
 * sections are offered only when the site has such lists.
 */
export function searchSections(model: SiteModel, lists: SearchLists): SearchSection[] {
  const { settings } = model;
  const c = settings.contact;
  const sections: SearchSection[] = [
    {
      url: paths.targets,
      title: t.targets.title,
      text: [t.targets.caveat, t.targets.counting],
      aliases: ['目标', '完成情况'],
    },
    {
      url: paths.registry,
      title: t.registry.title,
      text: [t.registry.lead],
      aliases: ['截至某日的名单', '往年名单', '年末名单'],
    },
    {
      url: paths.data,
      title: dataPageText.title,
      text: [dataPageText.lead],
      aliases: ['开放数据', '数据下载', '订阅', ...DATASET_IDS.map((id) => datasetsText[id].title)],
    },
    {
      url: paths.about,
      title: t.about.title,
      text: [settings.guide, [c.phone, c.email, c.address].filter(Boolean).join(' ')],
      aliases: [t.about.guide, t.footer.contact, t.about.rules],
    },
  ];
  if (lists.pools.length > 0)
    sections.push({ url: paths.pool, title: t.pool.title, text: [t.pool.lead], aliases: ['培育库', '入库名单'] });
  if (lists.benchmarks.length > 0)
    sections.push({
      url: paths.benchmarks,
      title: t.benchmarks.title,
      text: [t.benchmarks.lead],
      aliases: ['转型升级标杆'],
    });
  return sections;
}

/** Every searchable page of the site: entity pages, then the sections of searchSections. */
export function searchRecords(model: SiteModel, lists: SearchLists): SearchRecord[] {
  return [
    ...model.policies.map(policyRecord),
    ...model.clusters.map(clusterRecord),
    ...model.notices.map((n) => noticeRecord(n, model)),
    ...model.announcements.map((a) => announcementRecord(a, model)),
    ...lists.pools.map(poolRecord),
    ...lists.benchmarks.map((b) => benchmarkRecord(b, model)),
    ...searchSections(model, lists).map(sectionRecord),
  ];
}

/**
 * The choices of each filter control: the values the records carry, in a
 * reader's order (types and levels as defined, counties as in settings,
 * years newest first, the rest by pinyin order).
 */
export function filterOptions(records: readonly SearchRecord[], model: SiteModel): Record<FilterKey, string[]> {
  const seen = (key: FilterKey) => new Set(records.flatMap((r) => r.filters[key] ?? []));
  const inOrder = (key: FilterKey, order: readonly string[]) => {
    const values = seen(key);
    return [
      ...order.filter((v) => values.has(v)),
      ...[...values].filter((v) => !order.includes(v)).sort((a, b) => a.localeCompare(b, 'zh-CN')),
    ];
  };
  return {
    type: inOrder('type', Object.values(t.search.types)),
    county: inOrder(
      'county',
      model.settings.counties.map((c) => c.name),
    ),
    level: inOrder('level', ['国家级', ...[...LEVELS].reverse().filter((l) => l !== '国家级'), '县级']),
    industry: inOrder('industry', []),
    status: inOrder('status', []),
    year: [...seen('year')].sort().reverse(),
    issuer: inOrder('issuer', []),
  };
}

const byUrl = new WeakMap<SiteModel, Map<string, SearchRecord>>();

/** The record of the page at `url`; throws when the page is not an entity page (a wiring mistake, not bad content). */
export function searchRecordAt(model: SiteModel, lists: SearchLists, url: string): SearchRecord {
  let map = byUrl.get(model);
  if (!map) {
    map = new Map(searchRecords(model, lists).map((r) => [r.url, r]));
    byUrl.set(model, map);
  }
  const record = map.get(url);
  if (!record) throw new Error(`internal: no search record for ${url}; only entity pages have one`);
  return record;
}
