/**
 * The host name of a page's address, in lower case, or undefined for no address or one that
 * is not a URL: what the site-name rules (title.ts, places-address.ts) read.
 * @example hostName('https://www.Ladepeche.fr/2017/x.html') // 'www.ladepeche.fr'
 */
export function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
