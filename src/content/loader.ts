/**
 * The Astro content loader. It feeds Astro from the same read-and-validate
 * path as the `validate` command and the tests, so the build fails with the
 * same complete list of problems, and Astro only renders.
 *
 * It stores the policies and nothing else, because Astro reads nothing
 * else: the policy page renders each body through Astro (getEntry, render),
 * while every other page, and the policy page's facts, come from the model
 * (src/model/site.ts). And it stores them as validated, with no schema of
 * Astro's: an object loader's entries pass a collection schema only when
 * the loader calls parseData, and they have already passed
 * src/schemas/policy.ts, with the cross-file rules, in loadContent.
 */
import type { Loader } from 'astro/loaders';
import { withFormHeaders } from '../markdown/form-table.ts';
import { sanitizeBodyHtml } from '../markdown/sanitize.ts';
import { loadPublicContent } from './load.ts';

export function policyLoader(): Loader {
  return {
    name: 'site-policies',
    load: async ({ store, renderMarkdown, generateDigest }) => {
      // Only what is public on the as-of day: a policy dated later gets no page until its day.
      const content = loadPublicContent();
      store.clear();
      for (const p of content.policies) {
        const rendered = await renderMarkdown(withFormHeaders(p.body));
        store.set({
          id: p.id,
          data: p.data,
          body: p.body,
          filePath: p.file,
          digest: generateDigest(p.body + JSON.stringify(p.data)),
          // Form tables (e.g. the 申请表) get explicit header associations for screen readers;
          // the rendered tree passes the sanitiser, whatever the source check let through.
          rendered: { ...rendered, html: sanitizeBodyHtml(rendered.html) },
        });
      }
    },
  };
}
