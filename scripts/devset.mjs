#!/usr/bin/env node
// The development set of real pages (issue 12): labels in tests/devset/labels.json (committed), page
// texts in tests/devset/pages/ (git-ignored: they are other people's text; rebuild them as
// tests/devset/README.md says).
//
//   node scripts/devset.mjs                 list present/missing texts, then score tune, heldout and each language
//   node scripts/devset.mjs --list          only the list
//   node scripts/devset.mjs --verbose       also pass --verbose to score.mjs (per page: missed and extra dates)
//   node scripts/devset.mjs --split tune    score one part only (tune | heldout), overall and per language
//   node scripts/devset.mjs --round 3       score only the pages added in that round (1 to 15; or a list: 1,2)
//   node scripts/devset.mjs --files a,b     score only these page files (e.g. de-33.txt,es-30.txt)
//   node scripts/devset.mjs --extractor DIR score the `inclusio` of another checkout (DIR/bin/inclusio.mjs)
//   node scripts/devset.mjs --cmd "CMD"     score any command score.mjs accepts as --cmd (no caching)
//   node scripts/devset.mjs import FILE     write page texts (and new labels) from a JSON Lines file of
//                                           {"file","source_url","text",...label}: the search tool's url and excerpt
//                                           (a new label carries its "round"); a text whose SHA-1 is not the
//                                           label's is refused (--accept-changed writes it, for a page changed at source)
//   node scripts/devset.mjs missing [tune|heldout]
//                                           the pages whose text is missing, one JSON line each (file, source_url,
//                                           first event titles): the work list for rebuilding them
//
// Scoring runs ../shared/eval/score.mjs once per group (tune, heldout, all, each language's tune and
// heldout), on a temporary labels file holding only that group's pages whose text is present; a
// missing text is listed, not scored.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isControl, splitFor, stratumOf, textSha1 } from './devset-split.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const labelsPath = join(root, 'tests', 'devset', 'labels.json');
const pagesDir = join(root, 'tests', 'devset', 'pages');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));

if (args[0] === 'import') {
  importTexts(args[1], args.includes('--accept-changed'));
  process.exit(0);
}
if (args[0] === 'missing') {
  // (A new machine has no texts: the heldout part, the one reported, is rebuilt first.)
  for (const l of labels) {
    if ((args[1] && l.split !== args[1]) || existsSync(join(pagesDir, l.file))) continue;
    console.log(JSON.stringify({ file: l.file, source_url: l.source_url, titles: l.events.slice(0, 2).map((e) => e.title) }));
  }
  process.exit(0);
}

const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
// --round and --files narrow the pages scored (e.g. a round's unseen measurement); the list above
// still counts the whole set.
const rounds = option('--round')?.split(',').map(Number);
const files = option('--files')?.split(',');
const chosen = (l) => (!rounds || rounds.includes(l.round)) && (!files || files.includes(l.file));
const present = labels.filter((l) => existsSync(join(pagesDir, l.file)));
const missing = labels.filter((l) => !existsSync(join(pagesDir, l.file)));
const languages = [...new Set(labels.map((l) => l.language))].sort();

console.log(`labels: ${labels.length} pages, ${labels.reduce((n, l) => n + l.events.length, 0)} events, ${labels.filter(isControl).length} controls`);
for (const lang of languages) {
  const of = labels.filter((l) => l.language === lang);
  const split = (s) => of.filter((l) => l.split === s).length;
  console.log(`  ${lang}: ${of.length} pages (${of.filter(isControl).length} controls), tune ${split('tune')}, heldout ${split('heldout')}`);
}
const names = (list) => list.slice(0, 10).map((l) => l.file).join(', ') + (list.length > 10 ? `, and ${list.length - 10} more` : '');
console.log(`texts: ${present.length} present, ${missing.length} missing${missing.length ? ` (${names(missing)})` : ''}`);
if (args.includes('--list')) process.exit(0);
if (present.length === 0) {
  console.log(`no page texts in ${pagesDir}: nothing to score (see tests/devset/README.md to rebuild them)`);
  process.exit(0);
}

const only = option('--split');
const groups = [
  ['tune', (l) => l.split === 'tune'],
  ['heldout', (l) => l.split === 'heldout'],
  ['all', () => true],
  ...languages.flatMap((lang) => [
    [`${lang} tune`, (l) => l.language === lang && l.split === 'tune'],
    [`${lang} heldout`, (l) => l.language === lang && l.split === 'heldout'],
  ]),
].filter(([name]) => !only || name.endsWith(only));

