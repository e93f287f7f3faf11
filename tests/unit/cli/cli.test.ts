import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../lib/cli/main.ts';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';
import { validateFeed } from '../../../lib/model/validate.ts';
import { renderDemoSources } from '../../../scripts/demo-sources.mjs';
import { startServer, type TestServer } from '../../support/http-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const NOW = new Date('2026-11-22T09:00:00Z');

async function run(argv: string[], cwd = root) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, now: () => NOW };
  const code = await main(argv, io);
  return { code, out, err };
}

let work: string;
let server: TestServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'inclusio-cli-'));
  renderDemoSources(join(root, 'public', 'demo', 'sources'), join(work, 'sources'), NOW);
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('inclusio build', () => {
  it('builds the demo sources into a valid feed, an ICS and one ICS per topic', async () => {
    const out = join(work, 'out-demo');
    const { code, err } = await run(['build', join(work, 'sources', 'sources.json'), '--out', out]);
    expect(err).toMatch(/\[[1-4]\/4\] Partner calendars: \d+ events/);
    expect(code).toBe(0);
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    expect(validateFeed(feed)).toEqual([]);
    expect(feed.title).toBe('Inclusion Network Europe: events');
    expect(feed.icsUrl).toBe('feed.ics');
    // every format contributed events
    const formats = new Set(feed.events.map((e: { source: { format: string } }) => e.source.format));
    for (const f of ['ics', 'json', 'jsonld', 'rss']) expect(formats, f).toContain(f);
    const ics = readFileSync(join(out, 'feed.ics'), 'utf8');
    expect(lintIcs(ics)).toEqual([]);
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents.length).toBe(feed.events.length);
    const topics = readdirSync(join(out, 'topics'));
    expect(topics).toContain('labour.ics');
    for (const t of topics) expect(lintIcs(readFileSync(join(out, 'topics', t), 'utf8')), t).toEqual([]);
    expect(readdirSync(out).filter((f) => f.startsWith('.inclusio-staging'))).toEqual([]);
    expect((await run(['validate', join(out, 'feed.json')])).code).toBe(0);
    expect((await run(['validate', join(out, 'feed.ics')])).code).toBe(0);
  });

  it('keeps going when a source fails, names it, exits 1 and keeps its earlier events', async () => {
    const out = join(work, 'out-partial');
    server.serve('/good.ics', readFileSync(join(work, 'sources', 'partners.ics'), 'utf8'), 'text/calendar');
    let fail = false;
    server.route('/flaky.json', (_req, res) => {
      if (fail) res.writeHead(500).end('oops');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(work, 'sources', 'network.json')));
    });
    const sources = join(work, 'partial.json');
    writeFileSync(sources, JSON.stringify({
      title: 'Partial',
      sources: [{ url: server.url('/good.ics'), name: 'Good' }, { url: server.url('/flaky.json'), name: 'Flaky' }],
    }));
    expect((await run(['build', sources, '--out', out])).code).toBe(0);
    const networkIds: string[] = JSON.parse(readFileSync(join(work, 'sources', 'network.json'), 'utf8')).events.map((e: { id: string }) => e.id);
    const ids = (file: string): string[] => JSON.parse(readFileSync(file, 'utf8')).events.map((e: { id: string }) => e.id);
    expect(ids(join(out, 'feed.json'))).toEqual(expect.arrayContaining(networkIds));

    fail = true;
    const { code, err } = await run(['build', sources, '--out', out]);
    expect(code).toBe(1);
    expect(err).toMatch(/^1 source failed:$/m);
    expect(err).toContain('/flaky.json');
    expect(err).toContain('HTTP 500');
    expect(err).toContain('kept 5 earlier events');
    expect(ids(join(out, 'feed.json'))).toEqual(expect.arrayContaining(networkIds));
    expect(validateFeed(JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')))).toEqual([]);
    // and a third run, still failing, still has them
    expect((await run(['build', sources, '--out', out])).code).toBe(1);
    expect(ids(join(out, 'feed.json'))).toEqual(expect.arrayContaining(networkIds));
  });

  it('leaves the previous files whole when every source fails', async () => {
    const out = join(work, 'out-all-fail');
    cpSync(join(root, 'tests', 'fixtures', 'model', 'valid-feed.json'), join(work, 'prev.json'));
    const sources = join(work, 'fail.json');
    writeFileSync(sources, JSON.stringify({ title: 'Fail', sources: [{ url: 'missing.ics' }, { url: server.url('/nothing.json') }] }));
    await run(['build', join(work, 'sources', 'sources.json'), '--out', out]);
    const before = readFileSync(join(out, 'feed.json'), 'utf8');
    const icsBefore = readFileSync(join(out, 'feed.ics'), 'utf8');
    const { code, err } = await run(['build', sources, '--out', out]);
    expect(code).toBe(1);
    expect(err).toContain('left as it was');
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'feed.ics'), 'utf8')).toBe(icsBefore);
  });

  it.each([
    [['build'], 2, 'needs a SOURCES.json'],
    [['build', 'x.json'], 2, 'needs --out'],
    [['build', 'nope.json', '--out', 'x'], 1, 'Cannot read nope.json: no such file'],
    [['frobnicate'], 2, "Unknown command 'frobnicate'"],
    [['validate', 'a', '--colour'], 2, 'Unknown option --colour'],
    [['extract', 'a.txt', '--published', '19/03/2021'], 2, '--published must be a date'],
  ])('%j exits %i with one clear line', async (argv, exitCode, message) => {
    const { code, err } = await run(argv as string[], work);
    expect(code).toBe(exitCode);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a sources file with bad entries, naming the paths', async () => {
    const sources = join(work, 'bad-sources.json');
    writeFileSync(sources, JSON.stringify({ title: '', sources: [{ url: 'ftp://x/y.ics' }, { format: 'pdf' }] }));
    const { code, err } = await run(['build', sources, '--out', join(work, 'never')]);
    expect(code).toBe(1);
    for (const path of ['title', 'sources[0].url', 'sources[1].url', 'sources[1].format']) expect(err).toContain(path);
    expect(existsSync(join(work, 'never', 'feed.json'))).toBe(false);
  });
});

