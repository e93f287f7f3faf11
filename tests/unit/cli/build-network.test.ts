/**
 * `inclusio build` against real local servers: validators and 304s, answers that are not the
 * source (an HTML page where a calendar was, an error page), text from feeds that must not
 * drive the terminal or add lines to feed.ics, and an output folder with symlinks in it.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../lib/cli/build.ts';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';
import { DEFAULT_LIMITS as ICS_LIMITS } from '../../../lib/sources/ics-budget.ts';
import { createHttpClient } from '../../../lib/http/client.ts';
import { main, type CliIo } from '../../../lib/cli/main.ts';
import { validateFeed } from '../../../lib/model/validate.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, now: () => NOW };
  const code = await main(argv, io);
  return { code, out, err };
}

function calendar(prefix: string, count: number, extra: string[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//EN'];
  for (let i = 0; i < count; i++) {
    lines.push('BEGIN:VEVENT', `UID:${prefix}-${i}@partner.example`, 'DTSTAMP:20261101T080000Z', `DTSTART:202612${String(i + 1).padStart(2, '0')}T100000Z`,
      `DTEND:202612${String(i + 1).padStart(2, '0')}T120000Z`, `SUMMARY:Job fair for refugees ${prefix} ${i}`, 'END:VEVENT');
  }
  lines.splice(lines.length, 0, ...extra, 'END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** A static-host route: ETag, 304 to a matching If-None-Match, GET/HEAD only. */
function staticRoute(get: () => { body: string; type: string; etag: string }) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const { body, type, etag } = get();
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': type, etag, 'access-control-allow-origin': '*' }).end(body);
  };
}

let work: string;
let server: TestServer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'inclusio-build-net-'));
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const eventsOf = (out: string): Array<{ id: string; title: string; source: { name?: string } }> => JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')).events;

function sourcesFile(name: string, sources: unknown[]): string {
  const path = join(work, `${name}.json`);
  writeFileSync(path, JSON.stringify({ title: name, sources }));
  return path;
}

describe('build: feed.json', () => {
  it('is JSON.stringify(feed, null, 2) to the byte, though it is written a hundred events at a time', async () => {
    const names = ['p', 'q', 'r', 's', 't'];
    for (const name of names) server.route(`/layout/${name}.ics`, staticRoute(() => ({ body: calendar(name, 25), type: 'text/calendar', etag: `"${name}"` })));
    const sources = sourcesFile('layout', names.map((name) => ({ url: server.url(`/layout/${name}.ics`), name: `Partner ${name}` })));
    const out = join(work, 'out-layout');
    expect((await run(['build', sources, '--out', out], work)).code).toBe(0);
    const text = readFileSync(join(out, 'feed.json'), 'utf8');
    const feed = JSON.parse(text) as { events: unknown[] };
    expect(feed.events).toHaveLength(125);
    expect(text).toBe(`${JSON.stringify(feed, null, 2)}\n`);
  });
});

