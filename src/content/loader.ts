/**
 * The Astro content loader for every collection. It feeds Astro from the same
 * read-and-validate path as the `validate` command and the tests, so the
 * build fails with the same complete list of problems, and Astro only renders.
 */
import type { Loader } from 'astro/loaders';
import { withFormHeaders } from '../markdown/form-table.ts';
import { loadContent } from './load.ts';
import type { Kind } from './read.ts';

export function siteLoader(kind: Kind): Loader {
  return {
    name: `site-${kind}`,
    load: async ({ store, renderMarkdown, generateDigest }) => {
      const content = loadContent();
      store.clear();
      if (kind === 'policy') {
        for (const p of content.policies) {
          store.set({
            id: p.id,
            data: p.data,
            body: p.body,
            filePath: p.file,
            digest: generateDigest(p.body + JSON.stringify(p.data)),
            // Form tables (e.g. the 申请表) get explicit header associations for screen readers.
            rendered: await renderMarkdown(withFormHeaders(p.body)),
          });
        }
        return;
      }
      const list = {
        cluster: content.clusters,
        notice: content.notices,
        announcement: content.announcements,
        pool: content.pools,
        benchmark: content.benchmarks,
        target: content.targets,
      }[kind];
      for (const e of list) {
        store.set({
          id: e.id,
          data: e.data as Record<string, unknown>,
          filePath: e.file,
          digest: generateDigest(e.data as Record<string, unknown>),
        });
      }
    },
  };
}
