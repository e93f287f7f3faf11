#!/usr/bin/env node
// Helper (places work): tune pages only. Runs `inclusio extract` in-process, matches events as
// score.mjs does, prints per-round totals and (with --verbose) label vs output location/mode.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');
const verbose = args.includes('--verbose');
const onlyBad = args.includes('--bad');
const { main } = await import(pathToFileURL(join(root, 'lib', 'cli', 'main.ts')).href);
const labels = JSON.parse(readFileSync('tests/devset/labels.json', 'utf8')).filter((d) => d.split === 'tune');
const fold = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const day = (s) => String(s ?? '').slice(0, 10);
const time = (s) => (String(s ?? '').length > 10 ? String(s).slice(11, 16) : null);
const locText = (l) => (l == null ? '' : typeof l === 'string' ? l : [l.name, l.address, l.city, l.country].filter(Boolean).join(' '));
const tokens = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 4);
const rounds = {};
const tot = { tp: 0, fp: 0, fn: 0, loc: [0, 0], mode: [0, 0], time: [0, 0], end: [0, 0] };
for (const doc of labels) {
  const file = join('tests/devset/pages', doc.file);
  if (!existsSync(file)) continue;
  const a = ['extract', file];
  if (doc.published) a.push('--published', doc.published);
  if (doc.source_url) a.push('--url', doc.source_url);
  let stdout = '';
  await main(a, { out: (t) => void (stdout += t), err: () => {}, cwd: process.cwd(), now: () => new Date() });
  const out = JSON.parse(stdout);
  const r = (rounds[doc.round] ??= { tp: 0, fp: 0, fn: 0, loc: [0, 0], mode: [0, 0] });
  const free = out.events.map((p) => ({ p, used: false }));
  for (const g of doc.events) {
    const m = free.find((f) => !f.used && day(f.p.start) === day(g.start));
    if (!m) { r.fn++; tot.fn++; continue; }
    m.used = true; r.tp++; tot.tp++;
    if (time(g.start)) { tot.time[1]++; if (time(m.p.start) === time(g.start)) tot.time[0]++; }
    if (g.end && (day(g.end) !== day(g.start) || time(g.end))) { tot.end[1]++; if (day(m.p.end) === day(g.end) && (!time(g.end) || time(m.p.end) === time(g.end))) tot.end[0]++; }
    if (g.mode) { const ok = m.p.mode === g.mode; r.mode[1]++; tot.mode[1]++; if (ok) { r.mode[0]++; tot.mode[0]++; }
      if (verbose && !ok) console.log(`MODE ${doc.file} ${g.start}: label ${g.mode} | out ${m.p.mode}`); }
    if (g.location && g.mode !== 'online') {
      const gt = new Set(tokens(g.location)); const ok = tokens(locText(m.p.location)).some((t) => gt.has(t));
      r.loc[1]++; tot.loc[1]++; if (ok) { r.loc[0]++; tot.loc[0]++; }
      if (verbose && (!ok || !onlyBad)) console.log(`${ok ? 'ok ' : 'BAD'} ${doc.file} ${g.start}: label «${g.location}» | out «${locText(m.p.location)}» (${m.p.mode})`);
    } else if (verbose && !onlyBad && !g.location && m.p.location) console.log(`NUL ${doc.file} ${g.start}: label null | out «${locText(m.p.location)}»`);
  }
  const ex = free.filter((f) => !f.used).length; r.fp += ex; tot.fp += ex;
  if (verbose) console.log(`PAGE ${doc.file} extra ${free.filter((f) => !f.used).map((f) => f.p.start).join(',')} got ${out.events.map((e) => `${e.start}~${e.end ?? ''}`).join(',')}`);
}
const f1 = (x) => { const P = x.tp / Math.max(1, x.tp + x.fp), R = x.tp / Math.max(1, x.tp + x.fn); return (2 * P * R / Math.max(1e-9, P + R)).toFixed(3); };
console.log('round tp/fp/fn loc mode');
for (const [k, r] of Object.entries(rounds)) console.log(`${k} ${r.tp}/${r.fp}/${r.fn} loc ${r.loc[0]}/${r.loc[1]} mode ${r.mode[0]}/${r.mode[1]}`);
console.log(`TOTAL F1 ${f1(tot)} ${tot.tp}/${tot.fp}/${tot.fn} loc ${tot.loc[0]}/${tot.loc[1]} mode ${tot.mode[0]}/${tot.mode[1]} time ${tot.time[0]}/${tot.time[1]} end ${tot.end[0]}/${tot.end[1]}`);
