/**
 * DTSTART/DTEND/RDATE/EXDATE values read into wall time in a known frame: an IANA zone, UTC,
 * or floating. Zones are resolved from TZID (IANA, Windows, prefixed, display names), else
 * through the calendar's own VTIMEZONE (as UTC), else the time is kept as written.
 */
import ICAL from 'ical.js';
import type { JCal, JProp } from './ics-text.ts';
import { utcMsToWall, wallToUtcMs } from '../time/offsets.ts';
import { wallMinutes } from './wall.ts';
import { resolveTimeZone } from './windows-zones.ts';
import { BudgetSpent, withBudget, type ExpansionBudget } from './ics-budget.ts';
import { neverRepeats } from './ics-rule-check.ts';
import { sameClockZone } from './ics-zone-match.ts';

export interface IcsTime {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' in the frame. */
  wall: string;
  /** An IANA zone; 'UTC' for UTC times; undefined for floating times and dates. */
  zone?: string;
}

export interface ZoneContext {
  /** X-WR-TIMEZONE, resolved: where UTC and floating times are shown. */
  calendarZone?: string;
  /** VTIMEZONE components by TZID, for ids no table knows. */
  vtimezones: Map<string, JCal>;
  warnings: string[];
  warned: Set<string>;
  /** The source's budget: a calendar's own zone rules spend from it too. */
  budget?: ExpansionBudget;
  /**
   * Costly zone work done so far, shared by copies of this context: 1 for each calendar zone
   * whose rules ical.js expands (about a ms), ZONE_SEARCH_WORK for each search for its IANA
   * twin (a few ms). A reader yields once enough is done (ics.ts).
   */
  work?: { units: number };
}

/** Work units of one zone search (ics-zone-match.ts), against 1 for expanding a zone's rules. */
export const ZONE_SEARCH_WORK = 4;

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z?)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const BASIC_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}(Z?))?$/;

/** A calendar's own zone, or the fixed offset (minutes) it falls back to when its rules cannot be trusted. */
type OwnZone = { rules: InstanceType<typeof ICAL.Timezone> } | { fixed: number; why: string };
const customZones = new WeakMap<JCal, OwnZone>();

/** Steps one VTIMEZONE may take: 50 yearly rules from 1601 to 2030 need about 25,000. */
const ZONE_STEPS = 40_000;
const ZONE_RULE_PARTS = new Set(['freq', 'interval', 'until', 'count', 'bymonth', 'byday', 'bymonthday', 'wkst']);

/** Why a VTIMEZONE's rules are not handed to ical.js (which expands them from their DTSTART), or undefined. */
function unsafeRules(vtz: JCal): string | undefined {
  if (vtz[2].length > 200) return 'it has more than 200 rules';
  for (const sub of vtz[2]) {
    for (const prop of sub[1]) {
      if (prop[0] !== 'rrule') continue;
      const rule = prop[3] as Record<string, unknown> | undefined;
      if (!rule || typeof rule !== 'object' || String(rule.freq).toUpperCase() !== 'YEARLY') return `its rules repeat ${String(rule?.freq ?? '').toLowerCase() || 'oddly'}, not yearly`;
      for (const key of Object.keys(rule)) if (!ZONE_RULE_PARTS.has(key)) return `its rules use ${key.toUpperCase()}`;
      // ical.js would search such a rule up to the year 20000 for its first change.
      const never = neverRepeats(rule);
      if (never) return `its rules never repeat (${never})`;
    }
  }
  return undefined;
}

/** TZOFFSETTO of the last STANDARD rule (else any rule), in minutes: what the zone mostly is. */
function standardOffset(vtz: JCal): number {
  let found: number | undefined;
  for (const sub of vtz[2]) {
    const value = sub[1].find((p) => p[0] === 'tzoffsetto')?.[3];
    const m = typeof value === 'string' ? /^([+-])(\d{2}):?(\d{2})/.exec(value) : null;
    if (!m) continue;
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    if (sub[0] === 'standard' || found === undefined) found = minutes;
  }
  return found ?? 0;
}

function ownZone(vtz: JCal, ctx: ZoneContext): OwnZone {
  let zone = customZones.get(vtz);
  if (!zone) {
    if (ctx.work) ctx.work.units++;
    const why = unsafeRules(vtz);
    zone = why ? { fixed: standardOffset(vtz), why } : { rules: new ICAL.Timezone(new ICAL.Component(vtz)) };
    customZones.set(vtz, zone);
  }
  return zone;
}

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

