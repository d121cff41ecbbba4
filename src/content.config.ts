/**
 * Wires Astro's collections to the site loaders. Only what Astro renders is
 * a collection: the policies, and the bureau's own writing in MDX (guides,
 * the 说明 of a 意见征集). They are validated against src/schemas/ before
 * the loaders store them (see src/content/loader.ts for why Astro gets no
 * schema of its own).
 */
import { defineCollection } from 'astro:content';
import { policyLoader, writingLoader } from './content/loader.ts';

export const collections = {
  policies: defineCollection({ loader: policyLoader() }),
  writings: defineCollection({ loader: writingLoader() }),
};
