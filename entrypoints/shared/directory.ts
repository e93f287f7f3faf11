/**
 * The directory of suggested sources shipped in public/directory.json. Its URLs are relative to
 * `base`, so a build can point the whole directory at another host (INCLUSIO_DIRECTORY_BASE,
 * read in wxt.config.ts) without editing the list. A description is one text or one per
 * interface language ({"en": ..., "fr": ..., "ar": ...}); a source's `languages` are the
 * languages it publishes in, so a reader sees first the sources she can read.
 */
import { languageName } from '../../widget/ui/context.ts';

export interface DirectoryEntry {
  name: string;
  url: string;
  description?: string;
  /** Languages the source publishes in (two-letter codes), as the directory lists them. */
  languages: string[];
}

const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The description in `language`, else in English, else the first one given. */
function describe(description: unknown, language: string): string | undefined {
  if (typeof description === 'string') return description;
  if (!description || typeof description !== 'object') return undefined;
  const texts = description as Record<string, unknown>;
  const text = [texts[language], texts.en, ...Object.values(texts)].find((t) => typeof t === 'string' && t.trim() !== '');
  return typeof text === 'string' ? text : undefined;
}

/**
 * Entries with absolute http(s) URLs, described in `language`, the sources that publish in it
 * first (the directory's order kept otherwise); anything malformed is left out rather than shown broken.
 * @example parseDirectory(await (await fetch('/directory.json')).json(), 'fr')
 */
export function parseDirectory(data: unknown, language = 'en'): DirectoryEntry[] {
  const d = data as { base?: unknown; sources?: unknown } | null;
  if (!d || !Array.isArray(d.sources)) return [];
  const base = typeof d.base === 'string' ? d.base : undefined;
  const entries = d.sources.flatMap((s: unknown) => {
    const entry = s as { name?: unknown; url?: unknown; description?: unknown; languages?: unknown } | null;
    if (!entry || typeof entry.name !== 'string' || typeof entry.url !== 'string') return [];
    let url: URL;
    try {
      url = new URL(entry.url, base);
    } catch {
      return [];
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
    const description = describe(entry.description, language);
    const languages = Array.isArray(entry.languages) ? entry.languages.filter((l): l is string => typeof l === 'string' && LANGUAGE_CODE.test(l)) : [];
    return [{ name: entry.name, url: url.href, languages, ...(description ? { description } : {}) }];
  });
  const readable = (e: DirectoryEntry) => (e.languages.includes(language) ? 0 : 1);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => readable(a.e) - readable(b.e) || a.i - b.i).map(({ e }) => e);
}

/**
 * "English and French" in the reader's language (the widget's languageName, Intl.DisplayNames), for the line under a source.
 * @example languageNames(['fr', 'de'], 'it') // 'francese e tedesco'
 */
export function languageNames(codes: string[], locale: string): string {
  const list = codes.map((c) => languageName(c, locale));
  try {
    return new Intl.ListFormat([locale], { style: 'long', type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}
