/**
 * Component render tests: .astro components rendered to HTML through Astro's
 * container API, from the named example props in test/fixtures/components/.
 * They need Astro's Vite setup to compile .astro files, hence their own
 * config (getViteConfig), listed as a project in the root vitest.config.ts.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/components/**/*.test.ts'],
    environment: 'node',
    // Components that read the model (the validity banner) see the fixture site as of its reference day.
    env: { CONTENT_DIR: 'test/fixtures/site', SITE_AS_OF: '2026-11-24' },
  },
});
