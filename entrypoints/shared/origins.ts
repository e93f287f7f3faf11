/** Host permission patterns: the extension asks for one site at a time, never for all. */

/**
 * The host permission pattern for a URL: `https://example.org/*` (any port), else null.
 * @example originPattern('https://example.org:8443/feed.ics') // 'https://example.org/*'
 */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** The distinct patterns of a list of URLs (one prompt for all of them). */
export function originPatterns(urls: readonly string[]): string[] {
  return [...new Set(urls.map(originPattern).filter((p): p is string => p !== null))];
}
