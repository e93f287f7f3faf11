#!/usr/bin/env node
// Fills devset-cached-extract.mjs's cache in one process: `inclusio extract` of every page, run
// through the CLI's own main() (same arguments, same output) instead of one Node start per page,
// which made a whole dev-set run take minutes. score.mjs then finds every page's output cached.
// Usage (from scripts/devset.mjs): node devset-prefill.mjs EXTRACTOR_ROOT CACHE_DIR JOBS.json
// where JOBS.json is a list of argument lists (["extract", file, "--published", day, "--url", url]).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [extractorRoot, cacheDir, jobsPath] = process.argv.slice(2);
const { main } = await import(pathToFileURL(join(extractorRoot, 'lib', 'cli', 'main.ts')).href);
for (const args of JSON.parse(readFileSync(jobsPath, 'utf8'))) {
  let stdout = '';
  let stderr = '';
  const io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd: process.cwd(), now: () => new Date() };
  const status = await main(args, io);
  const key = join(cacheDir, `${createHash('sha1').update(JSON.stringify(args)).digest('hex')}.json`);
  writeFileSync(key, JSON.stringify({ stdout, stderr, status }));
}
