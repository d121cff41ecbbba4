/**
 * Published URLs never vanish. The content directory keeps a manifest of
 * every public URL the site has published (published-urls.txt, written by
 * `npm run urls:record`) and the redirects that replace removed or renamed
 * ones (redirects.yaml). The build checks the site it just rendered against
 * both and refuses to publish when a recorded URL is gone without a redirect.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from '../content/problems.ts';
import { publishingText } from '../i18n/publishing.ts';
import { escapeMarkup } from '../format/escape.ts';
import { nginxQuote, normalTarget, shadowProblem, sourceProblem, targetMessage } from './redirect-rules.ts';

export const MANIFEST_FILE = 'published-urls.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/** How a path is named in messages: relative to the working directory, with forward slashes. */
export const display = (path: string) => relative(process.cwd(), path).split(sep).join('/');

/**
 * The public URLs of a built site: every page (a directory with index.html,
 * as /path/) and every file under /data/ and /feeds/. Build assets, the
 * search index and the 404 page are not addresses anyone links to.
 */
export function builtUrls(outDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const url = `/${relative(outDir, path).split(sep).join('/')}`;
      if (statSync(path).isDirectory()) {
        if (url === '/_astro' || url === '/pagefind') continue;
        walk(path);
      } else if (name === 'index.html') {
        // Comparisons of a policy's versions are views of the repository history, built only when it is available
        // (not from a tarball or a shallow clone), so they are not promised forever; the history list itself is.
        if (/^\/policies\/[^/]+\/history\/[^/]+\/index\.html$/.test(url)) continue;
        urls.push(url.slice(0, -'index.html'.length));
      } else if (/^\/(data|feeds)\//.test(url)) {
        urls.push(url);
      }
    }
  };
  walk(outDir);
  return urls.sort();
}

/**
 * One line of the manifest: a URL and the first day it existed (the as-of
 * day of the build that first recorded it), `URL YYYY-MM-DD`. A build for
 * an earlier day rightly lacks it (a 公布 not yet issued, a year not yet
 * over), so it is only required from that day on. A line without a day
 * (written before days were recorded) is required on every day.
 */
export interface ManifestEntry {
  url: string;
  since?: string;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** Lines that are neither a URL nor a URL and a day: reported as such, never taken for a deletion. */
  problems: Problem[];
}

const MANIFEST_LINE = /^(\/\S*)(?:\s+(\d{4}-\d{2}-\d{2}))?$/;

/** The manifest (blank lines and # comments ignored); undefined when there is none yet. */
export function readManifest(contentDir: string): Manifest | undefined {
  const path = join(contentDir, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  const file = display(path);
  const entries: ManifestEntry[] = [];
  const problems: Problem[] = [];
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const m = MANIFEST_LINE.exec(line);
      if (!m || (m[2] && Number.isNaN(Date.parse(`${m[2]}T00:00:00Z`)))) {
        problems.push({
          file,
          field: `第 ${i + 1} 行`,
          message: `无法识别「${line}」：每行写一个以 / 开头的网址，后面可空一格写首次发布日期（YYYY-MM-DD）。这个文件由 npm run urls:record 生成，请勿手改；改坏了可以用 git checkout 恢复后重新运行`,
        });
        return;
      }
      entries.push({ url: m[1], since: m[2] });
    });
  return { entries, problems };
}

/**
 * The manifest after a build as of `asOf` that produced `built`: every
 * earlier entry kept (one not built today, e.g. a later day's page, is still
 * published), new URLs dated `asOf`, and a URL built for a day before its
 * recorded one dated back to that day.
 */
export function recordUrls(
  before: readonly ManifestEntry[],
  built: Iterable<string>,
  asOf: string,
): { entries: ManifestEntry[]; added: string[] } {
  const map = new Map(before.map((e) => [e.url, e.since]));
  const added: string[] = [];
  for (const url of built) {
    if (!map.has(url)) {
      added.push(url);
      map.set(url, asOf);
    } else {
      const since = map.get(url);
      if (since !== undefined && since > asOf) map.set(url, asOf);
    }
  }
  return { entries: [...map].map(([url, since]) => ({ url, since })), added };
}

