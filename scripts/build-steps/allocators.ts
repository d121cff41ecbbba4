/**
 * Settings for the native memory allocators inside the tools the build
 * runs, so that memory a tool frees goes back to the system at once instead
 * of staying in its process until it ends (issue 18: the peak of the build's
 * process tree, docs/quality.md "the allocators give memory back").
 *
 * - Astro's Rust parts (Rolldown, which bundles the site, and the Astro
 *   compiler) allocate with mimalloc, which backs its arenas with transparent
 *   huge pages and purges freed pages only after a delay: the ~240 MB Rolldown
 *   uses while bundling stayed resident, in huge pages, for the whole render.
 * - Pagefind allocates with jemalloc (its `_RJEM_` build), which keeps freed
 *   pages for ten seconds by default: a bundle's write frees and allocates
 *   again well within that.
 *
 * A variable the caller already set is kept: whoever runs the build can
 * still tune or undo these.
 */

/** For the Astro process (mimalloc, read by Rolldown and the compiler when they load). */
export const ASTRO_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_ALLOW_THP: '0',
  MIMALLOC_PURGE_DELAY: '0',
};

/** For Pagefind's service (jemalloc, read when the service starts). */
export const PAGEFIND_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
};

/** The settings `env` has no value of its own for: what to add to it. */
export function allocatorSettings(
  env: NodeJS.ProcessEnv,
  settings: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([key]) => env[key] === undefined));
}
