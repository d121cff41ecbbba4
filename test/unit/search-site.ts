/** The site model and its pool and 标杆 lists, as the search index sees them, for a content directory. */
import { loadContent } from '../../src/content/load.ts';
import { publishedLists } from '../../src/model/lifecycle.ts';
import { buildModel } from '../../src/model/model.ts';

export function searchSiteOf(dir: string, asOf = '2026-11-24') {
  const content = loadContent(dir);
  const model = buildModel(content, asOf);
  return { model, lists: publishedLists(content, model) };
}
