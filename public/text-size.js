/* Applies the text size chosen with the 字号 control (src/client/page-tools.ts) before the page is drawn. */
try {
  var size = localStorage.getItem('lc-text-size');
  if (size === 'large' || size === 'larger') document.documentElement.setAttribute('data-text-size', size);
} catch {
  /* Storage refused (private browsing): the normal size stays. */
}
