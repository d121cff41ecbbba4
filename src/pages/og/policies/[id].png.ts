/** Social preview image of each policy page, drawn at build (src/outputs/og/image.ts). */
import type { APIRoute } from 'astro';
import type { PolicyView } from '../../../model/model.ts';
import { policyCard } from '../../../outputs/og/cards.ts';
import { ogPng } from '../../../outputs/og/image.ts';
import { dataKey } from '../../../outputs/page-keys.ts';
import { pathsOf, site } from '../../../model/site.ts';

export function getStaticPaths() {
  const { policies, settings } = site();
  // The card decides every pixel (with the drawing code, which Astro tracks): an unchanged card is reused.
  return pathsOf(policies, (entry) => dataKey(policyCard(entry, settings.siteName)));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogPng(policyCard(props.entry as PolicyView, site().settings.siteName))), {
    headers: { 'content-type': 'image/png' },
  });
