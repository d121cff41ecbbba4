/** Telephone numbers as links: the dialable tel: URL and a display form that never breaks at its hyphen. */

/** tel: URL with digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The number as printed, hyphens made non-breaking (U+2011) so 0635-1234567 stays on one line. */
export function phoneText(phone: string): string {
  return phone.replace(/-/g, '\u2011');
}

/** Where one printed string of numbers splits: 、，；/ or 或. */
const SEPARATOR = /\s*[、，,；;/或]\s*/;

/**
 * Each number of a printed string, with its dialable link: in
 * 0635-8241234、8241235 the second number is local and shares the first's
 * area code, as such lists are printed and read.
 */
export function phoneNumbers(phone: string): { text: string; href: string }[] {
  const parts = phone.split(SEPARATOR).filter(Boolean);
  const area = /^\s*(0\d{2,3})\s*[-\s)）]/.exec(parts[0] ?? '')?.[1];
  return parts.map((text, i) => {
    const digits = text.replace(/[^\d+]/g, '');
    const local = i > 0 && area && /^[1-9]\d{6,7}$/.test(digits);
    return { text, href: `tel:${local ? area + digits : digits}` };
  });
}
