/**
 * Wires Astro's one collection to the site loader. Only the policies are a
 * collection, because only their bodies are rendered by Astro; they are
 * validated against src/schemas/policy.ts before the loader stores them
 * (see src/content/loader.ts for why Astro gets no schema of its own).
 */
import { defineCollection } from 'astro:content';
import { policyLoader } from './content/loader.ts';

export const collections = {
  policies: defineCollection({ loader: policyLoader() }),
};
