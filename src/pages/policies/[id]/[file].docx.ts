/** The generated download of each attachment that has an HTML form table (see src/outputs/attachments.ts). */
import type { APIRoute } from 'astro';
import { downloadsOf } from '../../../outputs/attachments.ts';
import { site } from '../../../model/site.ts';
import { attachmentName } from '../../../rules/routes.ts';

export function getStaticPaths() {
  return site().policies.flatMap((p) =>
    downloadsOf(p).map((d) => ({
      params: { id: p.id, file: attachmentName(d.index + 1) },
      props: { bytes: d.bytes },
    })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.bytes as Buffer), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
