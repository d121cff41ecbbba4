/**
 * Every address of the site, built in one place: pages, their anchors, data
 * files, feeds and images. Pages, components, outputs and scripts call these
 * and never write a path by hand, so a route and every link to it agree.
 * Paths are root-relative (src/model/origin.ts makes them absolute where the
 * public origin is known).
 *
 * Pure strings and browser-safe: the validity refresh (src/client/) links a
 * successor document with the same function as the build. Each route file
 * under src/pages/ is the other half of one of these functions (the page
 * /policies/<id>/ is src/pages/policies/[id].astro).
 */
import type { DatasetId, FeedId } from '../i18n/open-data.ts';
import { type DirectoryQuery, type Facet, queryString } from './directory.ts';

/** The pages with a fixed address: the home page, each section's list and the site's own pages. */
export const paths = {
  home: '/',
  policies: '/policies/',
  clusters: '/clusters/',
  notices: '/notices/',
  announcements: '/announcements/',
  registry: '/registry/',
  targets: '/targets/',
  pool: '/pool/',
  benchmarks: '/benchmarks/',
  data: '/data/',
  search: '/search/',
  about: '/about/',
  /** 政府信息公开指南 (条例 第十二条). */
  disclosureGuide: '/disclosure/',
  /** 依申请公开: the procedure and the application form. */
  disclosureApply: '/disclosure/apply/',
  /** 政府信息公开目录 of everything published. */
  catalogue: '/disclosure/catalogue/',
  /** 意见征集: drafts out for comment. */
  consultations: '/consultations/',
  /** The contact block of the about page. */
  contact: '/about/#contact',
} as const;

/** `#anchor` appended when there is one; anchors are written as the document numbers its parts (src/rules/numbering.ts). */
const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);

/** /policies/<id>/, or one of its articles: /policies/<id>/#第十三条. */
export function policyPath(id: string, anchor?: string): string {
  return withAnchor(`/policies/${id}/`, anchor);
}

/** /policies/<id>/history/: the published versions of a policy. */
export function policyHistoryPath(id: string): string {
  return `${policyPath(id)}history/`;
}

/** /policies/<id>/history/compare/: every comparison of two versions (the form's page without JavaScript). */
export function policyComparisonsPath(id: string): string {
  return `${policyHistoryPath(id)}compare/`;
}

/** /policies/<id>/history/<older>-<newer>/: one comparison (the pair's slug from src/model/history-routes.ts). */
export function policyComparisonPath(id: string, pair: string): string {
  return `${policyHistoryPath(id)}${pair}/`;
}

/** The name of a policy's generated attachment, without .docx (the route is src/pages/policies/[id]/[file].docx.ts); numbers count from 1. */
export const attachmentName = (number: number) => `attachment-${number}`;

/** /policies/<id>/attachment-<n>.docx: a form of the policy as a Word document. */
export function policyAttachmentPath(id: string, number: number): string {
  return `${policyPath(id)}${attachmentName(number)}.docx`;
}

/** /clusters/<id>/ */
export function clusterPath(id: string): string {
  return `/clusters/${id}/`;
}

/** The directory with filters and a sort order in its query string: /clusters/?county=linqing. */
export function directoryPath(query: Partial<DirectoryQuery> = {}): string {
  return `${paths.clusters}${queryString({ filters: {}, dir: 'asc', ...query })}`;
}

/** /clusters/by/<facet>/<value>/: the pre-rendered directory of one filter value (a URL key or an industry name). */
export function facetPath(facet: Facet, value: string): string {
  return `/clusters/by/${facet}/${encodeURIComponent(value)}/`;
}

/** /notices/<id>/ */
export function noticePath(id: string): string {
  return `/notices/${id}/`;
}

/** /announcements/<id>/ */
export function announcementPath(id: string): string {
  return `/announcements/${id}/`;
}

/** /registry/<YYYY-MM-DD>/: the registry as of one day. */
export function registryPath(day: string): string {
  return `${paths.registry}${day}/`;
}

/** /pool/<id>/: one published list of the 培育库. */
export function poolPath(id: string): string {
  return `/pool/${id}/`;
}

/** /benchmarks/<id>/: one 转型升级标杆 selection. */
export function benchmarkPath(id: string): string {
  return `/benchmarks/${id}/`;
}

/** The 政府信息公开申请表 as a Word document. */
export const applicationFormPath = '/disclosure/apply/application-form.docx';

/** /guides/<id>/: a guide page of the bureau's own writing. */
export function guidePath(id: string): string {
  return `/guides/${id}/`;
}

/** /consultations/<id>/: a draft out for comment, its 说明 and 反馈. */
export function consultationPath(id: string, anchor?: string): string {
  return withAnchor(`/consultations/${id}/`, anchor);
}

/** /figures/<file>: the image of a 图解 (content/figures/<file>). */
export function figurePath(file: string): string {
  return `/figures/${file}`;
}

/** The 公开目录 narrowed to one category: /disclosure/catalogue/<category>/. */
export function catalogueCategoryPath(category: string): string {
  return `${paths.catalogue}${category}/`;
}

/** The kinds of entity with a page each, and their pages: a lookup for code that links any of them. */
export const entityPath = {
  policy: policyPath,
  cluster: clusterPath,
  notice: noticePath,
  announcement: announcementPath,
  pool: poolPath,
  benchmark: benchmarkPath,
  guide: guidePath,
  consultation: consultationPath,
} as const satisfies Record<string, (id: string) => string>;
export type EntityKind = keyof typeof entityPath;

/** /data/<id>/: the field dictionary of a dataset. */
export function datasetPath(id: DatasetId): string {
  return `${paths.data}${id}/`;
}

/** The names of a dataset's files under /data/: registry.csv, registry.json, registry.schema.json. */
export function datasetFile(id: DatasetId, format: 'csv' | 'json' | 'schema'): string {
  return `${id}.${format === 'schema' ? 'schema.json' : format}`;
}

/** The names of a year-end registry's files under /data/: registry-2025-12-31.csv, … */
export function snapshotFile(day: string, format: 'csv' | 'json'): string {
  return `registry-${day}.${format}`;
}

/** /data/<name>: an open-data file, by its name (from datasetFile or snapshotFile). */
export function dataFilePath(name: string): string {
  return `${paths.data}${name}`;
}

/** /feeds/<id>.xml: an Atom feed. */
export function feedPath(id: FeedId): string {
  return `/feeds/${id}.xml`;
}

/** The XSLT stylesheet that shows a feed as a Chinese page in a browser, and its CSS (same origin, as the CSP asks). */
export const feedStylesheetPath = '/feeds/feed.xsl';
export const feedStylesPath = '/feeds/feed.css';

/** The page each feed mirrors: the home page for the feed of everything, else the section's list. */
export function feedPage(id: FeedId): string {
  return id === 'all' ? paths.home : paths[id];
}

/** /og/<kind>/<id>.png: the link-preview image of a policy or an announcement. */
export function ogImagePath(kind: 'policies' | 'announcements', id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** /search/, or a search: /search/?q=钢球&county=东阿县 (empty values left out). */
export function searchPath(query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const s = params.toString();
  return s ? `${paths.search}?${s}` : paths.search;
}

/**
 * The address of a file copied from the content directory into the site
 * (a 云上展厅 image: showcase/linqing-textile/hall-960.webp → /showcase/linqing-textile/hall-960.webp).
 */
export function contentFilePath(file: string): string {
  return `/${file}`;
}
