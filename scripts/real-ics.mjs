#!/usr/bin/env node
// Real calendar exports (Outlook/Exchange, Google, Apple, Thunderbird, Nextcloud, Zimbra, ...)
// from other projects' test suites, read by Inclusio and by an independent plain ical.js walk
// (issue 11). The files themselves are other people's text: they live in tests/real-ics/files/
// (git-ignored); tests/real-ics/manifest.json (committed) says where each came from.
//
//   node scripts/real-ics.mjs              every file present: events ours / reference, missing, start differences, warnings
//   node scripts/real-ics.mjs --quiet      only the files that differ, and the totals
//   node scripts/real-ics.mjs FILE...      only these files (names in the manifest)
//   node scripts/real-ics.mjs --now ISO    one `now` for every file (default: each file's own, see below)
//   node scripts/real-ics.mjs --busy       as on a machine many times busier: each look at the budget's clock is 10 ms later
//
// `now` is fixed per file and derived from the file alone: the median DTSTART of its VEVENTs
// (most of these exports are years old, and the window around a fixed 2026 date would expand
// none of their series). Ours: parseSource with format 'ics' (the entry `inclusio build` uses),
// then dedupeEvents as the build runs it. Reference: ical.js's own component model, VTIMEZONEs
// registered with its zone service, IANA TZIDs without a VTIMEZONE converted through Intl,
// RECURRENCE-ID overrides related to their series, the highest SEQUENCE (then DTSTAMP) of a
// UID kept, each series expanded with ical.js's iterator in the same window and cap.
// Exits 0 when no file is present (says so); 1 when a file loses events or starts differ.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { parseSource } from '../lib/sources/index.ts';
import { dedupeEvents } from '../lib/query/dedupe.ts';
import { eventInstant } from '../lib/time/offsets.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'tests', 'real-ics', 'files');
const manifest = JSON.parse(readFileSync(join(root, 'tests', 'real-ics', 'manifest.json'), 'utf8'));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const busy = args.includes('--busy');
const nowArg = args.includes('--now') ? args[args.indexOf('--now') + 1] : undefined;
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--now');

const PAST_DAYS = 365;
const FUTURE_DAYS = 730;
const CAP = 500;
const DAY = 86_400_000;

// ---- the reference walk -------------------------------------------------------------------

/** UTC ms of a wall time in an IANA zone, through Intl only (two passes settle DST). */
function ianaMs(y, mo, d, h, mi, zone) {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const offset = (ms) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - ms;
  };
  let ms = guess - offset(guess);
  ms = guess - offset(ms);
  return ms;
}

const isIana = (zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return /\//.test(zone) || zone === 'UTC';
  } catch {
    return false;
  }
};

const pad = (n, w = 2) => String(n).padStart(w, '0');
const wallOf = (t) => (t.isDate ? `${t.year}-${pad(t.month)}-${pad(t.day)}` : `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`);

/** How a start compares: a day, a wall time (floating), or an instant. */
function startOf(time, tzid, registered, calendarZone) {
  if (time.isDate) return { kind: 'day', value: wallOf(time) };
  const utc = time.zone === ICAL.Timezone.utcTimezone;
  const minute = (ms) => Math.floor(ms / 60_000) * 60_000;
  if (utc) return { kind: 'instant', value: minute(time.toUnixTime() * 1000) };
  if (tzid && registered.has(tzid)) return { kind: 'instant', value: minute(time.toUnixTime() * 1000) };
  if (tzid && isIana(tzid)) return { kind: 'instant', value: ianaMs(time.year, time.month, time.day, time.hour, time.minute, tzid) };
  if (!tzid && calendarZone && isIana(calendarZone)) return { kind: 'instant', value: ianaMs(time.year, time.month, time.day, time.hour, time.minute, calendarZone) };
  return { kind: 'wall', value: wallOf(time), unknownZone: tzid };
}

const registeredIds = [];

/**
 * ical.js's component tree of the text; when ical.js refuses the whole text (one malformed
 * line), each VEVENT is parsed alone beside the calendar's VTIMEZONEs and the refused ones
 * are counted in `skipped`.
 */
