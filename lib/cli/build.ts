/**
 * `inclusio build SOURCES.json --out DIR`: reads every source, merges duplicates, writes
 * feed.json, feed.ics and one ICS per topic. A failed source keeps the events it had in the
 * previous build, so a partner's outage never empties the network's calendar: which events
 * came from which source is remembered in DIR/build-state.json, with each source's ETag and
 * Last-Modified, so that an unchanged source costs one 304 and no reading.
 *
 * Sources are fetched in parallel (a bound overall and per host, see pool.ts); each text is
 * read as soon as it arrives and dropped, so memory holds the events, not the raw texts.
 */
import { countOf } from './count.ts';
import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { eventsToIcs } from '../calendar/ics.ts';
import type { HttpClient } from '../http/client.ts';
import { describeError, InclusioError } from '../model/errors.ts';
import type { InclusionEvent, TopicId } from '../model/event.ts';
import { createFeed } from '../model/feed.ts';
import { sanitizeEvent } from '../model/sanitize.ts';
import { dedupeEvents, sortEvents } from '../query/index.ts';
import { detectFormat } from '../sources/detect.ts';
import { parseSource, type ParsedSource, type SourceContext } from '../sources/index.ts';
import { detachEvents, shareStrings, type StringPool } from './detach.ts';
import { removeStaleStaging, writeFilesAtomically, type FileContent } from './atomic-write.ts';
import { outputInputs, readBuildState, REVALIDATE_AFTER_MS, STATE_FILE, type BuildState, type SourceState } from './build-state.ts';
import { isHttpUrl, readInput, type Input } from './input.ts';
import { DEFAULT_LIMITS, inPool, type PoolLimits } from './pool.ts';
import { readSourcesFile, type SourceEntry } from './sources-file.ts';
import { expectedFormat, suspectAnswer } from './suspect-answer.ts';
import { withinTime } from './time-budget.ts';

export interface BuildOptions {
  sourcesPath: string;
  cwd: string;
  outDir: string;
  client: HttpClient;
  now: Date;
  log: (line: string) => void;
  /** Longest one source may take to be read, in ms. Default 10000. */
  readBudgetMs?: number;
  /** Parallel fetches, overall and per host. Default 32 and 6 (as many as a browser opens to one host). */
  limits?: PoolLimits;
}

export interface BuildReport {
  events: number;
  failed: Array<{ source: string; reason: string; kept: number }>;
  warnings: number;
  written: boolean;
  /** Sources that answered 304 Not Modified and were not read again. */
  unchanged: number;
  /** True when nothing changed and the previous files were left as they were. */
  untouched?: boolean;
  sources: number;
}

// What a source is asked for: the formats Inclusio reads, calendars first.
const ACCEPT = 'text/calendar, application/json, application/ld+json, application/rss+xml, application/atom+xml, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5';

const sourceKey = (s: SourceEntry) => s.name ?? s.url;

type Outcome =
  | { kind: 'read'; state: SourceState; warnings: string[] }
  | { kind: 'unchanged'; state: SourceState }
  | { kind: 'failed'; reason: string; kept: SourceState };

class SourceFailure extends InclusioError {
  constructor(message: string) {
    super('parse', message);
  }
}

/** Whether the earlier answer may be reused: same name, a recent full read, validators known. */
function reusable(previous: SourceState | undefined, entry: SourceEntry, now: Date): previous is SourceState & { validators: NonNullable<SourceState['validators']> } {
  if (!previous?.validators || !previous.readAt) return false;
  if (previous.name !== sourceKey(entry) || (entry.format && previous.format !== entry.format)) return false;
  const readAt = previous.readAt ? Date.parse(previous.readAt) : NaN;
  return now.getTime() - readAt < REVALIDATE_AFTER_MS && now.getTime() >= readAt;
}

