/**
 * Fills the as-of marks (src/format/as-of-mark.ts) of each page as it is
 * rendered — in `astro dev`, or an `astro build` run by hand. The site's
 * build (scripts/build.ts) says AS_OF_MARKS=keep: it fills them itself after
 * the incremental build has chosen which pages to render again, so the copy
 * Astro keeps of a page must still hold them (astro.config.mjs turns the
 * incremental build on only then).
 */
import { defineMiddleware } from 'astro:middleware';
import { fillAsOf } from './outputs/as-of-fill.ts';
import { asOfDate } from './rules/dates.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (process.env.AS_OF_MARKS === 'keep' || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  return new Response(fillAsOf(await response.text(), asOfDate()), response);
});