function tolerantParse(text, skipped) {
  try {
    return new ICAL.Component(ICAL.parse(text));
  } catch {
    const unfolded = text.replace(/\r?\n[ \t]/g, '');
    const head = (unfolded.split(/\r?\nBEGIN:VEVENT/)[0] ?? '').replace(/\r?\nEND:VCALENDAR[\s\S]*$/, '');
    const zones = unfolded.match(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE/g) ?? [];
    const calendar = new ICAL.Component(ICAL.parse(`${head.includes('BEGIN:VTIMEZONE') ? head.slice(0, head.indexOf('BEGIN:VTIMEZONE')) : head}\n${zones.join('\n')}\nEND:VCALENDAR\n`));
    for (const block of unfolded.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? []) {
      try {
        calendar.addSubcomponent(new ICAL.Component(ICAL.parse(block)));
      } catch {
        skipped.count++;
      }
    }
    return calendar;
  }
}

function referenceWalk(text, now, skipped = { count: 0 }) {
  const root = tolerantParse(text, skipped);
  const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
  const out = [];
  for (const cal of calendars.length ? calendars : [root]) {
    const registered = new Set();
    for (const vtz of cal.getAllSubcomponents('vtimezone')) {
      try {
        const zone = new ICAL.Timezone(vtz);
        if (!zone.tzid) continue;
        ICAL.TimezoneService.register(zone, zone.tzid);
        registeredIds.push(zone.tzid);
        registered.add(zone.tzid);
      } catch { /* a zone ical.js cannot read: its times stay floating */ }
    }
    const calendarZone = cal.getFirstPropertyValue('x-wr-timezone') || undefined;
    // Versions: one VEVENT per UID and RECURRENCE-ID, the highest SEQUENCE, then the latest DTSTAMP.
    const best = new Map();
    const loose = [];
    for (const v of cal.getAllSubcomponents('vevent')) {
      const uid = v.getFirstPropertyValue('uid');
      if (!uid) {
        loose.push(v);
        continue;
      }
      const rid = v.getFirstPropertyValue('recurrence-id');
      const key = `${String(uid).trim()}|${rid ? rid.toString() : ''}`;
      const seq = Number(v.getFirstPropertyValue('sequence') ?? 0) || 0;
      const stamp = String(v.getFirstPropertyValue('dtstamp') ?? '');
      const prev = best.get(key);
      if (!prev) best.set(key, [{ v, seq, stamp }]);
      else if (seq > prev[0].seq || (seq === prev[0].seq && stamp > prev[0].stamp)) best.set(key, [{ v, seq, stamp }]);
      else if (seq === prev[0].seq && stamp === prev[0].stamp) prev.push({ v, seq, stamp });
    }
    const chosen = [...loose, ...[...best.values()].flat().map((x) => x.v)];
    const masters = new Map();
    for (const v of chosen) {
      if (v.getFirstProperty('recurrence-id') || !(v.getFirstProperty('rrule') || v.getFirstProperty('rdate'))) continue;
      const event = new ICAL.Event(v);
      // Exchange excludes a day of an all-day series with a date-time EXDATE (midnight in its zone): the day is meant.
      if (event.startDate?.isDate) {
        for (const prop of v.getAllProperties('exdate')) {
          const days = prop.getValues().map((t) => (t.isDate ? t : ICAL.Time.fromDateString(wallOf(t).slice(0, 10))));
          v.removeProperty(prop);
          const fixed = new ICAL.Property('exdate', v);
          fixed.resetType('date');
          fixed.setValues(days);
          v.addProperty(fixed);
        }
      }
      masters.set(String(v.getFirstPropertyValue('uid') ?? '').trim(), new ICAL.Event(v));
    }
    const fromDay = new Date(now.getTime() - PAST_DAYS * DAY).toISOString().slice(0, 10);
    const toDay = new Date(now.getTime() + FUTURE_DAYS * DAY).toISOString().slice(0, 10);
    const related = new Set();
    for (const v of chosen) {
      const uid = String(v.getFirstPropertyValue('uid') ?? '').trim();
      if (v.getFirstProperty('recurrence-id') && masters.has(uid)) {
        try {
          const master = masters.get(uid);
          const rid = v.getFirstPropertyValue('recurrence-id');
          // Exchange writes a date-time RECURRENCE-ID (midnight in its zone) for an all-day series: the day is meant.
          if (master.startDate.isDate && rid && !rid.isDate) {
            const day = ICAL.Time.fromDateString(wallOf(rid).slice(0, 10));
            v.updatePropertyWithValue('recurrence-id', day);
          }
          master.relateException(new ICAL.Event(v));
          related.add(v);
        } catch { /* an override ical.js cannot relate stays a single event */ }
      }
    }
    for (const v of chosen) {
      if (related.has(v)) continue;
      const dtstart = v.getFirstProperty('dtstart');
      if (!dtstart) continue;
      const uid = String(v.getFirstPropertyValue('uid') ?? '').trim();
      const tzid = dtstart.getParameter('tzid');
      const summary = String(v.getFirstPropertyValue('summary') ?? '');
      const status = String(v.getFirstPropertyValue('status') ?? '').toUpperCase();
      const outlookAllDay = String(v.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '').toUpperCase() === 'TRUE';
      const event = new ICAL.Event(v);
      const dayStart = (t) => (outlookAllDay && !t.isDate && t.hour === 0 && t.minute === 0 ? { kind: 'day', value: wallOf(t).slice(0, 10) } : undefined);
      if (masters.get(uid)?.component !== v) {
        let start;
        try {
          start = dayStart(event.startDate) ?? startOf(event.startDate, tzid, registered, calendarZone);
        } catch {
          continue;
        }
        out.push({ uid, summary, status, start });
        continue;
      }
      const series = masters.get(uid);
      let n = 0;
      try {
        const iterator = series.iterator();
        for (let next = iterator.next(); next; next = iterator.next()) {
          const day = wallOf(next).slice(0, 10);
          if (day > toDay) break;
          if (day < fromDay) continue;
          if (++n > CAP) break;
          const details = series.getOccurrenceDetails(next);
          const item = details.item;
          const itemTzid = item.component.getFirstProperty('dtstart')?.getParameter('tzid');
          const start = dayStart(details.startDate) ?? startOf(details.startDate, itemTzid, registered, calendarZone);
          out.push({ uid, summary: String(item.summary ?? summary), status: String(item.component.getFirstPropertyValue('status') ?? status).toUpperCase(), start });
        }
      } catch (error) {
        out.push({ uid, summary, status, start: { kind: 'error', value: String(error?.message ?? error) } });
      }
    }
  }
  return out;
}

