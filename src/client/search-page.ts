/**
 * The search page in the browser: reads the query and filters from the URL,
 * loads Pagefind on first use, runs src/search/engine.ts and shows the
 * results, keeping the URL in step so a search can be shared. Loaded only by
 * /search/ (src/pages/search.astro).
 */
import {
  type EngineOptions,
  type Hit,
  type PagefindModule,
  type PagefindResult,
  type SearchIndex,
  type SortOrder,
  openIndex,
  runSearch,
} from '../search/engine.ts';
import { type Segment, cleanContent, excerpt, pinyinNeedles } from '../search/excerpt.ts';
import { highlightUrl } from '../search/highlight-url.ts';
import type { VariantMap } from '../search/normalize.ts';
import type { QueryPlan } from '../search/plan.ts';
import {
  ROUTES_FILE,
  type Routes,
  bundlesForResults,
  bundlesForSuggestions,
  bundlesOf,
  parseRoutes,
} from '../search/routes.ts';
import { subResults } from '../search/sections.ts';
import { TIERS } from '../search/verify.ts';

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
const section = document.querySelector<HTMLElement>('[data-search-results]')!;
const status = section.querySelector<HTMLElement>('[data-search-status]')!;
const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
const more = section.querySelector<HTMLButtonElement>('[data-search-more]')!;
const details = form.querySelector<HTMLDetailsElement>('[data-search-details]')!;
const active = form.querySelector<HTMLElement>('[data-search-active]')!;
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]')!;
const msg = (key: string, n?: number) => (section.dataset[key] ?? '').replace('{n}', String(n ?? ''));

const none = document.querySelector<HTMLElement>('[data-search-none]')!;
const noneQuery = none.querySelector<HTMLElement>('[data-search-none-query]')!;
const suggestBox = none.querySelector<HTMLElement>('[data-search-suggest]')!;
const suggestList = none.querySelector<HTMLUListElement>('[data-search-suggest-list]')!;

const bundles = (section.dataset.searchBundles ?? '').split(' ').filter(Boolean);
let pagefind: Promise<SearchIndex> | undefined;
function loadPagefind(): Promise<SearchIndex> {
  pagefind ??= openIndex(bundles, (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>);
  return pagefind;
}

/** Which bundles hold which characters (routes.ts), for an index in several bundles; without it, every bundle is opened. */
let routes: Promise<Routes | undefined> | undefined;
function loadRoutes(): Promise<Routes | undefined> {
  routes ??=
    bundles.length > 1
      ? fetch(`${bundles[0]}${ROUTES_FILE}`)
          .then(async (r) => (r.ok ? parseRoutes(await r.json()) : undefined))
          .catch((error: unknown) => {
            console.error(error);
            return undefined;
          })
      : Promise.resolve(undefined);
  return routes;
}

/** Opens only the bundles that can answer (routes.ts); false when none can. */
function narrowing(index: SearchIndex, table: Routes | undefined): EngineOptions['narrow'] {
  if (index.bundles === 1) return undefined;
  return async (need) => {
    const which = !table
      ? bundlesOf(2 ** index.bundles - 1, index.bundles)
      : need.kind === 'results'
        ? bundlesForResults(table, need.plan)
        : need.kind === 'suggestions'
          ? bundlesForSuggestions(table, need.pairs)
          : bundlesOf(2 ** index.bundles - 1, index.bundles);
    await index.open(which);
    return which.length > 0;
  };
}

/** Traditional → Simplified for the site's characters (written by the index step); without it, queries stay as typed. */
let variants: Promise<VariantMap | undefined> | undefined;
function loadVariants(): Promise<VariantMap | undefined> {
  variants ??= fetch(`${bundles[0]}${section.dataset.searchVariants ?? ''}`)
    .then((r) => (r.ok ? (r.json() as Promise<VariantMap>) : undefined))
    .catch(() => undefined);
  return variants;
}

interface State {
  q: string;
  filters: Record<string, string>;
  sort: SortOrder;
}

function readForm(): State {
  const filters: Record<string, string> = {};
  for (const s of filterSelects) if (s.value) filters[s.name] = s.value;
  const sort = (sortSelect.value || 'relevance') as SortOrder;
  return { q: input.value.trim(), filters, sort };
}

function writeForm(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const s of [...filterSelects, sortSelect]) {
    const value = params.get(s.name) ?? '';
    s.value = [...s.options].some((o) => o.value === value) ? value : '';
  }
  showActive(true);
}

/** Names the filters in use next to the (possibly closed) filter panel's summary. */
function showActive(open: boolean) {
  const chosen = filterSelects.filter((s) => s.value).map((s) => s.value);
  active.textContent = chosen.length > 0 ? `：${chosen.join('、')}` : '';
  if (open && chosen.length > 0) details.open = true;
}

/** The shareable URL of a search: only the fields that are set. */
function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

let results: Hit[] = [];
let shown = 0;
let plan: QueryPlan | undefined;
let generation = 0;

