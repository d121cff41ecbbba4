// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { MARKDOWN_SETTINGS, markdownProcessor } from './src/markdown/processor.ts';

export default defineConfig({
  // No `site`: the public origin (settings.siteUrl, else SITE_URL) is decided in one function,
  // src/model/origin.ts, which makes every absolute URL; nothing reads Astro.site, so a second rule here could only disagree.
  outDir: process.env.OUT_DIR || 'dist',
  // Incremental builds (issue 18): scripts/build.ts gives each published directory a cache of its own
  // (the manifest of rendered pages and the content store), so the real site, the test fixtures and the
  // benchmark never evict each other; BUILD_CACHE=off renders everything, for the reproducibility check's cold build.
  // Only scripts/build.ts fills the as-of marks of reused pages (AS_OF_MARKS=keep, src/middleware.ts).
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  experimental: { incrementalBuild: process.env.AS_OF_MARKS === 'keep' && process.env.BUILD_CACHE !== 'off' },
  trailingSlash: 'always',
  // Every script and stylesheet is a file of our own origin, so the Content-Security-Policy
  // (src/layouts/Base.astro) can forbid inline code without listing hashes.
  // Pages render a few at a time so image encoding (sharp, off the main thread) overlaps with rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.BUILD_CONCURRENCY) || 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // One processor for the pages and the search index (src/markdown/processor.ts).
  markdown: { processor: markdownProcessor, ...MARKDOWN_SETTINGS },
  // MDX is for the bureau's own writing only (guides, 政策解读, the 说明 of a draft); it inherits the
  // processor above (anchors, URL guard) and may use only the components of src/markdown/mdx-components.ts,
  // which validation enforces before Astro sees a file (src/content/checks/mdx.ts).
  integrations: [mdx()],
});
