/** `inclusio validate FILE`: checks a feed.json or an ICS file and lists each problem and where it is. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InclusioError, type Problem } from '../model/errors.ts';
import { validateFeed } from '../model/validate.ts';
import { lintIcs } from './ics-lint.ts';

export interface ValidationReport {
  kind: 'feed' | 'ics';
  problems: Problem[];
  /** Events (feed) or VEVENTs (ics) seen. */
  count: number;
}

function jsonProblem(text: string, error: Error): Problem {
  // V8 says "... in JSON at position N (line L column C)" or just "position N".
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { path: `line ${lineCol[1]}, column ${lineCol[2]}`, message: 'not valid JSON' };
  const pos = /position (\d+)/.exec(error.message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return { path: `line ${line}, column ${before.length - before.lastIndexOf('\n')}`, message: 'not valid JSON' };
  }
  return { path: '(root)', message: `not valid JSON: ${error.message}` };
}

/**
 * @example const { problems } = await validateFile('public/feed.json');
 */
export async function validateFile(path: string, cwd = '.'): Promise<ValidationReport> {
  let text: string;
  try {
    text = (await readFile(resolve(cwd, path), 'utf8')).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new InclusioError('usage', `Cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
  }
  const isIcs = /\.(ics|ical|ifb)$/i.test(path) || /^\s*BEGIN:VCALENDAR/i.test(text);
  if (isIcs) {
    return { kind: 'ics', problems: lintIcs(text), count: (text.match(/^BEGIN:VEVENT\s*$/gim) ?? []).length };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'feed', problems: [jsonProblem(text, error as Error)], count: 0 };
  }
  const feed = data as { events?: unknown[]; icsUrl?: unknown } | null;
  const events = feed?.events;
  const problems: Problem[] = validateFeed(data);
  if (Array.isArray(events)) problems.push(...(await checkSiblingIcs(resolve(cwd, path), feed?.icsUrl, events.length)));
  return { kind: 'feed', problems, count: Array.isArray(events) ? events.length : 0 };
}

/**
 * A feed.json that names its calendar by a relative path (as `build` writes it) is checked
 * against that file: the same number of events on both sides, or lines were added to one.
 */
async function checkSiblingIcs(feedPath: string, icsUrl: unknown, events: number): Promise<Problem[]> {
  if (typeof icsUrl !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(icsUrl) || icsUrl.startsWith('/') || icsUrl.includes('..')) return [];
  let ics: string;
  try {
    ics = await readFile(resolve(dirname(feedPath), icsUrl), 'utf8');
  } catch {
    return []; // not published beside it (yet): nothing to compare
  }
  const vevents = (ics.match(/^BEGIN:VEVENT\r?$/gim) ?? []).length;
  return vevents === events ? [] : [{ path: 'icsUrl', message: `${icsUrl} has ${vevents} VEVENTs for the ${events} events of this feed` }];
}
