/**
 * Build benchmark: `inclusio build` for a network of 300 partner calendars of 20 events each,
 * served by local HTTP servers with 30 ms of latency and ETags, as a real network would be.
 * The command runs as the coordinator runs it (bin/inclusio.mjs in its own process), twice:
 * a first build, then a re-run where every calendar is unchanged and should answer 304 (the
 * files are then left as they were), then a re-run where 5 calendars changed (every file is
 * made again).
 * Targets (issue 11): first build <= 3 s, re-run <= 2 s with >= 95% answered 304, peak
 * memory <= 200 MB, all 6,000 events in feed.json.
 * Run: node_modules/.bin/node tests/bench/build.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARTNERS = 300;
const EVENTS_EACH = 20;
const LATENCY_MS = 30;
// Partners live on many hosts; loopback addresses 127.0.0.1-10 stand for ten of them.
const HOSTS = 10;
const root = join(import.meta.dirname, '..', '..');

const TOPICS = [
  ['Job fair for refugees and employers', 'Meet employers hiring newcomers; bring your CV. Advice on the recognition of qualifications.'],
  ['Sprachcafé für Geflüchtete', 'Deutsch üben in entspannter Runde. Kostenlos, ohne Anmeldung.'],
  ['Atelier CV pour personnes migrantes', 'Préparer son CV pour le marché du travail. Interprétation en arabe.'],
  ['Legal clinic: residence permits', 'Free advice on residence permits and family reunification for third-country nationals.'],
];

const pad = (n: number) => String(n).padStart(2, '0');

function calendar(partner: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Partner ${partner}//bench//EN`, `X-WR-CALNAME:Partner ${partner}`];
  for (let i = 0; i < EVENTS_EACH; i++) {
    const [title, description] = TOPICS[(partner + i) % TOPICS.length] as [string, string];
    const day = new Date(Date.UTC(2026, 11, 1) + ((partner * 7 + i * 3) % 300) * 86_400_000);
    const date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
    lines.push(
      'BEGIN:VEVENT', `UID:p${partner}-e${i}@partner${partner}.example.org`, 'DTSTAMP:20261101T080000Z',
      `DTSTART:${date}T${pad(9 + (i % 8))}0000Z`, `DTEND:${date}T${pad(11 + (i % 8))}0000Z`,
      `SUMMARY:${title} (partner ${partner}\\, session ${i + 1})`, `DESCRIPTION:${description}`,
      `LOCATION:Community centre ${partner}\\, Main street ${i + 1}\\, Brussels`, `URL:https://partner${partner}.example.org/events/${i}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

interface Host {
  server: Server;
  origin: string;
}

let ok200 = 0;
let notModified = 0;

async function startHost(address: string, bodies: Map<string, { body: string; etag: string }>): Promise<Host> {
  const server = createServer((req, res) => {
    // As strict as a static host: GET and HEAD only, CORS open, ETag, OPTIONS refused.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const item = bodies.get(new URL(req.url ?? '/', 'http://x').pathname);
    setTimeout(() => {
      if (!item) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else if (req.headers['if-none-match'] === item.etag) {
        notModified++;
        res.writeHead(304, { etag: item.etag, 'access-control-allow-origin': '*' }).end();
      } else {
        ok200++;
        res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag: item.etag, 'access-control-allow-origin': '*' }).end(req.method === 'HEAD' ? undefined : item.body);
      }
    }, LATENCY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return { server, origin: `http://${address}:${(server.address() as AddressInfo).port}` };
}

/** Runs the real command in its own process; returns wall time and the process's peak memory. */
function runBuild(sources: string, out: string): Promise<{ ms: number; cpuMs: number; maxRssMb: number; code: number; stderr: string }> {
  const peak = "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxrss '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(peak)}`, join(root, 'bin', 'inclusio.mjs'), 'build', sources, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => void (stderr += chunk));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const kb = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      const cpuMs = Number(/ cpu (\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
      resolve({ ms, cpuMs, maxRssMb: kb / 1024, code: code ?? -1, stderr });
    });
  });
}

const hosts: Host[] = [];
const perHost = Array.from({ length: HOSTS }, () => new Map<string, { body: string; etag: string }>());
for (let h = 0; h < HOSTS; h++) hosts.push(await startHost(`127.0.0.${h + 1}`, perHost[h]!));
const entries = [];
for (let p = 0; p < PARTNERS; p++) {
  const h = p % HOSTS;
  const path = `/partner-${p}/calendar.ics`;
  perHost[h]!.set(path, { body: calendar(p), etag: `"cal-${p}-v1"` });
  entries.push({ url: `${hosts[h]!.origin}${path}`, name: `Partner ${p}` });
}

