/**
 * The directory of suggested sources shipped in public/directory.json. Its URLs are relative to
 * `base`, so a build can point the whole directory at another host (INCLUSIO_DIRECTORY_BASE,
 * read in wxt.config.ts) without editing the list.
 */
export interface DirectoryEntry {
  name: string;
  url: string;
  description?: string;
}

/** Entries with absolute http(s) URLs; anything malformed is left out rather than shown broken. */
export function parseDirectory(data: unknown): DirectoryEntry[] {
  const d = data as { base?: unknown; sources?: unknown } | null;
  if (!d || !Array.isArray(d.sources)) return [];
  const base = typeof d.base === 'string' ? d.base : undefined;
  return d.sources.flatMap((s: unknown) => {
    const entry = s as Partial<DirectoryEntry> | null;
    if (!entry || typeof entry.name !== 'string' || typeof entry.url !== 'string') return [];
    let url: URL;
    try {
      url = new URL(entry.url, base);
    } catch {
      return [];
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
    return [{ name: entry.name, url: url.href, ...(typeof entry.description === 'string' ? { description: entry.description } : {}) }];
  });
}
