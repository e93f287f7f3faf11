/**
 * iCalendar feeds (Google, Outlook/Exchange, Apple, Meetup, WordPress exports) to model
 * events. Properties are read straight from ical.js's jCal; only recurring series go through
 * ical.js's rule iterator, and overrides are grouped by UID here, so a 10,000-event feed costs
 * little more than its parse.
 */
import type { InclusionEvent } from '../model/event.ts';
import { InclusioError, ParseError } from '../model/errors.ts';
import { addDays } from '../time/zoned.ts';
import { finishEvent, uniqueIdsSteps, type EventDraft, type FinishContext } from './finish.ts';
import { expandSeriesSteps, keyOnClock } from './ics-recur.ts';
import { readCalendarTextSteps, type JCal } from './ics-text.ts';
import { displayZone, toZone, ZONE_SEARCH_WORK, type ZoneContext } from './ics-time.ts';
import { draftOfVevent, readVevent, type RawEvent } from './ics-vevent.ts';
import { createBudget, DEFAULT_LIMITS, type ExpansionBudget } from './ics-budget.ts';
import { currentVersions } from './ics-versions.ts';
import { DEFAULT_WINDOW, type ParsedSource, type SourceContext } from './types.ts';
import { addWallMinutes, wallMinutes } from './wall.ts';
import { resolveTimeZone } from './windows-zones.ts';

/** Most occurrences kept per recurring series. */
export const OCCURRENCE_CAP = 500;
/** VEVENTs read between two chances to yield (see parseIcsSteps). */
const VEVENTS_PER_STEP = 50;
const MAX_WARNINGS = 200;

interface Run {
  finish: FinishContext;
  zones: ZoneContext;
  from: string;
  to: string;
  events: InclusionEvent[];
  budget: ExpansionBudget;
  /** Warnings about the whole source (caps, budgets): listed first, never cut. */
  notices: string[];
  /** The events cap was reached: nothing more is read. */
  full?: boolean;
  /** The budget warning was given (once per source). */
  stopWarned?: boolean;
}

function calendarProps(calendar: JCal, warnings: string[]): { title?: string; zone?: string } {
  const out: { title?: string; zone?: string } = {};
  for (const prop of calendar[1]) {
    const value = typeof prop[3] === 'string' ? prop[3].trim() : undefined;
    if (!value) continue;
    if (prop[0] === 'x-wr-calname') out.title ??= value;
    if (prop[0] === 'x-wr-timezone') {
      out.zone = resolveTimeZone(value);
      if (!out.zone) warnings.push(`X-WR-TIMEZONE "${value}" is not a known time zone; UTC times stay in UTC`);
    }
  }
  return out;
}

/** An occurrence of a series: the master's draft moved to `start`, same length. */
function occurrenceDraft(master: EventDraft, start: string): EventDraft {
  const draft: EventDraft = { ...master, start };
  if (master.end && master.start) draft.end = addWallMinutes(start, wallMinutes(master.end) - wallMinutes(master.start));
  return draft;
}

function push(run: Run, draft: EventDraft): void {
  if (run.full) return;
  if (run.events.length >= run.budget.limits.events) {
    run.full = true;
    run.notices.push(`The calendar has more than ${run.budget.limits.events} events; only the first ${run.budget.limits.events} are kept`);
    return;
  }
  const event = finishEvent(draft, run.finish);
  if (event) run.events.push(event);
}

