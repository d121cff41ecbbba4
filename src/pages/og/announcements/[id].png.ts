/** Social preview image of each announcement page, drawn at build (src/outputs/og/image.ts). */
import type { APIRoute } from 'astro';
import type { AnnouncementView } from '../../../model/model.ts';
import { announcementCard } from '../../../outputs/og/cards.ts';
import { ogPng } from '../../../outputs/og/image.ts';
import { dataKey } from '../../../outputs/page-keys.ts';
import { pathsOf, site } from '../../../model/site.ts';

export function getStaticPaths() {
  const { announcements, settings } = site();
  // The card decides every pixel (with the drawing code, which Astro tracks): an unchanged card is reused.
  return pathsOf(announcements, (entry) => dataKey(announcementCard(entry, settings.siteName)));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(
    new Uint8Array(await ogPng(announcementCard(props.entry as AnnouncementView, site().settings.siteName))),
    {
      headers: { 'content-type': 'image/png' },
    },
  );
