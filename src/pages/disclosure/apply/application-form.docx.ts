/** /disclosure/apply/application-form.docx: the 政府信息公开申请表 as a Word document (src/outputs/application-form.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../../model/site.ts';
import { applicationFormDocx } from '../../../outputs/application-form.ts';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(applicationFormDocx(site().settings.disclosure.office)), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
