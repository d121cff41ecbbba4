/** Social preview image of each policy page, drawn at build (src/outputs/og/image.ts). */
import type { APIRoute } from 'astro';
import type { PolicyView } from '../../../model/model.ts';
import { policyCard } from '../../../outputs/og/cards.ts';
import { ogPng } from '../../../outputs/og/image.ts';
import { pathsOf, site } from '../../../model/site.ts';

export function getStaticPaths() {
  return pathsOf(site().policies);
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogPng(policyCard(props.entry as PolicyView, site().settings.siteName))), {
    headers: { 'content-type': 'image/png' },
  });