describe('build: unchanged sources', () => {
  it('sends the ETag it kept, takes a 304 source from the state, and says so', async () => {
    const ics = { body: calendar('a', 3), type: 'text/calendar', etag: '"a1"' };
    server.route('/etag/a.ics', staticRoute(() => ics));
    server.route('/etag/b.ics', staticRoute(() => ({ body: calendar('b', 2), type: 'text/calendar', etag: '"b1"' })));
    const sources = sourcesFile('etag', [{ url: server.url('/etag/a.ics'), name: 'A' }, { url: server.url('/etag/b.ics'), name: 'B' }]);
    const out = join(work, 'out-etag');
    expect((await run(['build', sources, '--out', out], work)).code).toBe(0);
    const first = eventsOf(out);
    expect(first).toHaveLength(5);
    const feedText = readFileSync(join(out, 'feed.json'), 'utf8');

    const before = server.requests.length;
    const again = await run(['build', sources, '--out', out], work);
    expect(again.code).toBe(0);
    const asked = server.requests.slice(before).filter((r) => r.path.startsWith('/etag/'));
    expect(asked.map((r) => r.headers['if-none-match']).sort()).toEqual(['"a1"', '"b1"']);
    // Nothing changed: the files are left as they were (their own ETags stay, for the widgets).
    expect(again.err).toContain('Nothing changed since the last build');
    expect(again.err).toContain('(5 events)');
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toBe(feedText);
    expect(eventsOf(out)).toEqual(first);

    // A changed calendar is read again, and its new validator kept.
    ics.body = calendar('a', 4);
    ics.etag = '"a2"';
    const third = await run(['build', sources, '--out', out], work);
    expect(third.err).toContain('1 of 2 sources unchanged');
    expect(eventsOf(out)).toHaveLength(6);
    const state = JSON.parse(readFileSync(join(out, 'build-state.json'), 'utf8'));
    expect(state.sources[server.url('/etag/a.ics')].validators).toEqual({ etag: '"a2"' });

    // A renamed source (its events carry the name) is read again even when its server says 304.
    const renamed = sourcesFile('etag', [{ url: server.url('/etag/a.ics'), name: 'A renamed' }, { url: server.url('/etag/b.ics'), name: 'B' }]);
    const fourth = await run(['build', renamed, '--out', out], work);
    expect(fourth.code).toBe(0);
    expect(fourth.err).toContain('1 of 2 sources unchanged');
    expect(eventsOf(out).filter((e) => e.source.name === 'A renamed')).toHaveLength(4);
  });
});

describe('build: answers that are not the source count as failures', () => {
  it.each([
    ['a login page where a calendar was', '/bad/cal.ics', 'text/html', '<!DOCTYPE html><html><head><title>Log in</title></head><body><form>…</form></body></html>', /HTML page \("Log in"\) where a calendar was expected/],
    ['an HTML page served as text/calendar', '/bad/cal2.ics', 'text/calendar', '<html><body>Maintenance</body></html>', /HTML page .* where a calendar was expected/],
    ['a "not found" page with status 200 where a feed was', '/bad/feed.json', 'text/html', '<!doctype html><title>Page not found</title><p>Sorry', /where a feed was expected/],
  ])('%s', async (_name, path, type, page, message) => {
    let broken = false;
    const good = path.endsWith('.json')
      ? JSON.stringify({ version: 1, title: 'F', updated: '2026-11-01T00:00:00Z', events: JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'model', 'valid-feed.json'), 'utf8')).events })
      : calendar('p', 3);
    server.route(path, (_req, res) => {
      if (broken) res.writeHead(200, { 'content-type': type }).end(page);
      else res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/calendar' }).end(good);
    });
    const sources = sourcesFile(`bad${path.replace(/\W/g, '-')}`, [{ url: server.url(path), name: 'Partner' }]);
    const out = join(work, `out${path.replace(/\W/g, '-')}`);
    expect((await run(['build', sources, '--out', out], work)).code).toBe(0);
    const before = eventsOf(out).map((e) => e.id);
    expect(before.length).toBeGreaterThan(0);
    broken = true;
    const { code, err } = await run(['build', sources, '--out', out], work);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).toContain(`kept ${before.length} earlier events`);
    expect(eventsOf(out).map((e) => e.id)).toEqual(before);
  });

  it('a page that gave events and now gives none from an error page', async () => {
    let page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'demo', 'sources', 'event-page.html'), 'utf8').replaceAll('{{', '').replaceAll('}}', '');
    page = page.replace(/"startDate":\s*"[^"]*"/, '"startDate": "2026-12-12T18:00"').replace(/"endDate":\s*"[^"]*"/, '"endDate": "2026-12-12T21:00"');
    let current = page;
    server.route('/pages/welcome', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current));
    const sources = sourcesFile('page', [{ url: server.url('/pages/welcome'), name: 'Hub' }]);
    const out = join(work, 'out-page');
    expect((await run(['build', sources, '--out', out], work)).code).toBe(0);
    const before = eventsOf(out).length;
    expect(before).toBeGreaterThan(0);
    current = '<!doctype html><html><head><title>Erreur 404 - page introuvable</title></head><body><h1>Oups</h1></body></html>';
    const { code, err } = await run(['build', sources, '--out', out], work);
    expect(code).toBe(1);
    expect(err).toContain('no events from what looks like an error page');
    expect(eventsOf(out)).toHaveLength(before);
    // while a calendar that was emptied on purpose is just empty
    server.route('/empty.ics', (_req, res) => void res.writeHead(200, { 'content-type': 'text/calendar' }).end(calendar('e', 0)));
    const emptied = sourcesFile('emptied', [{ url: server.url('/empty.ics'), name: 'E' }, { url: server.url('/pages/welcome'), name: 'Hub' }]);
    expect((await run(['build', emptied, '--out', join(work, 'out-emptied')], work)).err).not.toContain('/empty.ics');
  });
});

