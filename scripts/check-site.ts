/**
 * Lints a built site (`npm run check:site -- dist`):
 *
 * - every page is valid HTML (html-validate, recommended rules);
 * - every internal link, resource and #fragment resolves;
 * - every page has a <title>, and no two pages share one;
 * - no page loads anything from another origin (links out are fine);
 * - page weight: gzip size of HTML + CSS per page, and the JavaScript each
 *   page loads, against the budgets below. A page's JavaScript is its whole
 *   module graph: every script it names (and its inline scripts), every
 *   modulepreload, and every module those import statically, followed
 *   through the built files and counted once per page. Dynamic `import()`
 *   (Pagefind, loaded on a first search) is not counted: the page does not
 *   load it until the reader asks.
 *
 * Prints every problem and a weight table by page type (the route in
 * src/pages a page comes from); exits non-zero on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import ts from 'typescript';
import { paths } from '../src/rules/routes.ts';

/** Budgets, in gzip bytes. */
export const BUDGETS = {
  /** HTML + CSS of a page, excluding the published document text itself (see pageWeight). */
  htmlCss: 30 * 1024,
  /**
   * All JavaScript one page loads: its whole module graph (see checkSite).
   * The heaviest page type, a policy page, loads 4.7 KB (docs/quality.md);
   * the budget leaves room to grow and fails a page that pulls in the whole
   * UI dictionary again (11.9 KB on a policy page before it was split).
   */
  script: 10 * 1024,
};

/**
 * Pages that may load JavaScript, by path prefix ('/' alone means the home
 * page only), and why. Every other page must ship none.
 */
export const SCRIPT_ALLOWED: Record<string, string> = {
  [paths.home]:
    'the latest policies carry validity badges, and the 公示中 highlight notice statuses, recomputed in the reader’s browser when the page has aged',
  [paths.policies]:
    'validity banner and badges recomputed in the browser; copy link / copy citation per article; text size; print; the version comparison form',
  [paths.search]: 'the site search runs in the browser against the Pagefind index (issue 4)',
  [paths.notices]: 'notice status refreshed in the reader’s browser from the period on the page (issue 6)',
  [paths.clusters]:
    'cluster statuses, titles, timeline and directory rows recomputed in the reader’s browser from the facts on the page when it has aged (issue 15)',
  [paths.pool]:
    'the 目前状态 of each listed cluster recomputed in the reader’s browser when the page has aged (issue 15)',
  [paths.consultations]:
    '意见征集 status refreshed in the reader’s browser from the period on the page, like a 公示 (issue 17)',
};

/**
 * Scripts every page may load, and why: the reader's text size and contrast
 * (适老化, issue 15), applied before drawing and offered on every page. A
 * page loading only these needs no entry above; they count in its budget.
 */
export const SCRIPT_EVERY_PAGE: RegExp[] = [/^\/text-size\.js$/, /^\/_astro\/ReaderSettings\.astro_astro_type_script_/];

/** Single pages that may load JavaScript (exact path), and why. */
export const SCRIPT_ALLOWED_EXACT: Record<string, string> = {
  [paths.clusters]: 'directory filters and sorting with the state in the URL (issue 6)',
  [paths.about]:
    'the validity badge of the document whose rules the site applies, recomputed when the page has aged (issue 15)',
};

export interface SiteProblem {
  page: string;
  rule: string;
  message: string;
}

export interface PageWeight {
  page: string;
  /** gzip bytes of the HTML. */
  html: number;
  /** gzip bytes of the CSS files it links. */
  css: number;
  /** gzip bytes of the policy text inside it (exempt from the budget: it is the document). */
  text: number;
  /** gzip bytes of the JavaScript it loads: its whole static module graph, each module once. */
  script: number;
  /** The site paths of the modules counted in `script`, in the order found. */
  modules: string[];
}

