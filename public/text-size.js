/* Applies the reader's text size and contrast (src/client/reader-settings.ts) before the page is drawn, on every page. */
try {
  var size = localStorage.getItem('lc-text-size');
  if (size === 'large' || size === 'larger') document.documentElement.setAttribute('data-text-size', size);
  if (localStorage.getItem('lc-contrast') === 'high') document.documentElement.setAttribute('data-contrast', 'high');
} catch {
  /* Storage refused (private browsing): the normal size and contrast stay. */
}