describe('build: hostile text stays text', () => {
  const PAYLOAD = 'ATTACH:https://evil.example/x\\nBEGIN:VALARM\\nACTION:DISPLAY\\nDESCRIPTION:URGENT: residence permits\\nTRIGGER:-PT5M\\nEND:VALARM\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:fake\\nDTSTART:20261201T100000Z\\nSUMMARY:URGENT: residence permits';

  it('escaped line breaks in a partner UID or a feed id add nothing to feed.ics, topics or the terminal', async () => {
    const ics = calendar('i', 2, [
      'BEGIN:VEVENT', `UID:x${PAYLOAD}`, 'DTSTAMP:20261101T080000Z', 'DTSTART:20261210T100000Z', 'SUMMARY:Job fair\\, refugees \u001b[2J\u0007\u0000ok', 'END:VEVENT',
    ]);
    server.serve('/inject/cal.ics', ics, 'text/calendar');
    const feedEvent = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'model', 'valid-feed.json'), 'utf8')).events[0];
    feedEvent.id = 'y\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM';
    feedEvent.title = 'Workshop\u001b]0;owned\u0007 for newcomers';
    server.serve('/inject/feed.json', JSON.stringify({ version: 1, title: 'F', updated: '2026-11-01T00:00:00Z', events: [feedEvent] }), 'application/json');
    const sources = sourcesFile('inject', [{ url: server.url('/inject/cal.ics'), name: 'Partner \u001b[31mred\u0007' }, { url: server.url('/inject/feed.json'), name: 'Feed' }]);
    const out = join(work, 'out-inject');
    const { code, err } = await run(['build', sources, '--out', out], work);
    expect(code).toBe(0);
    expect(err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    expect(validateFeed(feed)).toEqual([]);
    expect(JSON.stringify(feed)).not.toMatch(/\\u00[01][0-9a-f]|\\r|\\u001b/);
    for (const file of ['feed.ics', ...readdirSync(join(out, 'topics')).map((t) => `topics/${t}`)]) {
      const text = readFileSync(join(out, file), 'utf8');
      const lines = text.split('\r\n');
      for (const bad of ['BEGIN:VALARM', 'ATTACH', 'TRIGGER', 'UID:fake', 'SUMMARY:URGENT']) expect(lines.some((l) => l.startsWith(bad)), `${file}: ${bad}`).toBe(false);
      expect(lintIcs(text), file).toEqual([]);
      if (file === 'feed.ics') {
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(feed.events.length);
        expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(feed.events.length);
      }
    }
    expect((await run(['validate', join(out, 'feed.ics')], work)).code).toBe(0);
  });

  it('a topics symlink in the output folder is replaced; nothing outside is written or deleted', async () => {
    server.serve('/link/cal.ics', calendar('l', 2), 'text/calendar');
    const sources = sourcesFile('link', [{ url: server.url('/link/cal.ics'), name: 'L' }]);
    const out = join(work, 'out-link');
    const outside = join(work, 'outside');
    mkdirSync(out);
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.txt'), 'mine');
    writeFileSync(join(outside, 'labour.ics'), 'theirs');
    symlinkSync(outside, join(out, 'topics'));
    expect((await run(['build', sources, '--out', out], work)).code).toBe(0);
    expect(readdirSync(outside).sort()).toEqual(['labour.ics', 'precious.txt']);
    expect(readFileSync(join(outside, 'labour.ics'), 'utf8')).toBe('theirs');
    expect(readdirSync(join(out, 'topics')).length).toBeGreaterThan(0);
  });
});