async function fetchEntry(entry: SourceEntry, previous: SourceState | undefined, options: BuildOptions, baseDir: string): Promise<{ input: Input; validators?: SourceState['validators'] } | 'unchanged'> {
  if (!isHttpUrl(entry.url)) return { input: await readInput(entry.url, baseDir, options.client) };
  const canReuse = reusable(previous, entry, options.now);
  const answer = await options.client.get(entry.url, { accept: ACCEPT, ...(canReuse ? { validators: previous.validators } : {}) });
  if (answer.notModified) {
    if (!canReuse) throw new SourceFailure('answered 304 Not Modified to a request without validators');
    return 'unchanged';
  }
  const validators = answer.validators.etag || answer.validators.lastModified ? answer.validators : undefined;
  return { input: { text: answer.body, url: answer.url, contentType: answer.contentType, label: entry.url }, ...(validators ? { validators } : {}) };
}

const WARNINGS_SHOWN = 10;

/** Longest a source may take to be read before it counts as failed. */
const READ_BUDGET_MS = 10_000;

/**
 * parseSource, with calendars (whose recurrences and time zones expand) read under a time
 * bound: their reader is synchronous once loaded, so the bound covers all of its work.
 */
async function readWithinBudget(text: string, ctx: SourceContext, budgetMs: number): Promise<ParsedSource> {
  if (ctx.format !== 'ics') return parseSource(text, ctx);
  const { parseIcs } = await import('../sources/ics.ts');
  const parsed = await withinTime(budgetMs, () => parseIcs(text, ctx));
  for (const event of parsed.events) sanitizeEvent(event); // as parseSource does
  return parsed;
}

async function readEntry(entry: SourceEntry, previous: SourceState | undefined, options: BuildOptions, baseDir: string, pool: StringPool): Promise<Outcome> {
  const kept: SourceState = previous ?? { events: [] };
  try {
    const fetched = await fetchEntry(entry, previous, options, baseDir);
    if (fetched === 'unchanged') return { kind: 'unchanged', state: kept };
    const { input } = fetched;
    const expected = expectedFormat(entry.url, entry.format, previous?.format);
    const before = previous?.events.length ?? 0;
    const early = suspectAnswer(input.text, expected, before);
    if (early) return { kind: 'failed', reason: early, kept };
    const format = entry.format ?? detectFormat(input.text, input.contentType, input.url ?? entry.url);
    const context = {
      now: options.now,
      // The DOM (linkedom) is loaded only for the pages that need one.
      ...(format === 'html' ? { parseHtml: (await import('./dom.ts')).parseHtml } : {}),
      // Paged sources (The Events Calendar) fetch their further pages through the same client.
      ...(isHttpUrl(entry.url) ? { loadPage: async (next: string) => (await readInput(next, baseDir, options.client)).text } : {}),
      ...(input.url ? { sourceUrl: input.url } : {}),
      // (A source fetched over HTTP now is its live page; a local file may be a saved copy of any year.)
      ...(isHttpUrl(entry.url) ? { live: true } : {}),
      sourceName: sourceKey(entry),
      format,
      ...(input.contentType ? { contentType: input.contentType } : {}),
    };
    const parsed = await readWithinBudget(input.text, context, options.readBudgetMs ?? READ_BUDGET_MS);
    const late = suspectAnswer(input.text, expected, before, parsed.events.length);
    if (late) return { kind: 'failed', reason: late, kept };
    // Only the events are kept: not the text, nor the strings of it they point into.
    const state: SourceState = { events: detachEvents(parsed.events, pool), format: parsed.format, name: sourceKey(entry), readAt: options.now.toISOString() };
    if (fetched.validators) state.validators = fetched.validators;
    return { kind: 'read', state, warnings: parsed.warnings };
  } catch (error) {
    return { kind: 'failed', reason: describeError(error), kept };
  }
}