function viaVtimezone(wall: string, tzid: string, ctx: ZoneContext): number | undefined {
  const vtz = ctx.vtimezones.get(tzid);
  if (!vtz) return undefined;
  const asUtc = wallMinutes(wall) * 60_000;
  const fallBack = (zone: { fixed: number; why: string }) => {
    warnOnce(ctx, `${tzid} rules`, `Time zone "${tzid}" is not a known zone and ${zone.why}; its times were read at its standard offset ${offsetText(zone.fixed)}`);
    return asUtc - zone.fixed * 60_000;
  };
  try {
    const zone = ownZone(vtz, ctx);
    if ('fixed' in zone) return fallBack(zone);
    const year = Number(wall.slice(0, 4));
    // ical.js expands a zone's rules up to the year asked: only years events can have.
    if (year < 1800 || year > 2200) return undefined;
    const [y, mo, d, h, mi] = [wall.slice(0, 4), wall.slice(5, 7), wall.slice(8, 10), wall.slice(11, 13), wall.slice(14, 16)].map(Number);
    const convert = () => ICAL.Time.fromData({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 }, zone.rules).toUnixTime() * 1000;
    let ms: number;
    if (ctx.budget) {
      const parent = ctx.budget;
      const child: ExpansionBudget = { ...parent, stepsLeft: Math.min(ZONE_STEPS, parent.stepsLeft) };
      delete child.spent;
      const before = child.stepsLeft;
      try {
        ms = withBudget(child, convert);
      } finally {
        parent.stepsLeft -= before - Math.max(0, child.stepsLeft);
      }
    } else ms = convert();
    return Number.isFinite(ms) ? ms : undefined;
  } catch (error) {
    if (error instanceof BudgetSpent) {
      const zone = { fixed: standardOffset(vtz), why: 'its rules take too long to compute' };
      customZones.set(vtz, zone);
      return fallBack(zone);
    }
    return undefined;
  }
}

function warnOnce(ctx: ZoneContext, key: string, message: string): void {
  if (ctx.warned.has(key)) return;
  ctx.warned.add(key);
  ctx.warnings.push(message);
}

/** Splits a raw jCal value into date or date-time parts, also accepting the basic form. */
function shape(raw: unknown): { wall: string; utc: boolean } | undefined {
  if (typeof raw !== 'string') return undefined;
  if (DATE_RE.test(raw)) return { wall: raw, utc: false };
  const m = DATE_TIME_RE.exec(raw);
  if (m) return { wall: `${m[1]}T${m[2]}:${m[3]}`, utc: m[4] === 'Z' };
  // ical.js reads 'DTSTART:20261203' (a date without VALUE=DATE) as a broken date-time.
  const broken = /^(\d{4}-\d{2}-\d{2})T::$/.exec(raw);
  if (broken) return { wall: broken[1] as string, utc: false };
  const b = BASIC_RE.exec(raw);
  if (b) return b[4] === undefined ? { wall: `${b[1]}-${b[2]}-${b[3]}`, utc: false } : { wall: `${b[1]}-${b[2]}-${b[3]}T${b[4]}:${b[5]}`, utc: b[6] === 'Z' };
  return undefined;
}

/**
 * One value of a date property in its own frame, or undefined when it is not a date.
 * @example readTimeValue('2026-12-01T09:00:00', { tzid: 'W. Europe Standard Time' }, zctx) // { wall: '2026-12-01T09:00', zone: 'Europe/Berlin' }
 */
export function readTimeValue(raw: unknown, params: Record<string, unknown>, ctx: ZoneContext): IcsTime | undefined {
  // RDATE;VALUE=PERIOD values are [start, end or duration].
  const value = Array.isArray(raw) ? raw[0] : raw;
  const s = shape(value);
  if (!s) return undefined;
  if (s.wall.length === 10) return { wall: s.wall };
  if (s.utc) return { wall: s.wall, zone: 'UTC' };
  const tzid = typeof params.tzid === 'string' ? params.tzid : undefined;
  if (!tzid) return { wall: s.wall };
  const zone = resolveTimeZone(tzid) ?? resolveTimeZone(locationOf(ctx.vtimezones.get(tzid))) ?? zoneOfRules(tzid, s.wall, ctx);
  if (zone) return { wall: s.wall, zone };
  const ms = viaVtimezone(s.wall, tzid, ctx);
  if (ms !== undefined) {
    if (!ctx.warned.has(`${tzid} rules`)) warnOnce(ctx, tzid, `Time zone "${tzid}" is not a known zone; its times were converted with the calendar's own rules`);
    return { wall: utcMsToWall(ms, 'UTC'), zone: 'UTC' };
  }
  warnOnce(ctx, tzid, `Time zone "${tzid}" is unknown; its times are kept as written`);
  return { wall: s.wall };
}