describe('inclusio validate', () => {
  it('lists every problem of a feed with its path', async () => {
    const feed = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'model', 'valid-feed.json'), 'utf8'));
    feed.events[0].start = '03/12/2026';
    feed.events[1].location.country = 'France';
    const file = join(work, 'bad-feed.json');
    writeFileSync(file, JSON.stringify(feed));
    const { code, out } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(out).toContain("events[0].start: must be 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' [fatal: this event is skipped]");
    expect(out).toContain('events[1].location.country: must be a two-letter ISO country code, e.g. BE [warning: ignored, the event is kept]');
  });

  it('points at the line of broken JSON', async () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, '{\n  "version": 1,\n  "title": "x",\n  oops\n}');
    const { code, out } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/line 4/);
  });

  it('lists ICS problems with their lines', async () => {
    const { code, out } = await run(['validate', join(root, 'tests', 'fixtures', 'cli', 'broken.ics')]);
    expect(code).toBe(1);
    expect(out).toContain('line 6: DTEND is before DTSTART');
  });
});

describe('inclusio extract', () => {
  it('prints the language, relevance and events of a news post', async () => {
    const { code, out } = await run(['extract', join(root, 'tests', 'fixtures', 'cli', 'news-post.txt'), '--published', '2026-03-04']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.language).toBe('en');
    expect(result.relevant).toBe(true);
    expect(result.events).toHaveLength(1);
    expect(result.events[0].start).toBe('2026-03-18T09:30');
    expect(result.events[0].end).toBe('2026-03-18T12:00');
    expect(result.events[0].registrationDeadline).toBe('2026-03-12');
  });

  it('reads JSON-LD from an HTML page served over HTTP', async () => {
    server.serve('/page.html', readFileSync(join(work, 'sources', 'event-page.html'), 'utf8'), 'text/html; charset=utf-8');
    const { code, out } = await run(['extract', server.url('/page.html')]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.events[0].title).toBe('Willkommensabend für neu Zugewanderte');
    expect(result.events[0].mode).toBe('hybrid');
    expect(result.events[0].location.city).toBe('Wien');
  });
});
