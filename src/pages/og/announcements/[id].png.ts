/** Social preview image of each announcement page, drawn at build (src/lib/og-image.ts). */
import type { APIRoute } from 'astro';
import type { AnnouncementView } from '../../../lib/model.ts';
import { announcementCard } from '../../../lib/og-cards.ts';
import { ogPng } from '../../../lib/og-image.ts';
import { pathsOf, site } from '../../../lib/site.ts';

export function getStaticPaths() {
  return pathsOf(site().announcements);
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await ogPng(announcementCard(props.entry as AnnouncementView, site().settings.siteName))), {
    headers: { 'content-type': 'image/png' },
  });
