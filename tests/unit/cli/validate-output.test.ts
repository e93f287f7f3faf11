/**
 * `inclusio validate` on what `build` publishes: feed.json against the feed.ics beside it, and
 * a long list of problems kept short. Plus: the CLI's own readers stay linear on hostile text.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsToIcs } from '../../../lib/calendar/ics.ts';
import { lintIcs } from '../../../lib/cli/ics-lint.ts';
import { main, type CliIo } from '../../../lib/cli/main.ts';
import { suspectAnswer } from '../../../lib/cli/suspect-answer.ts';
import { forTerminal } from '../../../lib/cli/terminal.ts';
import { sanitizeEvent } from '../../../lib/model/sanitize.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const NOW = new Date('2026-11-22T09:00:00Z');
async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, now: () => NOW };
  return { code: await main(argv, io), out, err };
}

let work: string;
beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'inclusio-validate-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('validate feed.json with its feed.ics', () => {
  const feed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'model', 'valid-feed.json'), 'utf8'));
  feed.icsUrl = 'feed.ics';
  const ics = eventsToIcs(feed.events as InclusionEvent[], { name: 'N', now: NOW });

  it('is valid when both hold the same events', async () => {
    writeFileSync(join(work, 'feed.json'), JSON.stringify(feed));
    writeFileSync(join(work, 'feed.ics'), ics);
    expect((await run(['validate', 'feed.json'], work)).code).toBe(0);
    expect((await run(['validate', 'feed.ics'], work)).code).toBe(0);
  });

  it('flags a feed.ics with an added VEVENT, from either side', async () => {
    const injected = ics.replace('END:VEVENT\r\n', 'END:VEVENT\r\nBEGIN:VEVENT\r\nUID:fake\r\nDTSTAMP:20261122T090000Z\r\nDTSTART:20261201T100000Z\r\nSUMMARY:URGENT\r\nEND:VEVENT\r\n');
    writeFileSync(join(work, 'feed.json'), JSON.stringify(feed));
    writeFileSync(join(work, 'feed.ics'), injected);
    const fromJson = await run(['validate', 'feed.json'], work);
    expect(fromJson.code).toBe(1);
    expect(fromJson.out).toContain(`icsUrl: feed.ics has ${feed.events.length + 1} VEVENTs for the ${feed.events.length} events of this feed`);
    const fromIcs = await run(['validate', 'feed.ics'], work);
    expect(fromIcs.code).toBe(1);
    expect(fromIcs.out).toContain(`says it has ${feed.events.length} events but holds ${feed.events.length + 1} VEVENTs`);
  });

  it('lists at most 200 problems and says how many more', async () => {
    writeFileSync(join(work, 'junk.ics'), `BEGIN:VCALENDAR\r\n${'junk line\r\n'.repeat(1000)}END:VCALENDAR\r\n`);
    const { code, out } = await run(['validate', 'junk.ics'], work);
    expect(code).toBe(1);
    expect(out.split('\n').filter(Boolean)).toHaveLength(201);
    expect(out).toMatch(/… and \d+ more/);
  });
});

/** Fastest time of `f` over a few runs, in ms: the least disturbed by other work on the machine. */
function time(f: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return Math.min(...runs);
}

describe('the CLI readers are linear (time at 2n <= 3x time at n)', () => {
  const readers: Array<[string, (s: string) => unknown]> = [
    ['lintIcs', (s) => lintIcs(s)],
    ['suspectAnswer', (s) => suspectAnswer(s, 'html', 5, 0)],
    ['forTerminal', (s) => forTerminal(s)],
    ['sanitizeEvent', (s) => sanitizeEvent({ id: s, title: s, description: s, location: { name: s } } as InclusionEvent)],
  ];
  it.each(readers)('%s', (_name, read) => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\s\S]{1,12}$/).chain((unit) => fc.constant(unit)),
        fc.constantFrom('BEGIN:VEVENT\r\n', ';X=', '<title>', '<!--', ' \t', '\u001b[', 'X;A="', '\r\n '),
        (unit, hostile) => {
          const piece = `${hostile}${unit}`;
          const n = Math.ceil(40_000 / piece.length);
          const small = piece.repeat(n);
          const large = piece.repeat(2 * n);
          const a = time(() => read(small));
          const b = time(() => read(large));
          // Below some ms, timer and GC noise dominate: only larger times are compared.
          expect(b <= 3 * a || b < 25, `${JSON.stringify(piece)}: ${a.toFixed(2)} ms at n, ${b.toFixed(2)} ms at 2n`).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});
