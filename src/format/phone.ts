/** Telephone numbers as links: the dialable tel: URL and a display form that never breaks at its hyphen. */

/** tel: URL with digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The number as printed, hyphens made non-breaking (U+2011) so 0635-1234567 stays on one line. */
export function phoneText(phone: string): string {
  return phone.replace(/-/g, '\u2011');
}
