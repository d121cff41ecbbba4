// tsc reads .ts files only; .astro files are compiled by Astro's Vite plugin when the tests run.
// The render tests import components as what the container API renders.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
