/**
 * Links from feeds are untrusted: only absolute http(s) URLs become links, so `javascript:`,
 * `data:` and friends can never run from a click.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