/** feed.json and feed.ics are there as plain files (a symlink in their place is rewritten, not trusted). */
async function outputsPresent(outDir: string): Promise<boolean> {
  const infos = await Promise.all(['feed.json', 'feed.ics'].map((f) => lstat(join(outDir, f)).catch(() => undefined)));
  return infos.every((info) => info?.isFile());
}

/** Events stringified together: few enough to stay small, enough to spare a call per event. */
const EVENTS_PER_PIECE = 100;

/**
 * JSON.stringify(feed, null, 2) + '\n', a hundred events at a time (the same text, a fraction
 * of the memory). A slice of events is stringified inside two arrays, so its events come out
 * at the depth and with the separators they have in the feed; the two arrays' own brackets are
 * cut off again.
 */
function* feedJsonPieces(feed: ReturnType<typeof createFeed>): Generator<string> {
  const frame = JSON.stringify({ ...feed, events: [] }, null, 2);
  const at = frame.lastIndexOf('"events": []');
  if (feed.events.length === 0 || at === -1) {
    yield `${JSON.stringify(feed, null, 2)}\n`;
    return;
  }
  yield `${frame.slice(0, at)}"events": [\n    `;
  const open = '[\n  [\n    '.length;
  const close = '\n  ]\n]'.length;
  for (let from = 0; from < feed.events.length; from += EVENTS_PER_PIECE) {
    const nested = JSON.stringify([feed.events.slice(from, from + EVENTS_PER_PIECE)], null, 2);
    yield `${from ? ',\n    ' : ''}${nested.slice(open, nested.length - close)}`;
  }
  yield `\n  ]${frame.slice(at + '"events": []'.length)}\n`;
}

/** JSON.stringify(state) + '\n', a source at a time. */
function* statePieces(state: BuildState): Generator<string> {
  yield `{"version":${state.version},"inputs":${JSON.stringify(state.inputs ?? null)},"events":${state.events ?? null},"sources":{`;
  let first = true;
  for (const [url, source] of Object.entries(state.sources)) {
    yield `${first ? '' : ','}${JSON.stringify(url)}:${JSON.stringify(source)}`;
    first = false;
  }
  yield '}}\n';
}

function topicFiles(events: InclusionEvent[], title: string, now: Date, reuse: WeakMap<InclusionEvent, string>): Record<string, () => string> {
  const byTopic = new Map<TopicId, InclusionEvent[]>();
  for (const event of events) {
    for (const topic of event.topics) {
      const bucket = byTopic.get(topic);
      if (bucket) bucket.push(event);
      else byTopic.set(topic, [event]);
    }
  }
  const files: Record<string, () => string> = {};
  for (const [topic, topicEvents] of byTopic) files[`topics/${topic}.ics`] = () => eventsToIcs(topicEvents, { name: `${title}: ${topic}`, now, reuse });
  return files;
}

/**
 * @example const report = await buildFeed({ sourcesPath: 'sources.json', outDir: 'public', client, now: new Date(), log: console.error });
 */
