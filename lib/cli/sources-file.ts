/**
 * SOURCES.json, the list a network coordinator keeps:
 * `{ "title": "...", "publicUrl"?: "https://host/path/", "sources": [{ "url": "...", "name"?: "...", "format"?: "ics" }] }`.
 * `publicUrl` is where the built files will be published; it lets feed.json point to its
 * feed.ics so viewers can subscribe.
 */
import { ParseError, ValidationError, type Problem } from '../model/errors.ts';
import { SOURCE_FORMATS, type SourceFormat } from '../model/event.ts';

export interface SourceEntry {
  url: string;
  name?: string;
  format?: SourceFormat;
}

export interface SourcesFile {
  title: string;
  publicUrl?: string;
  sources: SourceEntry[];
}

/**
 * @throws ParseError for broken JSON, ValidationError naming each bad path
 * @example readSourcesFile('{"title":"Network","sources":[{"url":"partners.ics"}]}')
 */
export function readSourcesFile(text: string): SourcesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ParseError('json', `The sources file is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const problems: Problem[] = [];
  const obj = (data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) problems.push({ path: '(root)', message: 'must be an object' });
  if (typeof obj.title !== 'string' || obj.title.trim() === '') problems.push({ path: 'title', message: 'must be a non-empty string' });
  if (obj.publicUrl !== undefined && (typeof obj.publicUrl !== 'string' || !/^https?:\/\//.test(obj.publicUrl))) {
    problems.push({ path: 'publicUrl', message: 'must be an http(s) URL' });
  }
  if (!Array.isArray(obj.sources) || obj.sources.length === 0) problems.push({ path: 'sources', message: 'must be a non-empty list' });
  else obj.sources.forEach((s: unknown, i) => {
    const e = (s ?? {}) as Record<string, unknown>;
    if (typeof e.url !== 'string' || e.url.trim() === '') problems.push({ path: `sources[${i}].url`, message: 'must be a URL or a file path' });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.url) && !/^https?:\/\//i.test(e.url)) {
      problems.push({ path: `sources[${i}].url`, message: 'only http(s) URLs or file paths are read' });
    }
    if (e.name !== undefined && typeof e.name !== 'string') problems.push({ path: `sources[${i}].name`, message: 'must be a string' });
    if (e.format !== undefined && !SOURCE_FORMATS.includes(e.format as SourceFormat)) {
      problems.push({ path: `sources[${i}].format`, message: `must be one of: ${SOURCE_FORMATS.join(', ')}` });
    }
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return data as SourcesFile;
}
