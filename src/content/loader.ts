/**
 * The Astro content loaders. They feed Astro from the same read-and-validate
 * path as the `validate` command and the tests, so the build fails with the
 * same complete list of problems, and Astro only renders.
 *
 * They store only what Astro renders: the policies (Markdown, rendered here
 * with the site's processor; a 政策解读 written as MDX is left to Astro's MDX
 * pipeline, `deferredRender`) and the bureau's own writing (guides and the
 * 说明 of a 意见征集, MDX). Every other page, and these pages' facts, come
 * from the model (src/model/site.ts). Entries are stored as validated, with
 * no schema of Astro's: an object loader's entries pass a collection schema
 * only when the loader calls parseData, and they have already passed
 * src/schemas/, with the cross-file rules and the MDX check, in loadContent.
 */
import type { Loader } from 'astro/loaders';
import { withFormHeaders } from '../markdown/form-table.ts';
import { sanitizeBodyHtml } from '../markdown/sanitize.ts';
import { relative, sep } from 'node:path';
import { loadPublicContent } from './load.ts';
import { sourceFile } from './read.ts';

/** An entry's file relative to the project root, as Astro compiles MDX from it. */
const sourcePath = (file: string) => relative(process.cwd(), sourceFile(file)).split(sep).join('/');

export function policyLoader(): Loader {
  return {
    name: 'site-policies',
    load: async ({ store, renderMarkdown, generateDigest }) => {
      // Only what is public on the as-of day: a policy dated later gets no page until its day.
      const content = loadPublicContent();
      store.clear();
      for (const p of content.policies) {
        const digest = generateDigest(p.body + JSON.stringify(p.data));
        if (p.mdx) {
          // MDX compiles to a module: Astro imports the file itself, with the components the page passes.
          store.set({
            id: p.id,
            data: p.data,
            body: p.body,
            filePath: sourcePath(p.file),
            digest,
            deferredRender: true,
          });
          continue;
        }
        const rendered = await renderMarkdown(withFormHeaders(p.body));
        store.set({
          id: p.id,
          data: p.data,
          body: p.body,
          filePath: sourcePath(p.file),
          digest,
          // Form tables (e.g. the 申请表) get explicit header associations for screen readers;
          // the rendered tree passes the sanitiser, whatever the source check let through.
          rendered: { ...rendered, html: sanitizeBodyHtml(rendered.html) },
        });
      }
    },
  };
}

/** Writing ids in the store: `<folder>/<id>`, e.g. guides/how-to-read. */
export const writingId = (folder: 'guides' | 'consultations', id: string) => `${folder}/${id}`;

export function writingLoader(): Loader {
  return {
    name: 'site-writings',
    load: async ({ store, generateDigest }) => {
      const content = loadPublicContent();
      store.clear();
      const all = [
        ...content.guides.map((g) => ({ ...g, folder: 'guides' as const })),
        ...content.consultations.map((k) => ({ ...k, folder: 'consultations' as const })),
      ];
      for (const w of all) {
        store.set({
          id: writingId(w.folder, w.id),
          data: w.data as unknown as Record<string, unknown>,
          body: w.body,
          filePath: sourcePath(w.file),
          digest: generateDigest(w.body + JSON.stringify(w.data)),
          deferredRender: true,
        });
      }
    },
  };
}
