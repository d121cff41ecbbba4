/**
 * The print button of a policy page, and the printed address. Text size
 * and contrast are the reader's settings of every page
 * (src/client/reader-settings.ts).
 */
export function initPageTools(): void {
  const tools = document.querySelector<HTMLElement>('[data-page-tools]');
  if (!tools) return;
  tools.querySelector<HTMLButtonElement>('[data-print]')?.addEventListener('click', () => window.print());
  // Printed copies show the full address the reader used.
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-url]')) {
    if (!el.dataset.absolute) el.textContent = decodeURI(location.origin + location.pathname);
  }
  tools.hidden = false;
}