const work = mkdtempSync(join(tmpdir(), 'inclusio-bench-build-'));
const sources = join(work, 'sources.json');
const out = join(work, 'out');
writeFileSync(sources, JSON.stringify({ title: 'Bench network', sources: entries }));

function report(name: string, value: number, unit: string, target: number, better: 'lower' | 'higher' = 'lower'): boolean {
  const ratio = value / target;
  const met = better === 'lower' ? value <= target : value >= target;
  console.log(`${name}: ours ${value.toFixed(unit === '%' ? 1 : 0)} ${unit}, target ${target} ${unit}, ratio ${ratio.toFixed(2)} (target ${better === 'lower' ? '<=' : '>='} 1)${met ? '' : ' MISSED'}`);
  return met;
}

let allMet = true;
try {
  const first = await runBuild(sources, out);
  if (first.code !== 0) console.log(`first build exited ${first.code}:\n${first.stderr.split('\n').slice(-5).join('\n')}`);
  const events = (JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { events: unknown[] }).events.length;
  const label = `${PARTNERS} calendars x ${EVENTS_EACH} events, ${LATENCY_MS} ms latency`;
  allMet = report(`build first run (${label})`, first.ms, 'ms', 3000) && allMet;
  console.log(`  of which CPU ${first.cpuMs.toFixed(0)} ms (wall time also waits for the servers and for other processes on this machine)`);
  allMet = report('build first run peak memory', first.maxRssMb, 'MB', 200) && allMet;
  allMet = report('build first run events in feed.json', events, 'events', PARTNERS * EVENTS_EACH, 'higher') && allMet;

  ok200 = 0;
  notModified = 0;
  const again = await runBuild(sources, out);
  if (again.code !== 0) console.log(`re-run exited ${again.code}:\n${again.stderr.split('\n').slice(-5).join('\n')}`);
  const eventsAgain = (JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { events: unknown[] }).events.length;
  allMet = report('build re-run, nothing changed', again.ms, 'ms', 2000) && allMet;
  console.log(`  of which CPU ${again.cpuMs.toFixed(0)} ms`);
  allMet = report('build re-run answered 304', (100 * notModified) / (notModified + ok200 || 1), '%', 95, 'higher') && allMet;
  allMet = report('build re-run peak memory', again.maxRssMb, 'MB', 200) && allMet;
  allMet = report('build re-run events in feed.json', eventsAgain, 'events', PARTNERS * EVENTS_EACH, 'higher') && allMet;

  // The usual day of a network: a few partners changed their calendars. Every file is made again.
  const CHANGED = 5;
  for (let p = 0; p < CHANGED; p++) {
    const item = perHost[p % HOSTS]!.get(`/partner-${p}/calendar.ics`)!;
    item.body = item.body.replaceAll('SUMMARY:', 'SUMMARY:Updated: ');
    item.etag = `"cal-${p}-v2"`;
  }
  ok200 = 0;
  notModified = 0;
  const changed = await runBuild(sources, out);
  if (changed.code !== 0) console.log(`re-run with changes exited ${changed.code}:\n${changed.stderr.split('\n').slice(-5).join('\n')}`);
  const eventsChanged = (JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { events: unknown[] }).events.length;
  allMet = report(`build re-run, ${CHANGED} of ${PARTNERS} calendars changed`, changed.ms, 'ms', 2000) && allMet;
  console.log(`  of which CPU ${changed.cpuMs.toFixed(0)} ms`);
  allMet = report('build re-run with changes answered 304', (100 * notModified) / (notModified + ok200 || 1), '%', 95, 'higher') && allMet;
  allMet = report('build re-run with changes peak memory', changed.maxRssMb, 'MB', 200) && allMet;
  allMet = report('build re-run with changes events in feed.json', eventsChanged, 'events', PARTNERS * EVENTS_EACH, 'higher') && allMet;
} finally {
  for (const h of hosts) {
    h.server.closeAllConnections();
    h.server.close();
  }
  rmSync(work, { recursive: true, force: true });
}
if (!allMet) process.exitCode = 1;
