/**
 * Plain TypeScript (tsc in `npm run check`) does not know .astro files; Astro's
 * own checker does. A .ts module that imports components (the MDX component
 * map, src/components/mdx/index.ts) and the container render tests need
 * this: an .astro default export is a component factory.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
