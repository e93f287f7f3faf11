/** Reads a source given as an http(s) URL or as a file path (relative to a base folder). */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { HttpClient } from '../http/client.ts';
import { InclusioError } from '../model/errors.ts';

export interface Input {
  text: string;
  /** The URL the text came from, for http(s) sources only. */
  url?: string;
  contentType?: string;
  /** The path or URL as given, for messages. */
  label: string;
}

export const isHttpUrl = (ref: string): boolean => /^https?:\/\//i.test(ref);

/**
 * @example const page = await readInput('news/post.html', process.cwd(), client);
 */
export async function readInput(ref: string, baseDir: string, client: HttpClient): Promise<Input> {
  if (isHttpUrl(ref)) {
    const result = await client.get(ref);
    if (result.notModified) throw new InclusioError('http', `${ref} answered 304 to a request without validators`);
    return { text: result.body, url: result.url, contentType: result.contentType, label: ref };
  }
  const path = isAbsolute(ref) ? ref : resolve(baseDir, ref);
  try {
    const text = await readFile(path, 'utf8');
    return { text: text.replace(/^\uFEFF/, ''), label: ref };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (cause as Error).message;
    throw new InclusioError('usage', `Cannot read ${ref}: ${why}`, { cause });
  }
}
