// Where the extractor loses each labelled event it misses, and what the events it reads but nobody labelled are
// (tests/devset/README.md): counts by pipeline stage or kind, per split,
// matched one to one by day as ../shared/eval/score.mjs matches. The heldout split prints counts only, never a page.
// Usage: node_modules/.bin/node scripts/devset-stages.mjs [--split tune|heldout] [--round N] [--verbose (tune only)]
//        [--unseen R1,R2: rounds kept unseen as a validation set; counted, never printed by --verbose]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(join(root, 'lib', 'extract', p));
const { extractEvents } = await lib('index.ts');
const { readText } = await lib('text.ts');
const { findDates } = await lib('dates.ts');
const { findTimes } = await lib('times.ts');
const { judgeMentions, EVENT_THRESHOLD } = await lib('candidates.ts');
const { indexCues } = await lib('cue-index.ts');
const { resolveDays, guessPublished } = await lib('resolve-days.ts');
const { findRelativeDates } = await lib('relative.ts');
const { detectLanguages } = await lib('language.ts');
const { refDay } = await lib('year.ts');
const { dayFromUrl, textHints } = await lib('year-hints.ts');
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const split = opt('--split') ?? 'tune';
const round = opt('--round');
const verbose = args.includes('--verbose') && split === 'tune';
const unseen = new Set((opt('--unseen') ?? '').split(',').filter(Boolean));
const labels = JSON.parse(readFileSync(join(root, 'tests/devset/labels.json'), 'utf8'));
const nowDate = new Date('2026-06-15T12:00:00Z');
const now = { y: 2026, m: 6, d: 15 };
const iso = (d) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const counts = {};
const bump = (k) => (counts[k] = (counts[k] ?? 0) + 1);
const extras = {};
const bumpExtra = (k) => (extras[k] = (extras[k] ?? 0) + 1);
for (const label of labels) {
  if (label.split !== split || (round && String(label.round) !== round)) continue;
  const file = join(root, 'tests/devset/pages', label.file);
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const out = extractEvents(text, { format: 'text', now: nowDate, ...(label.published ? { published: label.published } : {}), ...(label.source_url ? { url: label.source_url } : {}) });
  // One to one by day, as score.mjs matches: a second gathering of a day needs a second event.
  const free = out.events.map((e) => e.start.slice(0, 10));
  const missed = [];
  for (const e of label.events) {
    const i = free.indexOf(e.start.slice(0, 10));
    if (i >= 0) free.splice(i, 1);
    else missed.push(e);
  }
  const days = new Set(out.events.map((e) => e.start.slice(0, 10)));
  const spans = out.events.filter((e) => e.end && e.end.slice(0, 10) > e.start.slice(0, 10)).map((e) => [e.start.slice(0, 10), e.end.slice(0, 10)]);
  // What each event read but not labelled is (free holds the unmatched days, one per extra event).
  for (const day of free) {
    const md = day.slice(5);
    const labelledDays = label.events.map((e) => e.start.slice(0, 10));
    const near = labelledDays.some((d) => Math.abs(Date.parse(d) - Date.parse(day)) <= 3 * 86400000);
    let kind;
    if (!label.events.length) kind = 'on a control page (nothing labelled)';
    else if (labelledDays.includes(day)) kind = 'another gathering of a labelled day';
    else if (label.events.some((e) => e.end && e.start.slice(0, 10) < day && day <= e.end.slice(0, 10))) kind = 'a day inside a labelled span';
    else if (labelledDays.some((d) => d.slice(5) === md)) kind = 'labelled day, wrong year';
    else if (near) kind = 'within three days of a labelled day';
    else if (label.published && day < label.published.slice(0, 10)) kind = 'unlabelled day before the posting date';
    else kind = 'unlabelled day on a page with events';
    bumpExtra(kind);
    if (verbose && !unseen.has(String(label.round))) console.log(`${label.file} ${day}: extra, ${kind}`);
  }
  if (!missed.length) continue;
  // The pipeline's stages, as extractEvents runs them.
  const page = readText(text);
  const languages = [...new Set(detectLanguages(page.folded, true))];
  if (!languages.length) languages.push(label.language);
  const scanned = findDates(page, languages);
  const cues = indexCues(page.folded);
  const publishedGiven = refDay(label.published ?? undefined);
  const urlDay = dayFromUrl(label.source_url, now);
  const hints = publishedGiven ? {} : textHints(page, scanned, cues, now);
  const reference = () => publishedGiven ?? urlDay ?? hints.stamp;
  const relative = findRelativeDates(page, scanned, languages[0], reference, cues);
  const mentions = [...scanned, ...relative].sort((a, b) => a.start - b.start);
  const times = findTimes(page, mentions);
  const cands = judgeMentions(page, mentions, times, label.published ?? undefined, cues);
  const published = publishedGiven ?? guessPublished(cands);
  const resolved = resolveDays(page, cands, published ?? hints.stamp, now, { ...(urlDay ? { urlDay } : {}), ...(!published && hints.year !== undefined ? { textYear: hints.year } : {}) });
  for (const want of missed) {
    const day = want.start.slice(0, 10);
    const md = day.slice(5);
    const withDay = cands.filter((c) => (resolved.get(c.mention) ?? []).some((d) => iso(d) === day) || (c.mention.range && (() => { const r = resolved.get(c.mention) ?? []; return r.length && iso(r[0]) <= day && day <= iso(r[r.length - 1]); })()));
    let stage;
    if (days.has(day)) {
      const wanted = label.events.filter((e) => e.start.slice(0, 10) === day).length;
      const own = withDay.filter((c) => c.kind === 'event' && !c.mention.range).length;
      stage = `another gathering of a day (${own >= wanted ? 'own date mentions merged' : own > 0 ? 'fewer date mentions than gatherings' : 'day only in a span'})`;
    }
    else if (spans.some(([a, b]) => a < day && day <= b)) stage = 'a day inside an event span (umbrella)';
    else if (withDay.some((c) => c.kind === 'event' && c.score >= EVENT_THRESHOLD)) stage = 'judged event, lost after (range/merge/late)';
    else if (withDay.some((c) => c.kind === 'event')) stage = 'read, score below threshold';
    else if (withDay.length) stage = `read, judged ${withDay[0].kind}`;
    else if (cands.some((c) => (resolved.get(c.mention) ?? []).some((d) => iso(d).slice(5) === md))) {
      const c = cands.find((c) => (resolved.get(c.mention) ?? []).some((d) => iso(d).slice(5) === md));
      const wd = cands.some((x) => x.mention.weekday !== undefined && (resolved.get(x.mention) ?? []).some((d) => iso(d).slice(5) === md));
      stage = `read, wrong year (${wd ? 'weekday beside it' : 'no weekday beside'}; ${label.published ? 'posted' : 'undated'}; ${c.kind}${c.kind === 'event' && c.score >= EVENT_THRESHOLD ? '' : ' weak'})`;
    }
    else if (mentions.some((m) => m.days.some((d) => d.d === Number(md.slice(3)) && (d.m === undefined || d.m === Number(md.slice(0, 2)))))) stage = 'day number read, month/resolution lost';
    else stage = 'date not read at all';
    bump(stage);
    if (verbose && !unseen.has(String(label.round))) console.log(`${label.file} ${want.start}: ${stage}`);
  }
}
console.log(`${split}${round ? ` round ${round}` : ''} missed events by stage:`, counts);
console.log(`${split}${round ? ` round ${round}` : ''} events read but not labelled, by kind:`, extras);