// ---- comparison ---------------------------------------------------------------------------

const CANCELLED_PREFIX = /^\s*(?:cancel+ed|annul[ée]e?s?|abgesagt|annullato|annullata|cancelad[oa]|geannuleerd)\s*[:\-–]\s*/i;
const fold = (s) => String(s ?? '').replace(/^\(no title\)$/, '').replace(CANCELLED_PREFIX, '').normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 40);

function oursMatches(event, start) {
  if (start.kind === 'day') return event.start.slice(0, 10) === start.value && (event.allDay || event.start.length === 10);
  if (start.kind === 'wall') return event.start === start.value;
  if (start.kind === 'instant') {
    if (event.start.length === 10) return false;
    try {
      return eventInstant(event.start, event.timeZone, 'UTC').getTime() === start.value;
    } catch {
      return false;
    }
  }
  return false;
}

const show = (start) => (start.kind === 'instant' ? new Date(start.value).toISOString().slice(0, 16) + 'Z' : `${start.value}${start.unknownZone ? ` (${start.unknownZone}, floating)` : ''}`);

function compare(ours, reference) {
  const left = [...ours];
  const missing = [];
  const moved = [];
  const unmatched = [];
  const refused = [];
  for (const ref of reference) {
    if (ref.start.kind === 'error') {
      refused.push(`"${ref.summary.slice(0, 50)}": ical.js could not expand it (${ref.start.value}); not compared`);
      continue;
    }
    const i = left.findIndex((e) => fold(e.title) === fold(ref.summary) && oursMatches(e, ref.start));
    if (i >= 0) left.splice(i, 1);
    else unmatched.push(ref);
  }
  for (const ref of unmatched) {
    const i = left.findIndex((e) => fold(e.title) === fold(ref.summary));
    if (i >= 0) {
      const [e] = left.splice(i, 1);
      moved.push(`"${ref.summary.slice(0, 50)}": reference ${show(ref.start)}, ours ${e.start}${e.timeZone ? ` ${e.timeZone}` : ''}`);
    } else missing.push(`"${ref.summary.slice(0, 50)}" ${show(ref.start)}`);
  }
  return { missing, moved, refused, extra: left.map((e) => `"${e.title.slice(0, 50)}" ${e.start}${e.timeZone ? ` ${e.timeZone}` : ''}`) };
}

