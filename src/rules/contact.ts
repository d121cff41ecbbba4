/**
 * What the site can say about reaching the bureau: only the channels
 * settings.yaml provides. With none, no page may send a reader to "the
 * contact" (the 404 page, the attachment box and the footer word it
 * otherwise); adding a phone, an e-mail or an address there fills every place.
 */
import type { Settings } from '../schemas/settings.ts';

export type Contact = Settings['contact'];

/** True when settings give at least one public channel. */
export function hasContact(c: Contact): boolean {
  return Boolean(c.phone || c.email || c.address);
}

/**
 * A mailto: link for a correction (纠错) about one page: the subject names the
 * page, the body its address, so the clerk knows what the reader saw.
 */
export function feedbackMailto(email: string, subject: string, pageUrl: string, bodyLead: string): string {
  const q = new URLSearchParams({ subject, body: `${bodyLead}\n${pageUrl}\n\n` });
  // URLSearchParams writes spaces as '+', which mail clients show literally: mailto wants %20.
  return `mailto:${email}?${q.toString().replaceAll('+', '%20')}`;
}
