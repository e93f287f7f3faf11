import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detachEvents, shareStrings } from '../../../lib/cli/detach.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const fixture = (): InclusionEvent[] => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'model', 'valid-feed.json'), 'utf8')).events;

describe('detachEvents', () => {
  it('gives equal copies and leaves the events it was given as they were', () => {
    const events = fixture();
    const before = JSON.stringify(events);
    const copies = detachEvents(events, new Map());
    expect(copies).toEqual(events);
    expect(copies[0]).not.toBe(events[0]);
    expect(copies[0]!.relevance).not.toBe(events[0]!.relevance);
    expect(JSON.stringify(events)).toBe(before);
    expect(detachEvents([], new Map())).toEqual([]);
  });

  it('pools the short strings of every event it sees, and only those', () => {
    const pool = new Map<string, string>();
    const events = fixture();
    detachEvents(events, pool);
    shareStrings(fixture(), pool);
    expect(pool.has(events[0]!.id)).toBe(true);
    expect(pool.has(events[0]!.title)).toBe(true);
    expect([...pool.keys()].every((s) => s.length <= 200)).toBe(true);
    const long = { ...events[0]!, description: 'word '.repeat(100) };
    detachEvents([long], pool);
    expect(pool.has(long.description)).toBe(false);
  });

  // Strings cut from a longer one (ids, words a match found) point into it in V8: kept as they
  // are, 20 events keep a partner's whole download. A heap snapshot of a separate process shows
  // whether the long text is still there once only the events are kept. The first case shows
  // that the check sees the text when it is kept; the second, that detached events do not keep it.
  const retains = (detach: boolean): boolean => {
    const script = `
      import { getHeapSnapshot } from 'node:v8';
      import { randomUUID } from 'node:crypto';
      import { detachEvents } from ${JSON.stringify(join(import.meta.dirname, '..', '..', '..', 'lib', 'cli', 'detach.ts'))};
      function read() {
        const text = 'T' + randomUUID() + ' ' + 'BEGIN:VEVENT '.repeat(200_000);
        return [{ id: text.slice(1, 37), title: text.slice(38, 78), source: { format: 'ics', name: text.slice(2, 30) } }];
      }
      // Made in a function of its own: a temporary of the module's body would outlive the await below.
      function kept() {
        return ${detach ? 'detachEvents(read(), new Map())' : 'read()'};
      }
      const events = kept();
      const chunks = [];
      for await (const chunk of getHeapSnapshot()) chunks.push(chunk);
      const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const fields = snapshot.snapshot.meta.node_fields;
      const types = snapshot.snapshot.meta.node_types[0];
      let found = false;
      for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
        const type = types[snapshot.nodes[i + fields.indexOf('type')]];
        const size = snapshot.nodes[i + fields.indexOf('self_size')];
        const name = snapshot.strings[snapshot.nodes[i + fields.indexOf('name')]];
        if (type === 'string' && size > 1_000_000 && name.startsWith('T' + events[0].id)) found = true;
      }
      process.stdout.write(JSON.stringify({ found, kept: events.length }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { found: boolean; kept: number };
    expect(result.kept).toBe(1);
    return result.found;
  };

  it('events as read keep the whole text their strings were cut from', () => expect(retains(false)).toBe(true));
  it('detached events keep none of it', () => expect(retains(true)).toBe(false));
});
