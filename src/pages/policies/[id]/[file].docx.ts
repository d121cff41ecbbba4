/** The generated download of each attachment that has an HTML form table (see src/outputs/attachments.ts). */
import type { APIRoute } from 'astro';
import { downloadsOf } from '../../../outputs/attachments.ts';
import { site } from '../../../model/site.ts';

export function getStaticPaths() {
  return site().policies.flatMap((p) =>
    downloadsOf(p).map((d) => ({
      params: {
        id: p.id,
        file: d.href
          .split('/')
          .at(-1)!
          .replace(/\.docx$/, ''),
      },
      props: { bytes: d.bytes },
    })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.bytes as Buffer), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