/** Text segments as DOM nodes, matches in <mark> (page text is never parsed as HTML). */
function appendSegments(parent: HTMLElement, segments: readonly Segment[]) {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else parent.append(segment.text);
  }
}

async function renderResult(result: Hit): Promise<HTMLLIElement> {
  const data = await result.data();
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  // A match in the text: the page opens with what was found marked (search-highlight.ts).
  const inText = result.tier >= TIERS.phrase;
  a.href = inText ? highlightUrl(data.url, result.found) : data.url;
  a.textContent = data.meta.title ?? data.url;
  h3.append(a);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = [data.meta.type, data.meta.status, data.meta.date].filter(Boolean).join(' · ');
  const text = cleanContent(data.content);
  let needles = [...new Set([...result.found, ...(plan?.needles ?? [])])];
  if (plan?.pinyin && data.meta.py) {
    try {
      needles = [...pinyinNeedles(JSON.parse(data.meta.py) as [string, string][], plan.natural), ...needles];
    } catch {
      // A malformed py meta only costs the pinyin highlight.
    }
  }
  const p = document.createElement('p');
  p.className = 'search-result__excerpt';
  appendSegments(p, excerpt(text, needles));
  li.append(h3, meta, p);
  // The articles (章, 节, 条) that hold the match, each a link that lands on it.
  const subs =
    inText && data.anchors ? subResults(data.content, data.anchors, result.found, result.tier === TIERS.words) : [];
  if (subs.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'search-result__subs';
    ul.setAttribute('aria-label', `${msg('msgSubs')}${data.meta.title ?? ''}`);
    for (const sub of subs) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = highlightUrl(data.url, result.found, sub.id);
      link.textContent = sub.title;
      const quote = document.createElement('p');
      appendSegments(quote, sub.excerpt);
      item.append(link, quote);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** 没有找到: says so with the query, and offers the pages whose names come closest (是否要找). */
async function showNone(q: string, suggestions: readonly PagefindResult[]) {
  noneQuery.textContent = q;
  const items = await Promise.all(
    suggestions.map(async (r) => {
      const data = await r.data();
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = data.url;
      a.textContent = data.meta.title ?? data.url;
      li.append(a);
      if (data.meta.type) li.append(` ${data.meta.type}`);
      return li;
    }),
  );
  suggestList.replaceChildren(...items);
  suggestBox.hidden = items.length === 0;
  none.hidden = !q;
}

async function showMore(run: number) {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const items = await Promise.all(batch.map(renderResult));
  if (run !== generation) return;
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
}

async function search(state: State) {
  const run = ++generation;
  section.hidden = false;
  none.hidden = true;
  if (!state.q && Object.keys(state.filters).length === 0) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = msg('msgPrompt');
    return;
  }
  status.textContent = msg('msgLoading');
  try {
    const [pf, map, table] = await Promise.all([loadPagefind(), loadVariants(), loadRoutes()]);
    // On an index in several bundles, check only what one screen shows (each check reads a fragment).
    const answer = await runSearch(pf, state, {
      variants: map,
      narrow: narrowing(pf, table),
      enough: pf.bundles > 1 ? PAGE_SIZE : undefined,
    });
    if (run !== generation) return;
    results = answer.results;
    plan = answer.plan;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (results.length === 0) await showNone(state.q, answer.suggestions);
    else none.hidden = true;
    if (run !== generation) return;
    // Announced (role=status) once the first results are on the page.
    // Without words, only the filters can be loosened; with words, the panel below offers ways on.
    status.textContent =
      results.length > 0 ? msg('msgCount', results.length) : msg(state.q ? 'msgNone' : 'msgNoneFiltered');
  } catch (error) {
    if (run !== generation) return;
    console.error(error);
    section.hidden = true;
    fallback.hidden = false;
    fallback.querySelector<HTMLElement>('[data-search-failed]')!.hidden = false;
  }
}

let typing: ReturnType<typeof setTimeout> | undefined;
function update(push: boolean) {
  clearTimeout(typing);
  showActive(false);
  const state = readForm();
  const url = urlOf(state);
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void search(state);
}

// The script runs: the no-JavaScript note gives way to the results.
fallback.hidden = true;
fallback.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(true);
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update(false), 250);
});
for (const s of [...filterSelects, sortSelect]) s.addEventListener('change', () => update(false));
more.addEventListener('click', () => {
  const next = list.children.length;
  void showMore(generation).then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
});
window.addEventListener('popstate', () => {
  writeForm(new URLSearchParams(location.search));
  void search(readForm());
});

// The header's search box on this page searches in place.
document.querySelector<HTMLFormElement>('[data-site-search]')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const box = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = box.value;
  box.value = '';
  update(true);
  input.focus();
});

writeForm(new URLSearchParams(location.search));
const initial = readForm();
if (initial.q || Object.keys(initial.filters).length > 0) void search(initial);
// Clean the URL of empty fields left by a form submitted without JavaScript (?q=&county=).
history.replaceState(null, '', urlOf(initial));
