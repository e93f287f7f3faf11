// The fields a matched event gets wrong on the tune part (time, end, mode, location), matched one to one by day as
// ../shared/eval/score.mjs matches and judged as it judges: to read which forms of times, ends and places are missed.
// Tune pages only (never a heldout page). Usage: node_modules/.bin/node scripts/devset-fields.mjs [--field time|end|mode|location] [--round N]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extractEvents } = await import(join(root, 'lib', 'extract', 'index.ts'));
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const only = opt('--field');
const round = opt('--round');
const labels = JSON.parse(readFileSync(join(root, 'tests/devset/labels.json'), 'utf8'));
const now = new Date('2026-06-15T12:00:00Z');
const day = (s) => String(s ?? '').slice(0, 10);
const time = (s) => (String(s ?? '').length > 10 ? String(s).slice(11, 16) : null);
const tokens = (s) => String(s ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((t) => t.length > 2);
const locText = (l) => (typeof l === 'string' ? l : l ? [l.name, l.address, l.city].filter(Boolean).join(' ') : '');
const counts = {};
for (const label of labels) {
  if (label.split !== 'tune' || (round && String(label.round) !== round)) continue;
  const file = join(root, 'tests/devset/pages', label.file);
  if (!existsSync(file)) continue;
  const out = extractEvents(readFileSync(file, 'utf8'), { format: 'text', now, ...(label.published ? { published: label.published } : {}), ...(label.source_url ? { url: label.source_url } : {}) });
  const free = out.events.map((p) => ({ p, used: false }));
  for (const g of label.events) {
    const m = free.find((f) => !f.used && day(f.p.start) === day(g.start));
    if (!m) continue;
    m.used = true;
    const p = m.p;
    const wrong = [];
    if (time(g.start) && time(p.start) !== time(g.start)) wrong.push(['time', `${time(p.start) ?? '-'} for ${time(g.start)}`]);
    if (g.end && (day(g.end) !== day(g.start) || time(g.end)) && !(day(p.end) === day(g.end) && (!time(g.end) || time(p.end) === time(g.end)))) wrong.push(['end', `${p.end ?? '-'} for ${g.end}`]);
    if (g.mode && p.mode !== g.mode) wrong.push(['mode', `${p.mode} for ${g.mode}`]);
    if (g.location && g.mode !== 'online' && !tokens(locText(p.location)).some((t) => new Set(tokens(g.location)).has(t))) wrong.push(['location', `${JSON.stringify(locText(p.location))} for ${JSON.stringify(g.location)}`]);
    for (const [field, what] of wrong) {
      counts[field] = (counts[field] ?? 0) + 1;
      if (!only || only === field) console.log(`${label.file} ${g.start} ${field}: ${what}`);
    }
  }
}
console.log('tune fields wrong on matched events:', counts);
