/** /feeds/feed.xsl: the stylesheet that shows a feed as a page in a browser (src/outputs/feed-view.ts). */
import type { APIRoute } from 'astro';
import { feedViewXsl } from '../../outputs/feed-view.ts';
import { site } from '../../model/site.ts';

export const GET: APIRoute = () =>
  new Response(feedViewXsl(site().settings.siteName), { headers: { 'content-type': 'text/xsl; charset=utf-8' } });
