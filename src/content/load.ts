/** Reads and validates the content directory once per process. */
import { asOfDate } from '../rules/dates.ts';
import { ContentError } from './problems.ts';
import { publicContent, scheduledReferenceProblems } from './public.ts';
import { contentDir, readContent } from './read.ts';
import { type Content, validateContent } from './validate.ts';

/**
 * Once per process, not per module instance: `astro build` evaluates this
 * module twice — in the content loaders, and again bundled into the pages —
 * and reading and validating 13,500 files costs about 2.6 s each time at the
 * 10,000-cluster size (issue 18's profile). The maps live on globalThis so the
 * pages reuse what the loaders read. Content is never mutated after validation.
 */
function processCache(name: string): Map<string, Content> {
  const key = Symbol.for(`liaocheng-clusters.content.${name}`);
  const store = globalThis as unknown as Record<symbol, Map<string, Content> | undefined>;
  return (store[key] ??= new Map());
}

const cache = processCache('all');

/** All content, validated, scheduled items included; throws ContentError listing every problem. */
export function loadContent(dir: string = contentDir()): Content {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { content, problems } = validateContent(readContent(dir));
  if (!content) throw new ContentError(problems);
  cache.set(dir, content);
  return content;
}

const publicCache = processCache('public');

/**
 * The content public on the as-of day (SITE_AS_OF, else today in Beijing):
 * what every page, list, feed, index and data file is made from. Items dated
 * later wait (src/content/public.ts); a public item that points at one of
 * them fails the build.
 */
export function loadPublicContent(dir: string = contentDir(), asOf: string = asOfDate()): Content {
  const key = `${dir}\n${asOf}`;
  const hit = publicCache.get(key);
  if (hit) return hit;
  const all = loadContent(dir);
  const problems = scheduledReferenceProblems(all, asOf);
  if (problems.length > 0) throw new ContentError(problems);
  const content = publicContent(all, asOf);
  publicCache.set(key, content);
  return content;
}
