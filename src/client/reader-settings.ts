/**
 * The reader's settings of every page (适老化): text size and high contrast.
 * Each choice is stored in localStorage and applied as an attribute of <html>
 * (data-text-size, data-contrast), which the stylesheet scales or recolours;
 * public/text-size.js applies the stored choice in the head of every page
 * before it is drawn, so it is remembered across pages.
 */
export const TEXT_SIZE_KEY = 'lc-text-size';
export const CONTRAST_KEY = 'lc-contrast';
const SIZES = ['normal', 'large', 'larger'] as const;
type Size = (typeof SIZES)[number];

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | undefined) {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
}

function storedSize(): Size {
  const v = read(TEXT_SIZE_KEY);
  return (SIZES as readonly string[]).includes(v ?? '') ? (v as Size) : 'normal';
}

function applySize(size: Size) {
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]'))
    b.setAttribute('aria-pressed', String(b.dataset.textSize === size));
}

function applyContrast(high: boolean) {
  if (high) document.documentElement.dataset.contrast = 'high';
  else delete document.documentElement.dataset.contrast;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-contrast]'))
    b.setAttribute('aria-pressed', String(high));
}

export function initReaderSettings(): void {
  const tools = document.querySelector<HTMLElement>('[data-reader-settings]');
  if (!tools) return;
  applySize(storedSize());
  applyContrast(read(CONTRAST_KEY) === 'high');
  for (const b of tools.querySelectorAll<HTMLButtonElement>('button[data-text-size]')) {
    b.addEventListener('click', () => {
      const size = b.dataset.textSize as Size;
      write(TEXT_SIZE_KEY, size === 'normal' ? undefined : size);
      applySize(size);
    });
  }
  tools.querySelector<HTMLButtonElement>('button[data-contrast]')?.addEventListener('click', () => {
    const high = document.documentElement.dataset.contrast !== 'high';
    write(CONTRAST_KEY, high ? 'high' : undefined);
    applyContrast(high);
  });
  tools.hidden = false;
}
