/**
 * The documents the search index is built from: one small HTML document per
 * entity page, written from the site model (never read back from the built
 * pages), so the index can be built while Astro renders (scripts/build.ts).
 *
 * A document holds what a reader searches an entity by — its name or title,
 * the values of its fields, its text — and leaves out what every page of the
 * kind repeats (field labels of tables, banners, explanations, page tools).
 * Policy bodies are rendered by the same Markdown processor as the policy
 * page (src/markdown/processor.ts). Each document also carries the record's
 * Pagefind filters, meta and sort key (records.ts) and its gram and pinyin
 * tokens (index-tokens.ts). Every text from content is escaped: content can
 * never put markup into a document. Node only.
 */
import { t } from '../../i18n/zh.ts';
import type { CalendarDate } from '../../schemas/common.ts';
import { clusterTimeline } from '../../rules/cluster-timeline.ts';
import { formatDate } from '../../rules/dates.ts';
import { escapeMarkup as escapeHtml } from '../../format/escape.ts';
import { mdxSearchHtml } from '../../markdown/mdx-text.ts';
import { renderPolicyBody } from '../../markdown/processor.ts';
import type { AnnouncementView, ClusterView, NoticeView, PolicyView, SiteModel } from '../../model/model.ts';
import { paragraphsOf } from '../../format/paragraphs.ts';
import { DATED_FILTER } from '../../search/engine.ts';
import { matchForm } from '../../search/text.ts';
import { KEYS_SEPARATOR } from '../../search/verify.ts';
import { tokenBlock } from './index-tokens.ts';
import type { BenchmarkView, PoolView } from '../../model/lifecycle.ts';
import {
  type SearchLists,
  type SearchRecord,
  type SearchSection,
  announcementRecord,
  benchmarkRecord,
  clusterRecord,
  noticeRecord,
  policyRecord,
  poolRecord,
  searchSections,
  sectionRecord,
} from './records.ts';

export interface SearchDocument {
  record: SearchRecord;
  /** The document Pagefind indexes as the page at record.url. */
  html: string;
}

/** One paragraph of escaped text; nothing when every part is empty. */
function p(...parts: (string | undefined | false)[]): string {
  const text = parts.filter(Boolean).join(' ');
  return text ? `<p>${escapeHtml(text)}</p>` : '';
}

/** A labelled field as the page shows it (标签：值), or nothing when the value is unknown. */
const field = (label: string, value: string | undefined) => (value ? p(`${label}：${value}`) : '');

/** Plain-text paragraphs, as the pages split them. */
const paragraphs = (text: string | undefined) =>
  paragraphsOf(text)
    .map((x) => p(x))
    .join('');

/** The Pagefind attributes of a record: filters, meta (title first) and the sort key. */
function recordMeta(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((value) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(value)}">`),
  );
  // The names besides the title, for checking a name match in the browser (src/search/verify.ts).
  const keys = [...new Set(record.keys.slice(1).map(matchForm))].filter(Boolean).join(KEYS_SEPARATOR);
  const meta = Object.entries({ title: record.title, ...record.meta, keys })
    .filter(([, value]) => value)
    .map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeHtml(value!)}">`);
  const sort = record.date
    ? [
        `<meta data-pagefind-sort="date[content]" content="${escapeHtml(record.date)}">`,
        `<meta data-pagefind-filter="${DATED_FILTER.key}[content]" content="${DATED_FILTER.value}">`,
      ]
    : [];
  return [...filters, ...meta, ...sort].join('');
}

/**
 * The whole document. `tokens: false` leaves the gram and pinyin tokens out
 * (stock Pagefind on the same text, for the recall benchmark).
 */
export function documentHtml(record: SearchRecord, body: string, tokens = true): string {
  return `<!doctype html><html lang="zh-CN"><head><title>${escapeHtml(record.title)}</title>${recordMeta(record)}</head><body><main data-pagefind-body>${tokens ? tokenBlock(record) : ''}<h1>${escapeHtml(record.title)}</h1>${body}</main></body></html>`;
}

export async function policyBody(policy: PolicyView): Promise<string> {
  const d = policy.data;
  const P = t.policy;
  return [
    field(P.docNumber, d.docNumber),
    field(P.issuer, d.issuer?.join('、')),
    field(P.registrationNumber, d.registrationNumber),
    field(P.topics, d.topics.join('、')),
    p(policy.validity.label),
    // A 解读 in MDX is indexed by its words, not its components (src/markdown/mdx-text.ts).
    policy.mdx ? mdxSearchHtml(policy.body) : await renderPolicyBody(policy.body),
  ].join('');
}