/** Writes the manifest: the header, then one `URL day` a line, sorted by URL. */
export function writeManifest(contentDir: string, entries: Iterable<ManifestEntry | string>): void {
  const byUrl = new Map<string, string | undefined>();
  for (const e of entries) {
    const { url, since } = typeof e === 'string' ? { url: e, since: undefined } : e;
    const known = byUrl.get(url);
    byUrl.set(url, known === undefined ? since : since === undefined || known < since ? known : since);
  }
  const lines = [...byUrl]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, since]) => (since ? `${url} ${since}` : url));
  writeFileSync(join(contentDir, MANIFEST_FILE), `${publishingText.manifestHeader}\n${lines.join('\n')}\n`);
}

export interface Redirects {
  /** from → to, in file order. */
  map: Map<string, string>;
  problems: Problem[];
}

/**
 * Reads redirects.yaml: a map from an old page URL to where it now lives,
 *   /clusters/old-id/: /clusters/new-id/
 * A missing file means no redirects. Every malformed line is a Problem.
 */
export function readRedirects(contentDir: string): Redirects {
  const path = join(contentDir, REDIRECTS_FILE);
  const map = new Map<string, string>();
  const problems: Problem[] = [];
  if (!existsSync(path)) return { map, problems };
  const file = display(path);
  const doc = parseDocument(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const line = doc.errors[0].linePos?.[0]?.line ?? 1;
    problems.push({
      file,
      field: '',
      message: `第 ${line} 行 YAML 格式有误：每行写作「/旧网址/: /新网址/」，冒号后有一个空格，同一个旧网址只写一次`,
    });
    return { map, problems };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { map, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', message: '转址表必须是「/旧网址/: /新网址/」的列表，每行一条' });
    return { map, problems };
  }
  // The grammar of both sides is src/publishing/redirect-rules.ts: what passes can mean nothing but a path.
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    const bad = sourceProblem(from);
    if (bad) {
      problems.push({ file, field: from, message: bad });
      continue;
    }
    const target = normalTarget(to);
    if (target === undefined) {
      problems.push({ file, field: from, message: targetMessage(to) });
      continue;
    }
    map.set(from, target);
  }
  return { map, problems };
}

/**
 * Rules a redirect must keep against the site just built: the old URL is
 * not a live page (a redirect must not hide content), the new URL exists,
 * and it is not itself redirected (readers would bounce twice).
 */
