/**
 * DIR/build-state.json: what each source gave in the last build and how to ask whether it
 * changed. A failed source keeps its earlier events from here; an unchanged one (HTTP 304 to
 * its ETag or Last-Modified) takes them from here without being read again.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Validators } from '../http/client.ts';
import type { InclusionEvent, SourceFormat } from '../model/event.ts';
import { SOURCE_FORMATS } from '../model/event.ts';
import { stableHash } from '../model/id.ts';
import { validateEvent } from '../model/validate.ts';

export const STATE_FILE = 'build-state.json';

export interface SourceState {
  events: InclusionEvent[];
  /** The format the source was last read as. */
  format?: SourceFormat;
  /** The name it had in SOURCES.json then: events carry it, so a new name means a new read. */
  name?: string;
  validators?: Validators;
  /** When it was last read in full (ISO). Recurring events are expanded around the read date. */
  readAt?: string;
}

export interface BuildState {
  version: 2;
  /** A fingerprint of what the output was made from (see outputInputs); absent: unknown. */
  inputs?: string;
  /** Events in the feed written. */
  events?: number;
  /** By the source's url as written in SOURCES.json. */
  sources: Record<string, SourceState>;
}

/** Bumped when the files `build` writes change for the same events, so an old output is rewritten. */
const OUTPUT_VERSION = 1;

/**
 * What an output depends on besides the sources' events: the sources list (title, public
 * address, each source's url, name and format) and the output version.
 * @example outputInputs(list) // '1 h1a2b3c4d5e6f7'
 */
export function outputInputs(list: { title: string; publicUrl?: string; sources: Array<{ url: string; name?: string; format?: string }> }): string {
  const sources = list.sources.map((s) => [s.url, s.name ?? null, s.format ?? null]);
  return `${OUTPUT_VERSION} ${stableHash(JSON.stringify([list.title, list.publicUrl ?? null, sources]))}`;
}

/** Validators are trusted this long; after that the source is read again (recurrence windows move). */
export const REVALIDATE_AFTER_MS = 7 * 86_400_000;

function validatorsOf(value: unknown): Validators | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { etag, lastModified } = value as Record<string, unknown>;
  const out: Validators = {};
  // A header value with a line break would be refused by fetch; such a state is ignored.
  if (typeof etag === 'string' && etag.length < 1024 && !/[\r\n]/.test(etag)) out.etag = etag;
  if (typeof lastModified === 'string' && lastModified.length < 100 && !/[\r\n]/.test(lastModified)) out.lastModified = lastModified;
  return out.etag || out.lastModified ? out : undefined;
}

function sourceStateOf(value: unknown): SourceState {
  // Version 1 kept only the events, as a list.
  const raw = (Array.isArray(value) ? { events: value } : value ?? {}) as Record<string, unknown>;
  // Only events that still pass validation are carried over.
  const events = Array.isArray(raw.events) ? (raw.events as InclusionEvent[]).filter((e) => validateEvent(e).length === 0) : [];
  const state: SourceState = { events };
  if (SOURCE_FORMATS.includes(raw.format as SourceFormat)) state.format = raw.format as SourceFormat;
  if (typeof raw.name === 'string') state.name = raw.name;
  const validators = validatorsOf(raw.validators);
  // Validators are only worth keeping with the events they stand for.
  if (validators && events.length === (Array.isArray(raw.events) ? raw.events.length : -1)) state.validators = validators;
  if (typeof raw.readAt === 'string' && !Number.isNaN(Date.parse(raw.readAt))) state.readAt = raw.readAt;
  return state;
}

/**
 * The state of the previous build in `outDir`; empty when there is none or it cannot be read.
 * @example const previous = await readBuildState('public/events');
 */
export async function readBuildState(outDir: string): Promise<BuildState> {
  const empty: BuildState = { version: 2, sources: {} };
  let data: { version?: unknown; sources?: unknown; inputs?: unknown; events?: unknown };
  try {
    // Read only as a plain file: a symlink in the output folder is never followed.
    if (!(await lstat(join(outDir, STATE_FILE))).isFile()) return empty;
    data = JSON.parse(await readFile(join(outDir, STATE_FILE), 'utf8')) as typeof data;
  } catch {
    return empty; // no earlier build, or a state we cannot read: nothing to carry over
  }
  if ((data?.version !== 1 && data?.version !== 2) || typeof data.sources !== 'object' || data.sources === null || Array.isArray(data.sources)) return empty;
  const state: BuildState = { version: 2, sources: {} };
  for (const [url, value] of Object.entries(data.sources as Record<string, unknown>)) state.sources[url] = sourceStateOf(value);
  if (typeof data.inputs === 'string') state.inputs = data.inputs;
  if (typeof data.events === 'number' && Number.isInteger(data.events) && data.events >= 0) state.events = data.events;
  return state;
}
