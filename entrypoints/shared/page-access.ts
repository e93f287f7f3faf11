/**
 * Why "On this page" could not read a tab, from the tab's address alone (the browsers' error
 * texts differ and change). Without the "tabs" permission the address is only known when the
 * extension may read the page, so an unknown address means the access was missing: the user
 * opened the list some other way than by clicking the toolbar button on that page.
 */

export type PageAccess = 'browser-page' | 'file' | 'no-access' | 'failed';

/** Pages no extension may script: the browser's own, its viewers, and the add-on stores. */
const BROWSER_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/addons\.opera\.com\//i,
];

/**
 * The reason to give for a tab whose reading failed.
 * @example pageAccess('file:///home/ana/agenda.html') // 'file'
 * @example pageAccess(undefined) // 'no-access'
 */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'no-access';
  if (/^file:/i.test(url)) return 'file';
  if (BROWSER_SCHEMES.test(url) || STORE_PAGES.some((store) => store.test(url))) return 'browser-page';
  return 'failed';
}
