#!/usr/bin/env node
// A stand-in for `inclusio` that scripts/devset.mjs hands to ../shared/eval/score.mjs as --cmd, so
// each page is extracted once per run even though it is scored in several groups (tune, heldout,
// per language). Outputs are kept in DEVSET_CACHE (a temporary folder the caller removes); the
// real command is DEVSET_INCLUSIO (a bin/inclusio.mjs). Exit code and stdout are passed through.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const bin = process.env.DEVSET_INCLUSIO;
const cacheDir = process.env.DEVSET_CACHE;
if (!bin) {
  console.error('devset-cached-extract: DEVSET_INCLUSIO is not set');
  process.exit(2);
}
const run = () => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (!cacheDir || args[0] !== 'extract') {
  const r = run();
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  process.exit(r.status ?? 1);
}
const key = join(cacheDir, `${createHash('sha1').update(JSON.stringify(args)).digest('hex')}.json`);
if (existsSync(key)) {
  const hit = JSON.parse(readFileSync(key, 'utf8'));
  process.stdout.write(hit.stdout);
  process.stderr.write(hit.stderr);
  process.exit(hit.status);
}
const r = run();
const entry = { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? 1 };
writeFileSync(key, JSON.stringify(entry));
process.stdout.write(entry.stdout);
process.stderr.write(entry.stderr);
process.exit(entry.status);
