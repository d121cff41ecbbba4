import { describe, expect, it } from 'vitest';
import { planVariants, srcset } from '../../src/outputs/showcase.ts';

describe('showcase image variants', () => {
  it('makes each standard width below the original, plus the original capped at the largest', () => {
    const p = planVariants('showcase/test-beta/hall.png', 1600, 1000);
    expect(p.webp.map((v) => `${v.path} ${v.width}x${v.height}`)).toEqual([
      '/showcase/test-beta/hall-480.webp 480x300',
      '/showcase/test-beta/hall-960.webp 960x600',
      '/showcase/test-beta/hall-1440.webp 1440x900',
    ]);
    expect(p.fallback).toEqual({ width: 960, height: 600, format: 'jpeg', path: '/showcase/test-beta/hall-960.jpg' });
    expect(srcset(p)).toBe(
      '/showcase/test-beta/hall-480.webp 480w, /showcase/test-beta/hall-960.webp 960w, /showcase/test-beta/hall-1440.webp 1440w',
    );
  });

  it('never enlarges a small original', () => {
    const p = planVariants('showcase/x/small.jpg', 600, 400);
    expect(p.webp.map((v) => v.width)).toEqual([480, 600]);
    expect(p.fallback).toMatchObject({ width: 600, height: 400, path: '/showcase/x/small-600.jpg' });
  });
});
