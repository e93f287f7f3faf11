/**
 * `inclusio build SOURCES.json --out DIR`: reads every source, merges duplicates, writes
 * feed.json, feed.ics and one ICS per topic. A failed source keeps the events it had in the
 * previous build, so a partner's outage never empties the network's calendar: which events
 * came from which source is remembered in DIR/build-state.json.
 */
import { countOf } from './count.ts';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { eventsToIcs } from '../calendar/ics.ts';
import type { HttpClient } from '../http/client.ts';
import { describeError } from '../model/errors.ts';
import type { InclusionEvent, TopicId } from '../model/event.ts';
import { createFeed } from '../model/feed.ts';
import { validateEvent } from '../model/validate.ts';
import { dedupeEvents, sortEvents } from '../query/index.ts';
import { parseSource } from '../sources/index.ts';
import { writeFilesAtomically } from './atomic-write.ts';
import { parseHtml } from './dom.ts';
import { isHttpUrl, readInput } from './input.ts';
import { readSourcesFile, type SourceEntry } from './sources-file.ts';

export interface BuildOptions {
  sourcesPath: string;
  cwd: string;
  outDir: string;
  client: HttpClient;
  now: Date;
  log: (line: string) => void;
}

export interface BuildReport {
  events: number;
  failed: Array<{ source: string; reason: string; kept: number }>;
  warnings: number;
  written: boolean;
}

const STATE_FILE = 'build-state.json';
const sourceKey = (s: SourceEntry) => s.name ?? s.url;

/** Which events each source gave in the last build (by source url), to carry over on failure. */
interface BuildState {
  version: 1;
  sources: Record<string, InclusionEvent[]>;
}

async function previousState(outDir: string): Promise<BuildState['sources']> {
  try {
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE), 'utf8')) as BuildState;
    if (state.version !== 1 || typeof state.sources !== 'object' || state.sources === null) return {};
    // Only events that still pass validation are carried over.
    return Object.fromEntries(
      Object.entries(state.sources).map(([url, events]) => [url, Array.isArray(events) ? events.filter((e) => validateEvent(e).length === 0) : []]),
    );
  } catch {
    return {}; // no earlier build, or a state we cannot read: nothing to carry over
  }
}

/**
 * @example const report = await buildFeed({ sourcesPath: 'sources.json', outDir: 'public', client, now: new Date(), log: console.error });
 */
export async function buildFeed(options: BuildOptions): Promise<BuildReport> {
  const { client, now, log } = options;
  const baseDir = dirname(resolve(options.cwd, options.sourcesPath));
  const list = readSourcesFile((await readInput(options.sourcesPath, options.cwd, client)).text);
  const previous = await previousState(options.outDir);
  const state: BuildState = { version: 1, sources: {} };
  const report: BuildReport = { events: 0, failed: [], warnings: 0, written: false };
  const collected: InclusionEvent[] = [];
  let succeeded = 0;

  for (const [index, entry] of list.sources.entries()) {
    const label = `[${index + 1}/${list.sources.length}] ${sourceKey(entry)}`;
    try {
      const input = await readInput(entry.url, baseDir, client);
      const parsed = await parseSource(input.text, {
        now,
        parseHtml,
        ...(input.url ? { sourceUrl: input.url } : {}),
        sourceName: sourceKey(entry),
        ...(entry.format ? { format: entry.format } : {}),
        ...(input.contentType ? { contentType: input.contentType } : {}),
      });
      for (const warning of parsed.warnings) log(`${label}: warning: ${warning}`);
      report.warnings += parsed.warnings.length;
      collected.push(...parsed.events);
      state.sources[entry.url] = parsed.events;
      succeeded++;
      log(`${label}: ${countOf(parsed.events.length, 'event')} (${parsed.format})`);
    } catch (error) {
      const kept = previous[entry.url] ?? [];
      collected.push(...kept);
      state.sources[entry.url] = kept;
      report.failed.push({ source: isHttpUrl(entry.url) ? entry.url : sourceKey(entry), reason: describeError(error), kept: kept.length });
      log(`${label}: failed: ${describeError(error)}${kept.length ? ` (kept ${kept.length} earlier events)` : ''}`);
    }
  }

  if (succeeded === 0) return report; // nothing new: leave the previous files as they are

  const events = sortEvents(dedupeEvents(collected));
  report.events = events.length;
  // Relative to feed.json unless the public address is known, so viewers can subscribe either way.
  const icsUrl = list.publicUrl ? new URL('feed.ics', list.publicUrl.endsWith('/') ? list.publicUrl : `${list.publicUrl}/`).href : 'feed.ics';
  const feed = createFeed(list.title, events, now, icsUrl);
  const files: Record<string, string> = {
    'feed.json': `${JSON.stringify(feed, null, 2)}\n`,
    'feed.ics': eventsToIcs(events, { name: list.title, now, ...(list.publicUrl ? { url: list.publicUrl } : {}) }),
    [STATE_FILE]: `${JSON.stringify(state)}\n`,
  };
  const byTopic = new Map<TopicId, InclusionEvent[]>();
  for (const event of events) for (const topic of event.topics) byTopic.set(topic, [...(byTopic.get(topic) ?? []), event]);
  for (const [topic, topicEvents] of byTopic) {
    files[`topics/${topic}.ics`] = eventsToIcs(topicEvents, { name: `${list.title}: ${topic}`, now });
  }
  await writeFilesAtomically(options.outDir, files, ['topics']);
  report.written = true;
  return report;
}
