import { describe, expect, it } from 'vitest';
import {
  ASTRO_ALLOCATOR_ENV,
  PAGEFIND_ALLOCATOR_ENV,
  allocatorSettings,
} from '../../scripts/build-steps/allocators.ts';

describe('allocatorSettings', () => {
  it('adds every setting the environment lacks', () => {
    expect(allocatorSettings({ PATH: '/usr/bin' }, ASTRO_ALLOCATOR_ENV)).toEqual({
      MIMALLOC_ALLOW_THP: '0',
      MIMALLOC_PURGE_DELAY: '0',
    });
    expect(allocatorSettings({}, PAGEFIND_ALLOCATOR_ENV)).toEqual({
      _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
    });
  });

  it("keeps the caller's own value, even an empty one", () => {
    expect(allocatorSettings({ MIMALLOC_ALLOW_THP: '1', MIMALLOC_PURGE_DELAY: '' }, ASTRO_ALLOCATOR_ENV)).toEqual({});
    expect(allocatorSettings({ _RJEM_MALLOC_CONF: 'narenas:1' }, PAGEFIND_ALLOCATOR_ENV)).toEqual({});
  });
});
