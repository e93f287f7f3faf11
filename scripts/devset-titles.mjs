#!/usr/bin/env node
// How well the extractor names events on the development set (issue 12): score.mjs matches
// events by their start day and never looks at titles, yet a title is what a person saving an
// event sees first. For every labelled event the extractor found (same start day, one to one, as
// score.mjs matches), the title's words are compared with the label's: word F1 over folded words
// of three letters or more; a title counts as right at F1 >= 0.5.
//
//   node_modules/.bin/node scripts/devset-titles.mjs [--split tune|heldout] [--verbose] [--unseen R1,R2] [--round N] [--per-round]
//
// --per-round adds one line per round (titles right of matched events), to see that a change helps
// on most rounds and costs none. --verbose lists the wrong titles of tune pages only: heldout pages are scored, never shown;
// nor are the pages of rounds named by --unseen (a round kept unseen as a validation set).
// Without the page texts (tests/devset/pages, git-ignored) it says so and exits 0.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEvents } from '../lib/extract/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = option('--split') ?? 'tune';
const verbose = args.includes('--verbose') && split === 'tune';
const unseen = new Set((option('--unseen') ?? '').split(',').filter(Boolean));
const round = option('--round');
const labels = JSON.parse(readFileSync(join(root, 'tests', 'devset', 'labels.json'), 'utf8'));
const pagesDir = join(root, 'tests', 'devset', 'pages');
const pages = labels.filter((l) => l.split === split && (!round || String(l.round) === round) && existsSync(join(pagesDir, l.file)));
if (pages.length === 0) {
  console.log(`devset-titles: no ${split} page texts in tests/devset/pages (see tests/devset/README.md); nothing scored`);
  process.exit(0);
}

const fold = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
/** Word F1 of a title against the label's, each word counted once. */
function wordF1(predicted, wanted) {
  const p = new Set(words(predicted)), w = new Set(words(wanted));
  if (p.size === 0 || w.size === 0) return 0;
  let common = 0;
  for (const x of p) if (w.has(x)) common++;
  return common === 0 ? 0 : (2 * common) / (p.size + w.size);
}

// A fixed clock: the pages are old, and the score must not move with the day it runs.
const now = new Date('2026-06-15T12:00:00Z');
const byLanguage = new Map();
const byRound = new Map();
let matched = 0, right = 0, sum = 0;
for (const label of pages) {
  const text = readFileSync(join(pagesDir, label.file), 'utf8');
  const out = extractEvents(text, { format: 'text', now, ...(label.published ? { published: label.published } : {}), ...(label.source_url ? { url: label.source_url } : {}) });
  const free = out.events.map((e) => ({ e, used: false }));
  for (const want of label.events) {
    const hit = free.find((f) => !f.used && f.e.start.slice(0, 10) === want.start.slice(0, 10));
    if (!hit) continue;
    hit.used = true;
    const f1 = wordF1(hit.e.title, want.title);
    matched++;
    sum += f1;
    const lang = byLanguage.get(label.language) ?? { matched: 0, right: 0 };
    const rnd = byRound.get(label.round) ?? { matched: 0, right: 0 };
    byRound.set(label.round, rnd);
    lang.matched++;
    rnd.matched++;
    if (f1 >= 0.5) {
      right++;
      lang.right++;
      rnd.right++;
    } else if (verbose && !unseen.has(String(label.round))) console.log(`${label.file} ${want.start.slice(0, 10)}: got "${hit.e.title}" | label "${want.title}"`);
    byLanguage.set(label.language, lang);
  }
}
const share = (a, b) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`titles (${split}, ${pages.length} pages): ${matched} matched events, right ${share(right, matched)}, mean word F1 ${share(sum, matched)}; ${[...byLanguage].sort().map(([l, v]) => `${l} ${share(v.right, v.matched)} of ${v.matched}`).join(', ')}`);
if (args.includes('--per-round')) for (const [r, v] of [...byRound].sort((a, b) => a[0] - b[0])) console.log(`  round ${r}: ${v.right} of ${v.matched} right (${share(v.right, v.matched)})`);
