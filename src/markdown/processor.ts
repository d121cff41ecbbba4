/**
 * The Markdown processor of policy texts: Sätteri (Astro 7's own) with the
 * article anchors and the URL guard. astro.config.mjs hands it to Astro, and
 * the search index renders policy bodies with it outside Astro, so the index
 * holds exactly the text the policy page shows.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { policyAnchorsPlugin } from './anchors.ts';
import { withFormHeaders } from './form-table.ts';
import { safeUrlsPlugin } from './safe-urls.ts';
import { sanitizeBodyHtml } from './sanitize.ts';

// Policy texts are Chinese legal documents: keep their punctuation exactly as published (no smart quotes).
export const markdownProcessor = satteri({
  hastPlugins: [policyAnchorsPlugin, safeUrlsPlugin],
  features: { smartPunctuation: false },
});

/** Astro's settings for the processor, as given in astro.config.mjs. */
export const MARKDOWN_SETTINGS = { syntaxHighlight: false } as const;

type Renderer = Awaited<ReturnType<typeof markdownProcessor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/**
 * A policy body as the policy page shows it (Node only): the same source
 * transform as the content loader (src/content/loader.ts), the same processor,
 * the same sanitiser.
 */
export async function renderPolicyBody(body: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(
    MARKDOWN_SETTINGS as Parameters<typeof markdownProcessor.createRenderer>[0],
  );
  const { code } = await (await renderer).render(withFormHeaders(body), { frontmatter: {} });
  return sanitizeBodyHtml(code);
}
