/** Social preview image of each policy page, drawn at build (src/lib/og-image.ts). */
import type { APIRoute } from 'astro';
import type { PolicyView } from '../../../lib/model.ts';
import { policyCard } from '../../../lib/og-cards.ts';
import { ogPng } from '../../../lib/og-image.ts';
import { pathsOf, site } from '../../../lib/site.ts';

export function getStaticPaths() {
  return pathsOf(site().policies);
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogPng(policyCard(props.entry as PolicyView, site().settings.siteName))), { headers: { 'content-type': 'image/png' } });
