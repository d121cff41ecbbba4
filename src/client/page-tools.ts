/**
 * The text-size control (适老化) and the print button of a policy page.
 * The size is stored in localStorage ('lc-text-size') and applied as
 * <html data-text-size>, which the stylesheet scales; an inline script in
 * the head (PolicyHead.astro) applies it before the page is drawn.
 */
export const TEXT_SIZE_KEY = 'lc-text-size';
const SIZES = ['normal', 'large', 'larger'] as const;
type Size = (typeof SIZES)[number];

function stored(): Size {
  try {
    const v = localStorage.getItem(TEXT_SIZE_KEY);
    return (SIZES as readonly string[]).includes(v ?? '') ? (v as Size) : 'normal';
  } catch {
    return 'normal';
  }
}

function apply(size: Size) {
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]'))
    b.setAttribute('aria-pressed', String(b.dataset.textSize === size));
}

export function initPageTools(): void {
  const tools = document.querySelector<HTMLElement>('[data-page-tools]');
  if (!tools) return;
  apply(stored());
  for (const b of tools.querySelectorAll<HTMLButtonElement>('button[data-text-size]')) {
    b.addEventListener('click', () => {
      const size = b.dataset.textSize as Size;
      try {
        if (size === 'normal') localStorage.removeItem(TEXT_SIZE_KEY);
        else localStorage.setItem(TEXT_SIZE_KEY, size);
      } catch {
        // Private browsing may refuse storage: the size still applies to this page.
      }
      apply(size);
    });
  }
  tools.querySelector<HTMLButtonElement>('[data-print]')?.addEventListener('click', () => window.print());
  // Printed copies show the full address the reader used.
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-url]')) {
    if (!el.dataset.absolute) el.textContent = decodeURI(location.origin + location.pathname);
  }
  tools.hidden = false;
}