export async function buildFeed(options: BuildOptions): Promise<BuildReport> {
  const { now, log } = options;
  const baseDir = dirname(resolve(options.cwd, options.sourcesPath));
  const list = readSourcesFile((await readInput(options.sourcesPath, options.cwd, options.client)).text);
  const before = await readBuildState(options.outDir);
  const previous = before.sources;
  const total = list.sources.length;
  const inputs = outputInputs(list);
  const state: BuildState = { version: 2, inputs, sources: {} };
  const report: BuildReport = { events: 0, failed: [], warnings: 0, written: false, unchanged: 0, sources: total };
  let finished = 0;
  let succeeded = 0;
  const pool: StringPool = new Map();
  const listed = new Set<string>();
  const listedTwice = new Set<string>();
  for (const { url } of list.sources) (listed.has(url) ? listedTwice : listed).add(url);

  const outcomes = await inPool(list.sources, (entry) => entry.url, options.limits ?? DEFAULT_LIMITS, async (entry) => {
    const outcome = await readEntry(entry, previous[entry.url], options, baseDir, pool);
    // Read again: its earlier events are no longer needed, and not held beside the new ones
    // (unless another entry of the list has the same address and may still fail).
    if (outcome.kind === 'read' && !listedTwice.has(entry.url)) delete previous[entry.url];
    // Progress in the order sources finish: "[n/total] name: what happened".
    const label = `[${++finished}/${total}] ${sourceKey(entry)}`;
    if (outcome.kind === 'read') {
      // A broken source can warn once per event: the first ones say enough, the rest are counted.
      for (const warning of outcome.warnings.slice(0, WARNINGS_SHOWN)) log(`${label}: warning: ${warning}`);
      if (outcome.warnings.length > WARNINGS_SHOWN) log(`${label}: … and ${outcome.warnings.length - WARNINGS_SHOWN} more warnings`);
      report.warnings += outcome.warnings.length;
      log(`${label}: ${countOf(outcome.state.events.length, 'event')} (${outcome.state.format})`);
    } else if (outcome.kind === 'unchanged') {
      log(`${label}: unchanged, ${countOf(outcome.state.events.length, 'event')}`);
    } else {
      const kept = outcome.kept.events.length;
      log(`${label}: failed: ${outcome.reason}${kept ? ` (kept ${countOf(kept, 'earlier event')})` : ''}`);
    }
    return outcome;
  });

  const collected: InclusionEvent[] = [];
  outcomes.forEach((outcome, index) => {
    const entry = list.sources[index] as SourceEntry;
    if (outcome.kind === 'failed') {
      report.failed.push({ source: isHttpUrl(entry.url) ? entry.url : sourceKey(entry), reason: outcome.reason, kept: outcome.kept.events.length });
      state.sources[entry.url] = outcome.kept;
    } else {
      succeeded++;
      if (outcome.kind === 'unchanged') report.unchanged++;
      state.sources[entry.url] = outcome.state;
    }
    // Events just read were cleaned by parseSource; those carried over from the state (which
    // may have been edited by hand or written by an older version) are cleaned here.
    const carried = outcome.kind !== 'read';
    const events = state.sources[entry.url]!.events;
    if (carried) shareStrings(events, pool);
    for (const event of events) collected.push(carried ? sanitizeEvent(event) : event);
  });

  if (succeeded === 0) return report; // nothing new: leave the previous files as they are
  if (report.unchanged === total && before.inputs === inputs && before.events !== undefined && (await outputsPresent(options.outDir))) {
    // Every source answered 304 and the list is the same: the files written last time are
    // still right. Leaving them untouched also keeps their own ETags, so every widget reading
    // feed.json gets a 304 in turn.
    report.events = before.events;
    report.written = true;
    report.untouched = true;
    await removeStaleStaging(options.outDir);
    return report;
  }

  const events = sortEvents(dedupeEvents(collected));
  report.events = events.length;
  state.events = events.length;
  // Relative to feed.json unless the public address is known, so viewers can subscribe either way.
  const icsUrl = list.publicUrl ? new URL('feed.ics', list.publicUrl.endsWith('/') ? list.publicUrl : `${list.publicUrl}/`).href : 'feed.ics';
  const feed = createFeed(list.title, events, now, icsUrl);
  // Each event's VEVENT is written once, for feed.ics, and reused by the topic calendars.
  const reuse = new WeakMap<InclusionEvent, string>();
  // Made one at a time while they are written: memory holds the events and one file's text.
  const files: Record<string, FileContent> = {
    'feed.json': () => feedJsonPieces(feed),
    'feed.ics': () => eventsToIcs(events, { name: list.title, now, reuse, ...(list.publicUrl ? { url: list.publicUrl } : {}) }),
    [STATE_FILE]: () => statePieces(state),
    ...topicFiles(events, list.title, now, reuse),
  };
  await writeFilesAtomically(options.outDir, files, ['topics']);
  report.written = true;
  return report;
}