export function redirectProblems(
  redirects: Map<string, string>,
  built: ReadonlySet<string>,
  contentDir: string,
  outDir?: string,
): Problem[] {
  const file = display(join(contentDir, REDIRECTS_FILE));
  const problems: Problem[] = [];
  for (const [from, to] of redirects) {
    const shadow = outDir && !built.has(from) ? shadowProblem(from, outDir) : undefined;
    if (shadow) problems.push({ file, field: from, message: shadow });
    if (built.has(from)) {
      problems.push({
        file,
        field: from,
        message: `这个网址仍是本站的一个页面，不能再转到别处：请删除这一行转址，或先删除/改名该页面对应的内容文件`,
      });
    }
    if (to.startsWith('/')) {
      const target = to.replace(/#.*$/, '');
      if (target.startsWith('/_astro/') || target.startsWith('/pagefind/')) {
        problems.push({ file, field: from, message: `新网址 ${to} 不是本站的页面：请写页面地址（以 / 结尾）` });
        continue;
      }
      if (redirects.has(target)) {
        problems.push({
          file,
          field: from,
          message: `新网址 ${to} 本身也被转址到 ${redirects.get(target)}：请把这一行直接写成最终网址 ${redirects.get(target)}`,
        });
      } else if (!built.has(target)) {
        problems.push({
          file,
          field: from,
          message: `新网址 ${to} 在本站不存在：请核对拼写（页面地址以 / 结尾，例如 /clusters/linqing-textile/）`,
        });
      }
    }
  }
  return problems;
}

/**
 * URLs that only exist from a certain day on: the year-end registry of a
 * year that has not ended by the build's as-of day. A build for an earlier
 * day (a test, a look at the past) rightly lacks them.
 */
function notYetDue(url: string, asOf: string): boolean {
  const m = /^\/data\/registry-(\d{4}-12-31)\.(csv|json)$/.exec(url);
  return m !== null && m[1] > asOf;
}

/**
 * Recorded URLs the build no longer has, neither as a page nor through a
 * redirect, each as a Problem saying how to fix it. A URL whose first day
 * is after `asOf` is not due yet. `present(url)` names the content file of an
 * entity page when that file is still there (a draft, or one with an error
 * reported on its own): then the page is not gone, and the message says so.
 */
export function vanishedUrls(
  manifest: readonly (ManifestEntry | string)[],
  built: ReadonlySet<string>,
  redirects: Map<string, string>,
  contentDir: string,
  asOf: string,
  present: (url: string) => string | undefined = () => undefined,
): Problem[] {
  const file = display(join(contentDir, MANIFEST_FILE));
  const redirectsFile = display(join(contentDir, REDIRECTS_FILE));
  return manifest
    .map((e) => (typeof e === 'string' ? { url: e, since: undefined } : e))
    .filter(
      ({ url, since }) =>
        !built.has(url) && !redirects.has(url) && !notYetDue(url, asOf) && !(since !== undefined && since > asOf),
    )
    .map(({ url }) => {
      const source = present(url);
      return {
        file,
        field: url,
        message: source
          ? `这个网址已经公开发布过，这次却没有生成：对应的内容文件 ${source} 仍在，但它还是草稿或有错误（见本文件的其他提示）。请先把 ${source} 改好；不要删除它，也不需要转址`
          : url.endsWith('/')
            ? `这个网址已经公开发布过，按现在的内容却不会再生成（对应的内容文件被删除或改了名）。公开过的网址不能消失：如果内容改了名或移到别处，请在 ${redirectsFile} 中加一行「${url}: /新网址/」（没有这个文件就新建），旧网址会自动转到新网址；如果是误删，请恢复原文件`
            : `这个数据文件或订阅地址已经公开发布过，但这次没有生成：请恢复生成它的程序或数据；文件地址不能用转址页代替`,
      };
    });
}

/** A static page that sends readers and crawlers from an old URL to the new one. */
export function redirectHtml(to: string, canonical: string, siteName: string): string {
  const esc = escapeMarkup;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(publishingText.title)} - ${esc(siteName)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${esc(to)}">`,
    `<link rel="canonical" href="${esc(canonical)}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    '<body>',
    `<main><h1>${esc(publishingText.title)}</h1><p>${esc(publishingText.movedTo)}<a href="${esc(to)}">${esc(canonical)}</a></p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The same redirects as nginx configuration (permanent, 301), for servers
 * that can redirect properly. Every value passed the grammar of
 * redirect-rules.ts and is written quoted, so none can end a directive.
 */
export function nginxRedirects(redirects: Map<string, string>): string {
  const lines = [publishingText.nginxHeader];
  for (const [from, to] of redirects) {
    if (sourceProblem(from) || normalTarget(to) !== to) throw new Error(`not a checked redirect: ${from} → ${to}`);
    lines.push(`location = ${nginxQuote(from)} { return 301 ${nginxQuote(to)}; }`);
    // The same page asked for without its trailing slash.
    lines.push(`location = ${nginxQuote(from.slice(0, -1))} { return 301 ${nginxQuote(to)}; }`);
  }
  return `${lines.join('\n')}\n`;
}
