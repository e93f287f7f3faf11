// Free-text extraction speed: ms per 5 KB and per 100 KB page, next to chrono-node's own
// parse (en-GB, the same text) in the same run. Run: node_modules/.bin/node tests/bench/extract.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extractEvents } from '../../lib/extract/index.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'pages');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n\n');

/**
 * Real page text (our labelled fixtures, repeated as needed) cut into consecutive pages of
 * about `bytes` bytes: every 5 KB window of the fixtures, not one lucky one, so the figure is
 * a typical page's.
 */
function pagesOf(bytes: number): string[] {
  let text = corpus;
  while (text.length < bytes) text += `\n\n${corpus}`;
  const pages: string[] = [];
  for (let at = 0; at + bytes <= text.length; at += bytes) pages.push(text.slice(at, at + bytes));
  return pages;
}

/**
 * The best of several rounds of about `roundMs` each: the machine is shared (other test
 * runs), and the fastest round is the one least disturbed by them. Same rule for both sides.
 */
function msPerRun(fn: () => unknown, rounds = 8, roundMs = 100): number {
  for (let i = 0; i < 30; i++) fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let runs = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < roundMs) {
      fn();
      runs++;
    }
    best = Math.min(best, (performance.now() - t0) / runs);
  }
  return best;
}

const now = new Date('2026-11-22T12:00:00Z');
const results: Record<string, number> = {};
for (const [name, bytes, target] of [
  ['5 KB page', 5_000, 3],
  ['100 KB page', 100_000, 60],
] as const) {
  const pages = pagesOf(bytes);
  const ours = msPerRun(() => pages.forEach((text) => extractEvents(text, { now, published: '2022-01-01' }))) / pages.length;
  const reference = msPerRun(() => pages.forEach((text) => chrono.en.GB.parse(text, now))) / pages.length;
  results[name] = ours;
  console.log(`extract ${name}: ours ${ours.toFixed(2)} ms, reference ${reference.toFixed(2)} ms, ratio ${(ours / reference).toFixed(2)} (target <= ${target} ms for ours)`);
}
const perKbSmall = results['5 KB page']! / 5;
const perKbLarge = results['100 KB page']! / 100;
console.log(`extract linearity (ms per KB): ours at 100 KB ${perKbLarge.toFixed(3)} ms, reference (ours at 5 KB) ${perKbSmall.toFixed(3)} ms, ratio ${(perKbLarge / perKbSmall).toFixed(2)} (target <= 1.5)`);
