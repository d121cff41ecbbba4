/** Reads and validates the content directory once per process. */
import { ContentError } from './problems.ts';
import { contentDir, readContent } from './read.ts';
import { type Content, validateContent } from './validate.ts';

const cache = new Map<string, Content>();

/** All content, validated; throws ContentError listing every problem. */
export function loadContent(dir: string = contentDir()): Content {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { content, problems } = validateContent(readContent(dir));
  if (!content) throw new ContentError(problems);
  cache.set(dir, content);
  return content;
}
