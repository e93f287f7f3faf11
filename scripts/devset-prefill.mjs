#!/usr/bin/env node
// Fills devset-cached-extract.mjs's cache (and devset-cached.sh's, by page file) in one process: `inclusio extract` of every page, run
// through the CLI's own main() (same arguments, same output) instead of one Node start per page,
// which made a whole dev-set run take minutes. score.mjs then finds every page's output cached.
// Usage (from scripts/devset.mjs): node devset-prefill.mjs EXTRACTOR_ROOT CACHE_DIR JOBS.json
// where JOBS.json is a list of argument lists (["extract", file, "--published", day, "--url", url]).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [extractorRoot, cacheDir, jobsPath] = process.argv.slice(2);
const { main } = await import(pathToFileURL(join(extractorRoot, 'lib', 'cli', 'main.ts')).href);
// By page file too, for devset-cached.sh (a run extracts each page with one set of arguments).
mkdirSync(join(cacheDir, 'by-file'), { recursive: true });
for (const args of JSON.parse(readFileSync(jobsPath, 'utf8'))) {
  let stdout = '';
  let stderr = '';
  const io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd: process.cwd(), now: () => new Date() };
  const status = await main(args, io);
  const key = join(cacheDir, `${createHash('sha1').update(JSON.stringify(args)).digest('hex')}.json`);
  writeFileSync(key, JSON.stringify({ stdout, stderr, status }));
  if (status === 0) writeFileSync(join(cacheDir, 'by-file', basename(args[1])), stdout);
}