const work = mkdtempSync(join(tmpdir(), 'devset-'));
mkdirSync(join(work, 'cache'));
// Each page is extracted once and its output reused by every group it belongs to (see
// devset-cached-extract.mjs); --cmd bypasses that and is handed to score.mjs as it is.
const extractor = resolve(option('--extractor') ?? root, 'bin', 'inclusio.mjs');
const cmd = option('--cmd') ?? `sh ${JSON.stringify(join(root, 'scripts', 'devset-cached.sh'))} extract`;
const env = {
  ...process.env, DEVSET_INCLUSIO: extractor, DEVSET_CACHE: join(work, 'cache'),
  DEVSET_NODE: process.execPath, DEVSET_CACHED_EXTRACT: join(root, 'scripts', 'devset-cached-extract.mjs'),
};
console.log(`extractor: ${option('--cmd') ? cmd : extractor}`);
if (rounds || files) console.log(`scoring ${present.filter(chosen).length} pages (${[rounds && `round ${rounds.join(',')}`, files && `${files.length} files`].filter(Boolean).join(', ')})`);
const rows = [];
try {
  if (!option('--cmd')) prefill(present.filter(chosen));
  for (const [name, keep] of groups) {
    const subset = present.filter(chosen).filter(keep);
    if (subset.length === 0) continue;
    const file = join(work, `${name.replace(/\s+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(subset));
    const scoreArgs = [scorer, '--labels', file, '--pages', pagesDir, '--cmd', cmd, ...(args.includes('--verbose') ? ['--verbose'] : [])];
    let out = '';
    try {
      out = execFileSync(process.execPath, scoreArgs, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    } catch (e) {
      out = `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
    }
    if (args.includes('--verbose')) console.log(`--- ${name}\n${out.trim()}`);
    rows.push([name, subset.length, parse(out)]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable(rows);

/**
 * Extracts every page in one process (scripts/devset-prefill.mjs) into the cache that
 * devset-cached-extract.mjs reads, with the arguments score.mjs will pass: the same output as a
 * process per page, in a fraction of the time. A page it cannot do is left to the cached command.
 */
function prefill(pages) {
  const jobs = pages.map((l) => ['extract', join(pagesDir, l.file), ...(l.published ? ['--published', l.published] : []), ...(l.source_url ? ['--url', l.source_url] : [])]);
  const jobsFile = join(work, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'devset-prefill.mjs'), dirname(dirname(extractor)), join(work, 'cache'), jobsFile], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('devset: prefilling the cache failed; each page is extracted on its own');
  }
}

/** Reads score.mjs's two summary lines into numbers. */
function parse(out) {
  const pick = (key) => {
    const m = new RegExp(`${key}=([\\d.]+|n/a)`).exec(out);
    return m ? m[1] : '?';
  };
  return {
    failures: pick('failures'),
    events: `${pick('tp')}/${pick('fp')}/${pick('fn')}`,
    p: pick('event_precision'), r: pick('event_recall'), f1: pick('event_f1'),
    time: pick('time_acc'), end: pick('end_acc'), mode: pick('mode_acc'), location: pick('location_acc'), relevance: pick('relevance_acc'),
  };
}

function printTable(table) {
  const head = ['part', 'pages', 'failed', 'tp/fp/fn', 'P', 'R', 'F1', 'time', 'end', 'mode', 'location', 'relevance'];
  const body = table.map(([name, n, s]) => [name, String(n), s.failures, s.events, s.p, s.r, s.f1, s.time, s.end, s.mode, s.location, s.relevance]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of body) console.log(line(r));
}

/**
 * Writes texts pasted from the search tool. Each JSON line holds a page's label and its text
 * ({"file", "source_url", "text", ...label}). A page already labelled only gets its text back (its
 * source_url must match); a new page's label is appended with its split decided here, before any scoring.
 */
function importTexts(path, acceptChanged = false) {
  if (!path) throw new Error('import needs a JSON Lines file');
  mkdirSync(pagesDir, { recursive: true });
  const byFile = new Map(labels.map((l) => [l.file, l]));
  let added = 0;
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const { text, ...label } = JSON.parse(line);
    const known = byFile.get(label.file);
    if (known && known.source_url !== label.source_url) {
      console.error(`line ${i + 1}: ${label.file} is labelled from ${known.source_url}, not ${label.source_url}: skipped`);
      continue;
    }
    // A text copied with one character off would be scored against labels read from another text.
    if (known?.text_sha1 && known.text_sha1 !== textSha1(text)) {
      if (!acceptChanged) {
        console.error(`line ${i + 1}: ${label.file}: this text differs from the one labelled (text_sha1): not written (copy the excerpt exactly, or --accept-changed)`);
        continue;
      }
      console.error(`line ${i + 1}: ${label.file}: this text differs from the one labelled (text_sha1): written (--accept-changed), check its labels`);
    }
    writeFileSync(join(pagesDir, label.file), text);
    if (!known && label.language) {
      // The round a page joined in is part of its label: each round is measured once, unseen.
      if (!Number.isInteger(label.round)) throw new Error(`line ${i + 1}: ${label.file}: a new page needs its "round"`);
      label.split = splitFor(stratumOf(label), labels.filter((l) => stratumOf(l) === stratumOf(label)).length);
      label.text_sha1 = textSha1(text);
      labels.push(label);
      byFile.set(label.file, label);
      added++;
    }
    console.log(`${label.file} <- ${label.source_url}${known ? '' : ` (new, ${label.split})`}`);
  }
  if (added) writeFileSync(labelsPath, `${JSON.stringify(labels, null, 1)}\n`);
}