function* expand(run: Run, master: RawEvent, overrides: RawEvent[]): Generator<void, void> {
  const start = master.start;
  if (!start) return;
  const base = draftOfVevent(master, run.zones);
  const title = base.title ?? '(no title)';
  const byKey = new Map<string, RawEvent>();
  for (const o of overrides) if (o.recurrenceId) byKey.set(keyOnClock(o.recurrenceId, start), o);
  let rules = master.rrules;
  const most = run.budget.limits.rulesPerEvent;
  if (rules.length > most) {
    run.finish.warnings.push(`"${title}" has ${rules.length} RRULE lines; only the first ${most} are read`);
    rules = rules.slice(0, most);
  }
  const expansion = yield* expandSeriesSteps(start, rules, master.rdates, master.exdates, { from: run.from, to: run.to, cap: OCCURRENCE_CAP, budget: run.budget });
  if (expansion.stopped) {
    if (!run.stopWarned) {
      run.stopWarned = true;
      const what = expansion.stopped === 'time' ? `${run.budget.limits.ms} ms` : `${run.budget.limits.steps} steps`;
      run.notices.push(`Repeating events cost more than this calendar's budget (${what}); later repetitions were not expanded, the dates found are kept`);
    }
  } else if (expansion.error) run.finish.warnings.push(`"${title}": ${expansion.error}; the dates found are kept`);
  if (expansion.capped) run.finish.warnings.push(`"${title}" repeats more than ${OCCURRENCE_CAP} times in the window; only the first ${OCCURRENCE_CAP} are kept`);
  const zone = displayZone(start, run.zones);
  for (const occurrence of expansion.starts) {
    const shown = toZone(occurrence, zone);
    const id = master.uid ? `${master.uid.trim()}/${shown}` : undefined;
    const override = byKey.get(occurrence.wall);
    byKey.delete(occurrence.wall);
    const draft = occurrenceDraft(base, shown);
    // Overrides often carry only what changed (Google's cancelled instances hold a title and a status).
    if (override) for (const [key, value] of Object.entries(draftOfVevent(override, run.zones))) if (value !== undefined) (draft as Record<string, unknown>)[key] = value;
    if (override && draft.end && draft.start && draft.end <= draft.start) delete draft.end;
    if (id) draft.id = id;
    else delete draft.id;
    push(run, draft);
  }
  // Overrides of dates the rule no longer produces (or outside the window) count when they themselves fall in it.
  for (const [key, override] of byKey) {
    const draft = draftOfVevent(override, run.zones);
    const day = draft.start?.slice(0, 10);
    if (!day || day < run.from || day > run.to) continue;
    if (master.uid) draft.id = `${master.uid.trim()}/${toZone({ ...start, wall: key }, zone)}`;
    push(run, draft);
  }
}

function* readCalendar(run: Run, calendar: JCal): Generator<void, void> {
  let vevents: RawEvent[] = [];
  for (const component of calendar[2]) {
    if (component[0] === 'vtimezone') {
      const tzid = component[1].find((p) => p[0] === 'tzid')?.[3];
      if (typeof tzid === 'string') run.zones.vtimezones.set(tzid, component);
    }
  }
  let read = 0;
  const work = (run.zones.work ??= { units: 0 });
  let worked = work.units;
  for (const component of calendar[2]) {
    if (component[0] !== 'vevent') continue;
    // Every VEVENTS_PER_STEP events, or sooner after costly zone work (a calendar of 200 zones of its own).
    if (++read % VEVENTS_PER_STEP === 0 || work.units - worked >= ZONE_SEARCH_WORK) {
      worked = work.units;
      yield;
    }
    vevents.push(readVevent(component, run.zones));
  }
  vevents = currentVersions(vevents);
  const masters = new Set<string>();
  const overrides = new Map<string, RawEvent[]>();
  for (const raw of vevents) {
    if (!raw.uid) continue;
    if (raw.recurrenceId) {
      const list = overrides.get(raw.uid);
      if (list) list.push(raw);
      else overrides.set(raw.uid, [raw]);
    } else if (raw.rrules.length > 0 || raw.rdates.length > 0) masters.add(raw.uid);
  }
  let done = 0;
  for (const raw of vevents) {
    if (run.full) return;
    if (++done % VEVENTS_PER_STEP === 0) yield;
    if (raw.recurrenceId && raw.uid && masters.has(raw.uid)) continue;
    if (!raw.start) {
      const what = raw.summary ? `"${raw.summary.slice(0, 80)}"` : raw.uid ? `UID ${raw.uid.slice(0, 80)}` : 'an event';
      run.finish.warnings.push(`Skipped ${what}: ${raw.badStart ? `unreadable DTSTART (${raw.badStart})` : 'no DTSTART'}`);
      continue;
    }
    if ((raw.rrules.length > 0 || raw.rdates.length > 0) && !raw.recurrenceId) {
      // Each series may take its whole share of steps inside one call of ical.js: a chance to yield before each.
      yield;
      yield* expand(run, raw, (raw.uid && overrides.get(raw.uid)) || []);
      continue;
    }
    const draft = draftOfVevent(raw, run.zones);
    if (raw.recurrenceId && raw.uid) draft.id = `${raw.uid.trim()}/${draft.start ?? ''}`;
    push(run, draft);
  }
}

