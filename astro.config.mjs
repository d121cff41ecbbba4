// @ts-check
import { defineConfig } from 'astro/config';
import { MARKDOWN_SETTINGS, markdownProcessor } from './src/markdown/processor.ts';

export default defineConfig({
  // The public origin is optional: pages use root-relative links, and absolute URLs appear only where settings.siteUrl is known.
  site: process.env.SITE_URL || undefined,
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Every script and stylesheet is a file of our own origin, so the Content-Security-Policy
  // (src/layouts/Base.astro) can forbid inline code without listing hashes.
  // Pages render a few at a time so image encoding (sharp, off the main thread) overlaps with rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.BUILD_CONCURRENCY) || 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // One processor for the pages and the search index (src/markdown/processor.ts).
  markdown: { processor: markdownProcessor, ...MARKDOWN_SETTINGS },
});
