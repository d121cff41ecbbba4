/**
 * The grammar of a redirect and what it may write. redirects.yaml becomes
 * static pages in the built site and lines of nginx configuration on the
 * server, so a value is accepted only when it can mean nothing but a path:
 *
 *   old URL  /seg/seg/     segments of letters, digits and - . _ ~ (not
 *                          starting with a dot), ending in /; no query,
 *                          fragment, %, quote, $, ; or brace
 *   new URL  /seg/…[#anchor] on this site, or https://host/… elsewhere,
 *                          written out percent-encoded, so it holds no
 *                          character nginx reads ($ interpolates request
 *                          headers into Location; ; { } end directives)
 *
 * and an old URL may not shadow anything the build writes: no page, no
 * file, no folder (/_astro/, /pagefind/, /policies/<id>/history/), and no
 * path under a file (/sitemap.xml/).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
/** Folders only the build writes, whether or not this build has them (history needs the repository). */
const RESERVED = [/^\/_astro\//, /^\/pagefind\//, /^\/policies\/[^/]+\/history\//];

/** Why `from` is not a valid old URL (a sentence), or undefined. */
export function sourceProblem(from: string): string | undefined {
  const segments = from.split('/');
  const valid =
    from.startsWith('/') &&
    from.endsWith('/') &&
    from !== '/' &&
    segments.slice(1, -1).every((s) => SEGMENT.test(s) && s !== '..');
  if (!valid)
    return `旧网址必须是以 / 开头、以 / 结尾的本站页面地址，例如 /clusters/old-id/，只用字母、数字和 - . _ ~（不能有 #、?、%、引号、$ 或空格）：请改正「${from}」`;
  if (RESERVED.some((r) => r.test(from)))
    return `「${from}」属于网站程序自己生成的目录（/_astro/、/pagefind/ 或政策的 history/），不能设转址：请删除这一行`;
  return undefined;
}

/**
 * The new URL as it is written into pages and nginx: a site path (its
 * #anchor percent-encoded, e.g. #第十三条) or an https URL in its
 * normalised, percent-encoded form; undefined when it is not one.
 */
export function normalTarget(to: unknown): string | undefined {
  if (typeof to !== 'string' || to.length > 2000) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters and spaces are refused
  if (/[\u0000-\u0020\u007f-\u009f\s"'\\$;{}<>`]/.test(to)) return undefined;
  let written: string;
  if (to.startsWith('/') && !to.startsWith('//')) {
    const [path, ...rest] = to.split('#');
    if (
      rest.length > 1 ||
      !path
        .split('/')
        .slice(1)
        .every((s) => s === '' || (SEGMENT.test(s) && s !== '..'))
    )
      return undefined;
    if (path.includes('//')) return undefined;
    // Encoded once: an anchor already written encoded (#%E7%AC%AC…) stays as it is.
    written = rest.length === 1 ? `${path}#${encodeURIComponent(decodedOnce(rest[0]))}` : path;
  } else {
    let url: URL;
    try {
      url = new URL(to);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return undefined;
    written = url.href;
  }
  // What reaches nginx and HTML: URL characters only, none of which nginx or an attribute reads specially.
  return /^[A-Za-z0-9\-._~:/?#[\]@!&()*+,=%]+$/.test(written) ? written : undefined;
}

/** A fragment with its percent-escapes decoded, or as it is when they are not valid escapes. */
function decodedOnce(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The message for a new URL that normalTarget refuses. */
export function targetMessage(to: unknown): string {
  return `新网址必须是以 / 开头的本站地址（例如 /clusters/new-id/ 或 /policies/x/#第十三条）或以 https:// 开头的完整网址，不能有空格、引号、$、; 或花括号：请改正「${String(to)}」`;
}

/**
 * Why an old URL would overwrite or break what the build wrote into
 * `outDir`, or undefined: the path, or the path without its slash, exists
 * (page, file or folder), or a parent of it is a file.
 */
export function shadowProblem(from: string, outDir: string): string | undefined {
  const segments = from.split('/').filter(Boolean);
  for (let i = 1; i <= segments.length; i++) {
    const path = join(outDir, ...segments.slice(0, i));
    if (!existsSync(path)) continue;
    if (i < segments.length && statSync(path).isDirectory()) continue;
    const what = statSync(path).isDirectory() ? '目录' : '文件';
    return `网站已经生成了 /${segments.slice(0, i).join('/')}${what === '目录' ? '/' : ''}（${what}），转址会覆盖或破坏它：请删除这一行转址，或先删除/改名对应的内容`;
  }
  return undefined;
}

/** A string as an nginx double-quoted argument; the grammar above already keeps out $, quotes and backslashes. */
export function nginxQuote(value: string): string {
  if (/["\\$\n\r;{}]/.test(value))
    throw new Error(`refusing to write ${JSON.stringify(value)} into nginx configuration`);
  return `"${value}"`;
}