/**
 * Reads an iCalendar text into events. Recurring series are expanded within `ctx.window`
 * around `ctx.now`; single events are kept whatever their date.
 * @throws ParseError when the text is not iCalendar at all.
 * @example const { events, warnings } = parseIcs(icsText, { now: new Date('2026-11-22T00:00:00Z') });
 */
export function parseIcs(text: string, ctx: SourceContext): ParsedSource {
  const steps = parseIcsSteps(text, ctx);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * parseIcs for a page: between VEVENTs and within long recurrence expansions it calls `pause`
 * and waits when that returns a promise, so a hostile calendar is many short tasks, not one
 * that freezes the partner's page. The same steps and budgets as parseIcs, so the same events.
 * @example const parsed = await readIcs(text, { now: new Date() }, framePause());
 */
export async function readIcs(text: string, ctx: SourceContext, pause: () => Promise<void> | undefined): Promise<ParsedSource> {
  // The time budget counts reading only: the page's turns between slices are not this feed's cost.
  const base = ctx.budget?.clock ?? (() => (typeof performance !== 'undefined' ? performance.now() : 0));
  let paused = 0;
  const clock = () => base() - paused;
  const steps = parseIcsSteps(text, { ...ctx, budget: { ...ctx.budget, clock } });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const wait = pause();
    if (!wait) continue;
    const before = base();
    await wait;
    paused += base() - before;
  }
}

/** parseIcs as steps: yields between VEVENTs and expansion chunks; the caller decides when to let the page run. */
export function* parseIcsSteps(text: string, ctx: SourceContext): Generator<void, ParsedSource> {
  const warnings: string[] = [];
  try {
    const calendars = yield* readCalendarTextSteps(text, warnings);
    const span = ctx.window ?? DEFAULT_WINDOW;
    const today = ctx.now.toISOString().slice(0, 10);
    const budget = createBudget({ ...DEFAULT_LIMITS, ...ctx.budget?.limits }, ctx.budget?.clock);
    const finish: FinishContext = { format: 'ics', warnings, classified: new Map(), modes: new Map() };
    if (ctx.sourceUrl) finish.sourceUrl = ctx.sourceUrl;
    if (ctx.sourceName) finish.sourceName = ctx.sourceName;
    const notices: string[] = [];
    let title: string | undefined;
    const events: InclusionEvent[] = [];
    for (const calendar of calendars) {
      const props = calendarProps(calendar, warnings);
      title ??= props.title;
      const zones: ZoneContext = { vtimezones: new Map(), warnings, warned: new Set(), budget };
      if (props.zone) zones.calendarZone = props.zone;
      const run: Run = { finish, zones, from: addDays(today, -span.pastDays), to: addDays(today, span.futureDays), events, budget, notices };
      yield* readCalendar(run, calendar);
      if (run.full) break;
    }
    const extra = warnings.length - MAX_WARNINGS;
    const kept = [...notices, ...(extra > 0 ? [...warnings.slice(0, MAX_WARNINGS), `...and ${extra} more warnings`] : warnings)];
    yield;
    const parsed: ParsedSource = { format: 'ics', events: yield* uniqueIdsSteps(events), warnings: kept };
    if (title) parsed.title = title;
    if (ctx.sourceUrl && /^https?:/i.test(ctx.sourceUrl)) parsed.icsUrl = ctx.sourceUrl;
    return parsed;
  } catch (error) {
    if (error instanceof InclusioError) throw error;
    throw new ParseError('ics', `Could not read the calendar: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}