export interface SiteReport {
  pages: number;
  problems: SiteProblem[];
  weights: PageWeight[];
  externalLinks: number;
}

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // Official document titles are long and cannot be shortened.
      'long-title': 'off',
      // Chinese documents use full-width brackets and quotes in text; not an error.
      'no-raw-characters': ['error', { relaxed: true }],
      // Astro writes void elements as <meta ...> without a trailing slash; either is valid.
      'void-style': 'off',
    },
  }),
);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function elements(node: { children?: unknown[] }, out: Element[] = []): Element[] {
  for (const child of (node.children ?? []) as (Element & { children?: unknown[] })[]) {
    if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

function textOf(node: { children?: unknown[]; data?: string; type?: string }): string {
  if (node.type === 'text') return node.data ?? '';
  return ((node.children ?? []) as (typeof node)[]).map(textOf).join('');
}

/** The file a site path is served from, or undefined. */
function fileFor(root: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const candidate = join(root, clean);
  if (!resolve(candidate).startsWith(resolve(root))) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Elements whose URL attribute makes the browser fetch something. */
const RESOURCE_ATTRS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  object: ['data'],
  embed: ['src'],
  track: ['src'],
};

function urlsOf(value: string, attr: string): string[] {
  return attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
}

/** The modules a built JavaScript module imports statically (`import … from`, `import '…'`, `export … from`), as written. */
export function staticImports(code: string): string[] {
  const file = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  // Static imports are top-level statements; a dynamic import() is an expression and is left out on purpose.
  for (const st of file.statements) {
    if (
      (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier)
    )
      found.push(st.moduleSpecifier.text);
  }
  return found;
}

/** A page type: the route file in src/pages that pages of the type come from, and the paths it makes. */
export interface PageType {
  /** The route, written as src/pages names it: /policies/[id]/history/[pair]/. */
  name: string;
  pattern: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page types of a site, from the .astro routes under `pagesDir`, most
 * specific first (a static segment wins over a parameter, as Astro routes).
 */
export function pageTypes(pagesDir: string = resolve(import.meta.dirname, '../src/pages')): PageType[] {
  if (!existsSync(pagesDir)) return [];
  const routes = walk(pagesDir)
    .filter((f) => f.endsWith('.astro'))
    .map((f) =>
      relative(pagesDir, f)
        .split(sep)
        .join('/')
        .replace(/\.astro$/, ''),
    );
  const types = routes.map((route) => {
    const segments = route.split('/').filter((seg, i, all) => !(seg === 'index' && i === all.length - 1));
    if (route === '404') return { name: '/404.html', pattern: /^\/404\.html$/, dynamic: 0, length: 1 };
    const parts = segments.map((seg) =>
      /^\[\.\.\..+\]$/.test(seg) ? '.+' : /^\[.+\]$/.test(seg) ? '[^/]+' : escapeRegExp(seg),
    );
    const name = `/${segments.map((seg) => `${seg}/`).join('')}`;
    const pattern = new RegExp(`^/${parts.map((p) => `${p}/`).join('')}$`);
    return { name, pattern, dynamic: segments.filter((seg) => seg.startsWith('[')).length, length: segments.length };
  });
  types.sort((a, b) => a.dynamic - b.dynamic || b.length - a.length || a.name.localeCompare(b.name));
  return types.map(({ name, pattern }) => ({ name, pattern }));
}

/** Pages that no route makes (redirect pages written after the build). */
export const OTHER_PAGES = '(no route: redirect pages)';

/** The type of a page: the first route that makes its path. */
export function pageTypeOf(page: string, types: readonly PageType[]): string {
  return types.find((t) => t.pattern.test(page))?.name ?? OTHER_PAGES;
}

/** The weights of one page type: how many pages, and the heaviest of each measure. */
export interface TypeWeight {
  type: string;
  pages: number;
  /** Most HTML + CSS of one page, without its document text. */
  htmlCss: number;
  /** Most JavaScript of one page (its module graph), and that page. */
  script: number;
  scriptPage: string;
  /** The modules of that page's graph. */
  modules: string[];
}

/** The weights by page type, by route name (pages of no route last). */
export function weightsByType(weights: readonly PageWeight[], types: readonly PageType[]): TypeWeight[] {
  const byType = new Map<string, TypeWeight>();
  for (const w of weights) {
    const type = pageTypeOf(w.page, types);
    const t = byType.get(type) ?? { type, pages: 0, htmlCss: 0, script: 0, scriptPage: w.page, modules: w.modules };
    t.pages++;
    t.htmlCss = Math.max(t.htmlCss, w.html + w.css - w.text);
    if (w.script > t.script) Object.assign(t, { script: w.script, scriptPage: w.page, modules: w.modules });
    byType.set(type, t);
  }
  // By name, so the routes of one section sit together; pages of no route last.
  const key = (t: TypeWeight) => (t.type === OTHER_PAGES ? '\uffff' : t.type);
  return [...byType.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export async function checkSite(dir: string): Promise<SiteReport> {
  const root = resolve(dir);
  const files = walk(root);
  const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
  const pagePath = (file: string) =>
    '/' +
    relative(root, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  const problems: SiteProblem[] = [];
  const weights: PageWeight[] = [];
  const titles = new Map<string, string[]>();
  const idsCache = new Map<string, Set<string>>();
  let externalLinks = 0;

  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      const doc = parseDocument(readFileSync(file, 'utf8'));
      ids = new Set(
        elements(doc).flatMap((e) =>
          [e.attribs.id, e.name === 'a' ? e.attribs.name : undefined].filter((x): x is string => Boolean(x)),
        ),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  // Each built module is read, gzipped and parsed once for the whole site.
  const modulesCache = new Map<string, { bytes: number; imports: string[] }>();
  const moduleOf = (file: string) => {
    let m = modulesCache.get(file);
    if (!m) {
      const code = readFileSync(file, 'utf8');
      m = { bytes: gz(code), imports: staticImports(code) };
      modulesCache.set(file, m);
    }
    return m;
  };

  for (const file of htmlFiles) {
    const page = pagePath(file);
    const html = readFileSync(file, 'utf8');
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push({ page, rule: `html-validate/${m.ruleId}`, message: `${m.line}:${m.column} ${m.message}` });
    }

    const doc = parseDocument(html);
    const all = elements(doc);
    const title = textOf(all.find((e) => e.name === 'title') ?? {}).trim();
    if (!title) problems.push({ page, rule: 'title', message: 'page has no <title>' });
    else titles.set(title, [...(titles.get(title) ?? []), page]);

    let css = 0;
    let script = 0;
    let text = 0;
    // The page's JavaScript: every module once, however many scripts reach it.
    const counted = new Set<string>();
    const modules: string[] = [];
    const follow = (imports: string[], from: string, via: string) => {
      for (const specifier of imports) {
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(specifier)) {
          problems.push({ page, rule: 'third-party', message: `${via} imports ${specifier}, from another origin` });
          continue;
        }
        const path = new URL(specifier, `http://site${from}`).pathname;
        const file = fileFor(root, path);
        if (!file) {
          problems.push({ page, rule: 'link', message: `${via} imports ${specifier}, which does not exist` });
          continue;
        }
        load(file, path, true);
      }
    };
    const load = (file: string, path: string, isModule: boolean) => {
      if (counted.has(file)) return;
      counted.add(file);
      modules.push(path);
      const m = moduleOf(file);
      script += m.bytes;
      if (isModule) follow(m.imports, path, path);
    };
    for (const el of all) {
      const refs: [string, string][] = [];
      if (el.name === 'a' && el.attribs.href) refs.push(['href', el.attribs.href]);
      if (el.name === 'link' && el.attribs.href) refs.push(['href', el.attribs.href]);
      if (el.name === 'form' && el.attribs.action) refs.push(['action', el.attribs.action]);
      for (const attr of RESOURCE_ATTRS[el.name] ?? []) if (el.attribs[attr]) refs.push([attr, el.attribs[attr]]);
      for (const [attr, value] of refs) {
        for (const url of urlsOf(value, attr)) {
          if (/^(mailto|tel|data):/i.test(url)) continue;
          if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
            // A link out is fine; anything the browser would fetch from another origin is not.
            if (el.name === 'a' || (el.name === 'link' && /\balternate\b/.test(el.attribs.rel ?? ''))) externalLinks++;
            else
              problems.push({
                page,
                rule: 'third-party',
                message: `<${el.name} ${attr}="${url}"> loads from another origin`,
              });
            continue;
          }
          const [pathPart, fragment] = url.split('#');
          const targetPath = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
          const target = fileFor(root, targetPath);
          if (!target) {
            problems.push({
              page,
              rule: 'link',
              message: `<${el.name} ${attr}="${url}"> points to ${targetPath}, which does not exist`,
            });
            continue;
          }
          if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
            problems.push({
              page,
              rule: 'fragment',
              message: `<${el.name} ${attr}="${url}">: no element with id "${decodeURIComponent(fragment)}" in ${targetPath}`,
            });
          }
          if (el.name === 'link' && /\bstylesheet\b/.test(el.attribs.rel ?? '')) css += gz(readFileSync(target));
          if (el.name === 'script') load(target, targetPath, el.attribs.type === 'module');
          if (el.name === 'link' && /\bmodulepreload\b/.test(el.attribs.rel ?? '')) load(target, targetPath, true);
        }
      }
      if (el.name === 'script' && !el.attribs.src && !/json/.test(el.attribs.type ?? '')) {
        const code = textOf(el);
        script += gz(code);
        modules.push('(inline)');
        if (el.attribs.type === 'module') follow(staticImports(code), page, 'an inline <script type="module">');
      }
      if (el.name === 'div' && /\bpolicy-text\b/.test(el.attribs.class ?? '')) text += gz(textOf(el));
    }
    weights.push({ page, html: gz(html), css, text, script, modules });
  }

  for (const [title, pages] of titles) {
    if (pages.length > 1)
      problems.push({
        page: pages.join(', '),
        rule: 'title',
        message: `${pages.length} pages share the title "${title}"`,
      });
  }
  for (const w of weights) {
    const htmlCss = w.html + w.css - w.text;
    if (htmlCss > BUDGETS.htmlCss)
      problems.push({
        page: w.page,
        rule: 'budget',
        message: `HTML+CSS is ${htmlCss} bytes gzipped (without the document text), over the ${BUDGETS.htmlCss} budget`,
      });
    if (w.script > 0) {
      const allowed =
        w.modules.every((m) => SCRIPT_EVERY_PAGE.some((re) => re.test(m))) ||
        Object.keys(SCRIPT_ALLOWED).some((prefix) => (prefix === '/' ? w.page === '/' : w.page.startsWith(prefix))) ||
        w.page in SCRIPT_ALLOWED_EXACT;
      if (!allowed)
        problems.push({
          page: w.page,
          rule: 'script',
          message: `loads ${w.script} bytes of JavaScript, but this page type should need none (see SCRIPT_ALLOWED)`,
        });
      else if (w.script > BUDGETS.script)
        problems.push({
          page: w.page,
          rule: 'budget',
          message: `loads ${w.script} bytes of JavaScript gzipped, over the ${BUDGETS.script} budget`,
        });
    }
  }
  return { pages: htmlFiles.length, problems, weights, externalLinks };
}

function kb(n: number): string {
  return (n / 1024).toFixed(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const report = await checkSite(dir);
  console.log(`checked ${report.pages} pages in ${dir}; ${report.externalLinks} links to other sites`);
  console.log(
    'by page type (KB gzipped, the heaviest page of each): type | pages | html+css | js (modules) | that page',
  );
  for (const t of weightsByType(report.weights, pageTypes()))
    console.log(
      `  ${t.type} | ${t.pages} | ${kb(t.htmlCss)} | ${t.script > 0 ? `${kb(t.script)} (${t.modules.length})` : '0'} | ${t.script > 0 ? t.scriptPage : ''}`,
    );
  const heavy = [...report.weights].sort((a, b) => b.html + b.css - (a.html + a.css)).slice(0, 10);
  console.log('heaviest pages (KB gzipped): page | html | css | of which document text | js');
  for (const w of heavy) console.log(`  ${w.page} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.text)} | ${kb(w.script)}`);
  for (const p of report.problems) console.log(`✗ ${p.page} [${p.rule}] ${p.message}`);
  console.log(report.problems.length === 0 ? '✓ no problems' : `${report.problems.length} problems`);
  process.exit(report.problems.length === 0 ? 0 : 1);
}