describe('build: hostile inputs end quickly, with a result or one line', () => {
  const big = 'Information for newcomers. '.repeat(200_000); // 5.4 MB
  const cases: Array<[string, string, string]> = [
    ['a 5 MB description', 'text/calendar', calendar('d', 1, ['BEGIN:VEVENT', 'UID:big', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261205T100000Z', 'SUMMARY:Big', `DESCRIPTION:${big}`, 'END:VEVENT'])],
    ['binary junk', 'application/octet-stream', String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 256))],
    ['NUL bytes as a calendar', 'text/calendar', '\u0000'.repeat(100_000)],
    ['broken JSON', 'application/json', `{"version":1,"events":[${'{"id":"a",'.repeat(20_000)}`],
    ['10,000 properties in one event', 'text/calendar', calendar('p', 1, ['BEGIN:VEVENT', 'UID:many', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261205T100000Z', ...Array.from({ length: 10_000 }, (_, i) => `X-JUNK-${i}:${'z'.repeat(20)}`), 'END:VEVENT'])],
    ['an unterminated calendar', 'text/calendar', `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\n'.repeat(5_000)}`],
    ['ESC sequences as a name and title', 'text/calendar', calendar('\u001b[2J', 2).replaceAll('Job fair', '\u001b]0;x\u0007Job fair')],
    // The recurrence and time-zone cases, whole (each cost seconds to minutes before the budgets).
    ['100 events repeating every second since 1970', 'text/calendar', calendar('s', 1, Array.from({ length: 100 }, (_, i) => ['BEGIN:VEVENT', `UID:sec${i}`, 'DTSTAMP:20261101T080000Z', 'DTSTART:19700101T000000Z', 'RRULE:FREQ=SECONDLY', `SUMMARY:Tick ${i}`, 'END:VEVENT']).flat())],
    ['2,000 RRULE lines in one event', 'text/calendar', calendar('r', 1, ['BEGIN:VEVENT', 'UID:rules', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261201T100000Z', 'SUMMARY:Rules', ...Array.from({ length: 2000 }, (_, i) => `RRULE:FREQ=SECONDLY;BYSECOND=${i % 60};BYMINUTE=${i % 60}`), 'END:VEVENT'])],
    ['a VTIMEZONE whose rules repeat every second', 'text/calendar', calendar('z', 1, ['BEGIN:VTIMEZONE', 'TZID:Hostile Zone', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'RRULE:FREQ=SECONDLY', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'RRULE:FREQ=SECONDLY', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:zoned', 'DTSTAMP:20261101T080000Z', 'DTSTART;TZID=Hostile Zone:20261201T100000', 'SUMMARY:Zoned', 'END:VEVENT'])],
    ['10,000 identical VEVENTs without UID', 'text/calendar', calendar('u', 1, Array.from({ length: 10_000 }, () => ['BEGIN:VEVENT', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261201T100000Z', 'SUMMARY:Same', 'DESCRIPTION:Same text', 'END:VEVENT']).flat())],
    ['200,000 EXDATE values on one line', 'text/calendar', calendar('x', 1, ['BEGIN:VEVENT', 'UID:weekly', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261201T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=10', 'SUMMARY:Weekly', `EXDATE:${Array.from({ length: 200_000 }, (_, i) => `2026${String((i % 12) + 1).padStart(2, '0')}01T100000Z`).join(',')}`, 'END:VEVENT'])],
  ];
  it.each(cases)('%s', async (name, type, body) => {
    const path = `/hostile/${name.replace(/\W/g, '-')}`;
    server.serve(path, body, type);
    const sources = sourcesFile(`hostile-${name.replace(/\W/g, '-')}`, [{ url: server.url(path), name: 'H\u001b[31m', format: type.includes('json') ? 'json' : 'ics' }]);
    const cpu = process.cpuUsage();
    const { code, err } = await run(['build', sources, '--out', join(work, `out-hostile-${name.replace(/\W/g, '-')}`)], work);
    const used = process.cpuUsage(cpu);
    // The reader's own time budget bounds each source (checked on its clock, whatever the
    // machine's speed); the costliest case spends its step budget first, in 1-3.5 s of CPU.
    expect((used.user + used.system) / 1000, 'ms of CPU').toBeLessThan(ICS_LIMITS.ms + 1_000);
    expect(process.memoryUsage().rss / 1e6, 'MB resident').toBeLessThan(400);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    if (code === 0) {
      const feed = JSON.parse(readFileSync(join(work, `out-hostile-${name.replace(/\W/g, '-')}`, 'feed.json'), 'utf8'));
      expect(validateFeed(feed)).toEqual([]);
      for (const e of feed.events) expect((e.description ?? '').length).toBeLessThanOrEqual(5000);
    } else {
      expect(code).toBe(1);
      expect(err).toMatch(/failed: .+/);
    }
  });
});

describe('build: a calendar that never ends reading costs one source, not the build', () => {
  it('stops a reader past its time budget, keeps the other sources and reads the next calendar normally', async () => {
    // Recurrences every second since 1970 with no end: without bounds, minutes of work.
    const endless = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x'];
    for (let i = 0; i < 100; i++) endless.push('BEGIN:VEVENT', `UID:s${i}`, 'DTSTAMP:20261101T080000Z', 'DTSTART:19700101T000000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:x', 'END:VEVENT');
    endless.push('END:VCALENDAR');
    writeFileSync(join(work, 'endless.ics'), endless.join('\r\n'));
    writeFileSync(join(work, 'fine.ics'), calendar('f', 3));
    writeFileSync(join(work, 'fine2.ics'), calendar('g', 2));
    const sources = sourcesFile('budget', [{ url: 'endless.ics', name: 'Endless' }, { url: 'fine.ics', name: 'Fine' }, { url: 'fine2.ics', name: 'Fine too' }]);
    const lines: string[] = [];
    const cpu = process.cpuUsage();
    const report = await buildFeed({ sourcesPath: sources, cwd: work, outDir: join(work, 'out-budget'), client: createHttpClient(), now: NOW, log: (l) => lines.push(l), readBudgetMs: 500, limits: { overall: 1, perHost: 1 } });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    expect(report.failed).toEqual([{ source: 'Endless', reason: 'took more than 0.5 s to read; stopped', kept: 0 }]);
    expect(report.events).toBe(5);
    expect(lines.join('\n')).toContain('Fine too: 2 events (ics)');
  });
});

describe('build: progress stays readable', () => {
  it('shows the first 10 warnings of a source and counts the rest', async () => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:x'];
    for (let i = 0; i < 30; i++) lines.push('BEGIN:VEVENT', `UID:w${i}`, 'DTSTAMP:20261101T080000Z', 'DTSTART:not-a-date', `SUMMARY:Broken ${i}`, 'END:VEVENT');
    lines.push('BEGIN:VEVENT', 'UID:ok', 'DTSTAMP:20261101T080000Z', 'DTSTART:20261201T100000Z', 'SUMMARY:Fine', 'END:VEVENT', 'END:VCALENDAR');
    writeFileSync(join(work, 'warn.ics'), lines.join('\r\n'));
    const { code, err } = await run(['build', sourcesFile('warn', [{ url: 'warn.ics', name: 'Noisy' }]), '--out', join(work, 'out-warn')], work);
    expect(code).toBe(0);
    const warnings = err.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings).toHaveLength(10);
    expect(err).toMatch(/Noisy: … and 20 more warnings/);
  });
});

describe('extract --url', () => {
  it('is listed in --help', async () => {
    expect((await run(['--help'], work)).out).toMatch(/--url URL/);
  });
  it('resolves links against it and is the link of events without their own', async () => {
    const page = join(work, 'post.txt');
    writeFileSync(page, 'Job fair for refugees and migrants on 18 March 2026, 09:30-12:00, at the Town Hall, Brussels. Registration needed.');
    const { code, out } = await run(['extract', page, '--published', '2026-03-04', '--url', 'https://partner.example/news/job-fair'], work);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.events.length).toBeGreaterThan(0);
    for (const e of result.events) expect(e.url).toBe('https://partner.example/news/job-fair');
  });
  it('refuses an address that is not http(s)', async () => {
    const { code, err } = await run(['extract', 'x.txt', '--url', 'javascript:alert(1)'], work);
    expect(code).toBe(2);
    expect(err).toContain('--url must be an http(s) address');
  });
});