/** The median DTSTART of the file's VEVENTs (at noon UTC), else 2026-11-22. */
function nowOf(text) {
  if (nowArg) return new Date(nowArg);
  const days = [];
  const re = /BEGIN:VEVENT[\s\S]*?END:VEVENT/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = /\nDTSTART[^\n]*:(\d{4})(\d{2})(\d{2})/.exec(m[0]);
    if (d) days.push(`${d[1]}-${d[2]}-${d[3]}`);
  }
  days.sort();
  const mid = days[Math.floor(days.length / 2)];
  return new Date(`${mid ?? '2026-11-22'}T12:00:00Z`);
}

// ---- run ----------------------------------------------------------------------------------

const present = existsSync(dir) ? new Set(readdirSync(dir)) : new Set();
const entries = manifest.files.filter((f) => present.has(f.file) && (only.length === 0 || only.includes(f.file)));
if (entries.length === 0) {
  console.log(`No real calendar files in ${join('tests', 'real-ics', 'files')} (they are not in git); tests/real-ics/README.md says how to fetch them. Nothing compared.`);
  process.exit(0);
}
const totals = { files: 0, ours: 0, deduped: 0, reference: 0, missing: 0, moved: 0, extra: 0, errors: 0, slowest: 0 };
for (const entry of entries) {
  const text = readFileSync(join(dir, entry.file), 'utf8');
  const now = nowOf(text);
  totals.files++;
  let parsed;
  let ms = 0;
  try {
    const t0 = performance.now();
    let t = 0;
    const budget = busy ? { budget: { clock: () => (t += 10) } } : {};
    parsed = await parseSource(text, { now, format: 'ics', sourceUrl: `https://partner.example.org/${entry.file}`, sourceName: entry.file, ...budget });
    ms = performance.now() - t0;
  } catch (error) {
    totals.errors++;
    console.log(`${entry.file}: ours failed: ${error.message}`);
    continue;
  }
  const deduped = dedupeEvents(parsed.events);
  const skipped = { count: 0 };
  let reference;
  try {
    reference = referenceWalk(text, now, skipped);
  } catch (error) {
    console.log(`${entry.file}: reference failed (${error.message}); ours ${parsed.events.length} events`);
    totals.ours += parsed.events.length;
    totals.deduped += deduped.length;
    continue;
  } finally {
    while (registeredIds.length) ICAL.TimezoneService.remove(registeredIds.pop());
  }
  const { missing, moved, extra, refused } = compare(deduped, reference);
  // Ours beside a series the reference could not expand are not "extra".
  const refusedTitles = new Set(refused.map((r) => fold(r.slice(1, r.indexOf('": ical.js')))));
  for (let i = extra.length - 1; i >= 0; i--) if (refusedTitles.has(fold(extra[i].slice(1, extra[i].lastIndexOf('"'))))) extra.splice(i, 1);
  totals.ours += parsed.events.length;
  totals.deduped += deduped.length;
  totals.reference += reference.length;
  totals.missing += missing.length;
  totals.moved += moved.length;
  totals.extra += extra.length;
  totals.slowest = Math.max(totals.slowest, ms);
  const differs = missing.length + moved.length + extra.length > 0;
  if (quiet && !differs) continue;
  console.log(`${entry.file} (${entry.exporter}; now ${now.toISOString().slice(0, 10)}): ours ${parsed.events.length}${deduped.length !== parsed.events.length ? ` (${deduped.length} after dedupe)` : ''} / reference ${reference.length}, ${ms.toFixed(0)} ms`);
  for (const r of refused) console.log(`  reference: ${r}`);
  if (skipped.count) console.log(`  reference: ical.js refused ${skipped.count} VEVENT(s); they are not compared`);
  for (const m of missing) console.log(`  missing: ${m}`);
  for (const m of moved) console.log(`  start differs: ${m}`);
  for (const m of extra.slice(0, 3)) console.log(`  extra: ${m}`);
  if (extra.length > 3) console.log(`  ... and ${extra.length - 3} more extra`);
  if (!quiet) for (const w of parsed.warnings.slice(0, 5)) console.log(`  warning: ${w}`);
}
console.log(`\n${totals.files} files: ours ${totals.ours} events (${totals.deduped} after dedupe), reference ${totals.reference}; missing ${totals.missing}, start differs ${totals.moved}, extra ${totals.extra}, ours failed ${totals.errors}; slowest read ${totals.slowest.toFixed(0)} ms`);
process.exit(totals.missing + totals.moved > 0 ? 1 : 0);