/** The IANA zone a calendar's own VTIMEZONE behaves as (ics-zone-match.ts), found once per VTIMEZONE. */
const rulesZones = new WeakMap<JCal, string | null>();
/** Zone searches one source may run (ics-zone-match.ts), counted on its budget. */
const ZONE_SEARCHES = 8;
const zoneSearches = new WeakMap<ExpansionBudget, number>();

function zoneOfRules(tzid: string, wall: string, ctx: ZoneContext): string | undefined {
  const vtz = ctx.vtimezones.get(tzid);
  if (!vtz) return undefined;
  let zone = rulesZones.get(vtz);
  if (zone === undefined) {
    // Rules read at a fixed offset (not trusted, ics-time's unsafeRules) stay converted as before.
    try {
      if ('fixed' in ownZone(vtz, ctx)) return undefined;
    } catch {
      return undefined;
    }
    const year = Number(wall.slice(0, 4));
    // Each search costs a few milliseconds: a calendar with hundreds of unknown zones gets it for its first few.
    const left = ctx.budget ? (zoneSearches.get(ctx.budget) ?? ZONE_SEARCHES) : ZONE_SEARCHES;
    if (left <= 0) return undefined;
    if (ctx.budget) zoneSearches.set(ctx.budget, left - 1);
    if (ctx.work) ctx.work.units += ZONE_SEARCH_WORK;
    zone = (year >= 1900 && year <= 2199 ? sameClockZone((w) => viaVtimezone(w, tzid, { ...ctx, warnings: [], warned: new Set() }), year, ctx.calendarZone) : undefined) ?? null;
    rulesZones.set(vtz, zone);
    if (zone) warnOnce(ctx, tzid, `Time zone "${tzid}" is not a known name; its rules are those of ${zone}, and its times were read there`);
  }
  return zone ?? undefined;
}

function locationOf(vtz: JCal | undefined): string | undefined {
  const prop = vtz?.[1].find((p) => p[0] === 'x-lic-location');
  return typeof prop?.[3] === 'string' ? prop[3] : undefined;
}

/**
 * Every value of a (possibly multi-valued) date property such as EXDATE.
 * @example readTimeValues(['exdate', {}, 'date', '2026-12-01', '2026-12-08'], zctx).length // 2
 */
export function readTimeValues(prop: JProp, ctx: ZoneContext): IcsTime[] {
  const out: IcsTime[] = [];
  for (let i = 3; i < prop.length; i++) {
    const t = readTimeValue(prop[i], prop[1], ctx);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The wall time of `time` on the clock of `zone` (undefined: keep as written).
 * Dates and floating times are never moved.
 * @example toZone({ wall: '2026-12-01T09:00', zone: 'UTC' }, 'Europe/Brussels') // '2026-12-01T10:00'
 */
export function toZone(time: IcsTime, zone: string | undefined): string {
  if (!zone || !time.zone || time.zone === zone || time.wall.length === 10) return time.wall;
  const ms = time.zone === 'UTC' ? wallMinutes(time.wall) * 60_000 : wallToUtcMs(time.wall, time.zone);
  return utcMsToWall(ms, zone);
}

/**
 * The zone an event's times are shown in: its own, else the calendar's for UTC and floating times.
 * @example displayZone({ wall: '2026-12-01T09:00', zone: 'UTC' }, { calendarZone: 'Europe/Rome', ...rest }) // 'Europe/Rome'
 */
export function displayZone(time: IcsTime, ctx: ZoneContext): string | undefined {
  if (time.wall.length === 10) return undefined;
  if (time.zone && time.zone !== 'UTC') return time.zone;
  if (time.zone === 'UTC') return ctx.calendarZone ?? 'UTC';
  return ctx.calendarZone;
}
