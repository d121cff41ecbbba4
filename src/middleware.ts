/**
 * `astro dev` only: fills the as-of marks (src/format/as-of-mark.ts) of each
 * page as it is served. A build leaves them to scripts/build-steps/as-of.ts,
 * after the incremental build has chosen which pages to render again, so a
 * rendered page must keep them here.
 */
import { defineMiddleware } from 'astro:middleware';
import { fillAsOf } from './outputs/as-of-fill.ts';
import { asOfDate } from './rules/dates.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(fillAsOf(await response.text(), asOfDate()), response);
});
