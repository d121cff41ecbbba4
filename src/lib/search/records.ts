/**
 * What the search index knows about each entity page, derived from the site
 * model (never typed by hand): its filters, meta and sort key, and the names
 * a reader may type, which become tokens. The page's search document
 * (documents.ts) carries both to Pagefind.
 */
import { t } from '../../i18n/zh.ts';
import { LEVELS } from '../../schemas/common.ts';
import { formatDate, partialStart, yearOf } from '../dates.ts';
import type { AnnouncementView, ClusterView, NoticeView, PolicyView, SiteModel } from '../model.ts';

/** The filters every record may carry, in the order the search page shows them. */
export const FILTER_KEYS = ['type', 'county', 'level', 'industry', 'status', 'year', 'issuer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type SearchKind = 'policy' | 'cluster' | 'notice' | 'announcement';

export interface SearchRecord {
  kind: SearchKind;
  /** Root-relative URL of the page, as Pagefind reports it. */
  url: string;
  title: string;
  /** Filter values; a key with no value is left out. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Shown on each result: type label, date as text, status. */
  meta: { type: string; date?: string; status?: string };
  /** Sort key `date` (YYYY-MM-DD). Every record has one: Pagefind drops pages without it from sorted results. */
  date: string;
  /** Texts a reader may type any part of: the title or name first. */
  keys: string[];
  /** Names findable by their whole pinyin and initials (and any prefix of those). */
  pinyinNames: string[];
  /** Key terms findable by the pinyin and initials of any run of their syllables. */
  pinyinTerms: string[];
}

/** Sort key of an entity with no date at all: sorts last when newest come first. */
const NO_DATE = '0000-01-01';

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
  const dated = Boolean(d.issuedOn ?? d.publishedOn ?? d.effectiveFrom);
  return {
    kind: 'policy',
    url: `/policies/${p.id}/`,
    title: d.title,
    filters: {
      type: [t.search.types.policy],
      level: [levelWord(d.level)],
      status: [p.validity.label],
      year: dated ? [String(yearOf(p.sortDate))] : [],
      issuer: d.issuer ?? [],
    },
    meta: { type: t.search.types.policy, date: dated ? formatDate(d.issuedOn ?? d.publishedOn ?? d.effectiveFrom!) : undefined, status: p.validity.label },
    date: dated ? p.sortDate : NO_DATE,
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
    url: `/clusters/${c.id}/`,
    title: d.name,
    filters: {
      type: [t.search.types.cluster],
      county: [d.county],
      level: c.status.level ? [c.status.level] : [],
      industry: [d.industry],
      status: [c.status.label],
      year: firstTitle ? [String(yearOf(firstTitle))] : [],
    },
    meta: { type: t.search.types.cluster, date: latest ? formatDate(latest) : undefined, status: [c.status.level, c.status.label].filter(Boolean).join(' ') },
    date: latest ? partialStart(latest) : NO_DATE,
    keys: unique([d.name, shortName, ...d.aliases, d.industry, d.town, d.county, ...d.products]),
    pinyinNames: unique([d.name, ...d.aliases]),
    pinyinTerms: unique([shortName, d.industry, countyStem(d.county), d.town, ...d.products]),
  };
}

export function announcementRecord(a: AnnouncementView, model: SiteModel): SearchRecord {
  const d = a.data;
  const clusters = a.clusters.map((c) => model.cluster(c.id));
  return {
    kind: 'announcement',
    url: `/announcements/${a.id}/`,
    title: d.title,
    filters: {
      type: [t.search.types.announcement],
      county: unique(clusters.map((c) => c.data.county)),
      level: [d.level],
      industry: unique(clusters.map((c) => c.data.industry)),
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
    url: `/notices/${n.id}/`,
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

/** Every searchable page of the site. Lists, the home page and 关于本站 only repeat these titles, so they are not indexed. */
export function searchRecords(model: SiteModel): SearchRecord[] {
  return [
    ...model.policies.map(policyRecord),
    ...model.clusters.map(clusterRecord),
    ...model.notices.map((n) => noticeRecord(n, model)),
    ...model.announcements.map((a) => announcementRecord(a, model)),
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
    return [...order.filter((v) => values.has(v)), ...[...values].filter((v) => !order.includes(v)).sort((a, b) => a.localeCompare(b, 'zh-CN'))];
  };
  return {
    type: inOrder('type', Object.values(t.search.types)),
    county: inOrder('county', model.settings.counties.map((c) => c.name)),
    level: inOrder('level', ['国家级', ...[...LEVELS].reverse().filter((l) => l !== '国家级'), '县级']),
    industry: inOrder('industry', []),
    status: inOrder('status', []),
    year: [...seen('year')].sort().reverse(),
    issuer: inOrder('issuer', []),
  };
}

const byUrl = new WeakMap<SiteModel, Map<string, SearchRecord>>();

/** The record of the page at `url`; throws when the page is not an entity page (a wiring mistake, not bad content). */
export function searchRecordAt(model: SiteModel, url: string): SearchRecord {
  let map = byUrl.get(model);
  if (!map) {
    map = new Map(searchRecords(model).map((r) => [r.url, r]));
    byUrl.set(model, map);
  }
  const record = map.get(url);
  if (!record) throw new Error(`internal: no search record for ${url}; only entity pages have one`);
  return record;
}