/** The cluster's fields and its timeline up to `asOf` (the page's 认定与变更记录, without the derived notes). */
export function clusterBody(cluster: ClusterView, asOf: CalendarDate): string {
  const d = cluster.data;
  const C = t.cluster;
  return [
    p(`${d.county}${d.town ? ` ${d.town}` : ''} · ${d.industry}`),
    p(cluster.status.level, cluster.status.label),
    field(C.direction, d.direction),
    field(C.aliases, d.aliases.join('、')),
    field(C.products, d.products.join('、')),
    field(C.host, d.host),
    p(d.intro),
    ...clusterTimeline(cluster.status.events, asOf, cluster.status.reviews)
      .filter((e) => !e.future)
      .map((e) => p(formatDate(e.date), t.timeline.headline(e), e.announcement?.title ?? e.notice?.title)),
    p(d.source),
  ].join('');
}

export function noticeBody(notice: NoticeView): string {
  const d = notice.data;
  const N = t.notice;
  return [
    p(notice.status.label, `${N.period}：${formatDate(d.period.from)} 至 ${formatDate(d.period.to)}`),
    field(N.issuer, d.issuer.join('、')),
    paragraphs(d.body),
    ...notice.basis.map((b) => p(`《${b.title}》`)),
    paragraphs(d.procedure),
    ...notice.entries.map((e) => p(e.name, e.county, e.level, e.action)),
  ].join('');
}

export function announcementBody(announcement: AnnouncementView): string {
  const d = announcement.data;
  const A = t.announcement;
  return [
    field(A.issuer, d.issuer.join('、')),
    field(A.docNumber, d.docNumber),
    p(formatDate(d.date), `${d.level}${t.actions[d.action]}`),
    field(A.recognizedBy, d.recognizedBy),
    ...announcement.basis.map((b) => p(`《${b.title}》`)),
    announcement.closes && p(announcement.closes.title),
    paragraphs(d.body),
    p(d.reason),
    ...announcement.clusters.map((c) => p(c.title, c.county)),
    p(d.source),
  ].join('');
}

/** What a published list (培育库, 标杆) says: its heading facts, basis and text, then one paragraph per item. */
function publishedListBody(
  d: { issuer: readonly string[]; docNumber?: string; body?: string; source?: string },
  dateLine: string[],
  basis: readonly { title: string }[],
  items: string[][],
): string {
  return [
    field(t.announcement.issuer, d.issuer.join('、')),
    field(t.announcement.docNumber, d.docNumber),
    p(...dateLine),
    ...basis.map((b) => p(`《${b.title}》`)),
    paragraphs(d.body),
    ...items.map((item) => p(...item)),
    p(d.source),
  ].join('');
}

export const poolBody = (pool: PoolView): string =>
  publishedListBody(
    pool.data,
    [formatDate(pool.data.date)],
    pool.basis,
    pool.entries.map((e) => [e.name, e.county ?? '', e.industry ?? '']),
  );

export const benchmarkBody = (benchmark: BenchmarkView): string =>
  publishedListBody(
    benchmark.data,
    [formatDate(benchmark.data.date), `${benchmark.data.year}年度`],
    benchmark.basis,
    benchmark.clusters.map((c) => [c.title, c.county]),
  );

export const sectionBody = (section: SearchSection): string => section.text.map(paragraphs).join('');

/** An entity page's search record, and its document text (rendered only when needed). */
export interface SearchEntry {
  record: SearchRecord;
  body(): Promise<string>;
}

/** Every searchable page, in the order of searchRecords (records.ts). */
export function searchEntries(model: SiteModel, lists: SearchLists): SearchEntry[] {
  const entry = (record: SearchRecord, body: () => string | Promise<string>) => ({ record, body: async () => body() });
  return [
    ...model.policies.map((policy) => entry(policyRecord(policy), () => policyBody(policy))),
    ...model.clusters.map((cluster) => entry(clusterRecord(cluster), () => clusterBody(cluster, model.asOf))),
    ...model.notices.map((notice) => entry(noticeRecord(notice, model), () => noticeBody(notice))),
    ...model.announcements.map((announcement) =>
      entry(announcementRecord(announcement, model), () => announcementBody(announcement)),
    ),
    ...lists.pools.map((pool) => entry(poolRecord(pool), () => poolBody(pool))),
    ...lists.benchmarks.map((benchmark) => entry(benchmarkRecord(benchmark, model), () => benchmarkBody(benchmark))),
    ...searchSections(model, lists).map((section) => entry(sectionRecord(section), () => sectionBody(section))),
  ];
}

/** The documents of the entries, in their order. */
export async function* searchDocuments(entries: readonly SearchEntry[], tokens = true): AsyncGenerator<SearchDocument> {
  for (const { record, body } of entries) yield { record, html: documentHtml(record, await body(), tokens) };
}
