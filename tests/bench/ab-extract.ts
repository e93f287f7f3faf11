// Extraction speed of several checkouts of this project side by side, in one process: each 5 KB page of the bench
// is read by every checkout in turn (the order rotating), and each one's thread CPU time is summed. On a shared,
// loaded machine this compares far more steadily than separate runs; a checkout compared with a copy of itself
// shows the noise (about 1-2% at load 15).
// Run: node_modules/.bin/node tests/bench/ab-extract.ts SECONDS ROOT_A ROOT_B [ROOT_C ...]  (ratios are to ROOT_A)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const seconds = Number(process.argv[2]);
const roots = process.argv.slice(3);
const fns = [] as Array<(t: string, o: object) => unknown>;
for (const r of roots) fns.push((await import(join(r, 'lib/extract/index.ts'))).extractEvents);
const dir = join(roots[0]!, 'tests/fixtures/pages');
const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
const pages: string[] = [];
for (let at = 0; at + 5000 <= corpus.length; at += 5000) pages.push(corpus.slice(at, at + 5000));
const now = new Date('2026-11-22T12:00:00Z');
const opts = { now, published: '2022-01-01' };
for (let i = 0; i < 15; i++) for (const f of fns) for (const p of pages) f(p, opts);
const tot = fns.map(() => 0); const per = fns.map(() => [] as number[]);
const t0 = performance.now(); let rounds = 0;
while (performance.now() - t0 < seconds * 1000) {
  rounds++;
  const sums = fns.map(() => 0);
  for (const [pi, p] of pages.entries()) {
    for (let j = 0; j < fns.length; j++) {
      const k = (j + pi + rounds) % fns.length;
      const c = process.threadCpuUsage(); fns[k]!(p, opts); const u = process.threadCpuUsage(c);
      sums[k]! += u.user + u.system;
    }
  }
  sums.forEach((s, k) => { tot[k]! += s; per[k]!.push(s); });
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
console.log('rounds', rounds);
roots.forEach((r, k) => { const ratios = per[k]!.map((t, i) => t / per[0]![i]!); console.log(r.padEnd(22), 'mean', (tot[k]! / rounds / pages.length / 1000).toFixed(3), 'ms/page  total ratio', (tot[k]! / tot[0]!).toFixed(3), ' median round ratio', med(ratios).toFixed(3)); });
