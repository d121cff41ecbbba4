/**
 * Downloadable files for a policy's attachments, generated at build from the
 * attachment's HTML table in the body (so the web table and the file can
 * never disagree). Build-time only.
 */
import type { PolicyEntry } from '../content/validate.ts';
import { t } from '../i18n/zh.ts';
import { formDocx } from './docx.ts';
import { readFormDocument } from '../markdown/form-table.ts';
import { policyAttachmentPath } from '../rules/routes.ts';

export interface Download {
  /** 0-based index of the attachment in the policy's front matter. */
  index: number;
  title: string;
  /** Site path of the file, e.g. /policies/x/attachment-1.docx. */
  href: string;
  /** Suggested file name, e.g. 聊城市特色产业集群申请表.docx. */
  filename: string;
  format: string;
  bytes: Buffer;
}

const cache = new Map<string, Download[]>();

/** The generated downloads of one policy (attachments whose anchor names a table in the body). */
export function downloadsOf(policy: PolicyEntry): Download[] {
  const hit = cache.get(policy.id);
  if (hit) return hit;
  const list = policy.data.attachments.flatMap((a, index): Download[] => {
    if (!a.anchor) return [];
    const form = readFormDocument(policy.body, a.anchor);
    if (!form) return [];
    return [
      {
        index,
        title: a.title,
        href: policyAttachmentPath(policy.id, index + 1),
        filename: `${a.title}.docx`,
        format: t.record.attachment.docxFormat,
        bytes: formDocx(form, a.title),
      },
    ];
  });
  cache.set(policy.id, list);
  return list;
}

/** A file size as readers see it: 3.5 KB, 1.2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
