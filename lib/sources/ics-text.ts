/**
 * Tolerant reading of iCalendar text into jCal. Clean feeds go straight through ical.js;
 * a feed with junk (stray lines, missing END lines, a broken component) is repaired line by
 * line and, if that is not enough, read one component at a time, with a warning for each
 * thing dropped, so one bad entry never costs the whole calendar.
 */
import ICAL from 'ical.js';
import { ParseError } from '../model/errors.ts';

/** ['vcalendar', properties, components] as ical.js produces it. */
export type JCal = [string, JProp[], JCal[]];
export type JProp = [string, Record<string, unknown>, string, ...unknown[]];

const CONTENT_LINE_RE = /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:/;
const CHILDREN: Record<string, string[]> = {
  VCALENDAR: ['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE'],
  VEVENT: ['VALARM'],
  VTODO: ['VALARM'],
  VTIMEZONE: ['STANDARD', 'DAYLIGHT'],
};

/**
 * Most parameters a property may carry. Real exporters write fewer than ten; ical.js looks for
 * the value's ':' again after each parameter, so a line with 100,000 of them costs seconds.
 */
export const MAX_PARAMS = 64;

/** Parameters (';' outside quotes, before the value's ':') of one unfolded line, up to `stop`. */
function paramCount(line: string, stop = MAX_PARAMS + 1): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 58) return count;
    else if (!quoted && c === 59 && ++count >= stop) return count;
  }
  return count;
}

/**
 * Most values one EXDATE or RDATE line gives. Real exporters write a few hundred; ical.js reads
 * a line in one go, so 200,000 of them hold a page for half a second before any step can yield.
 */
export const MAX_LIST_VALUES = 10_000;

/**
 * Whether some property in the raw text has more than MAX_PARAMS parameters, or more than
 * MAX_LIST_VALUES comma-separated values: one linear pass, folded lines included.
 */
function hasLongParameterList(text: string): boolean {
  const steps = hasLongParameterListSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Characters scanned between two chances to yield: a few ms of a page's time. */
const CHARS_PER_STEP = 256 * 1024;

/** hasLongParameterList as steps: yields every CHARS_PER_STEP characters. */
function* hasLongParameterListSteps(text: string): Generator<void, boolean> {
  let count = 0;
  let commas = 0;
  let quoted = false;
  let inValue = false;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && i % CHARS_PER_STEP === 0) yield;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = text.charCodeAt(i + 1);
      if (next !== 32 && next !== 9 && next !== 10) {
        count = 0;
        commas = 0;
        quoted = false;
        inValue = false;
      }
    } else if (inValue) {
      if (c === 44 && ++commas >= MAX_LIST_VALUES) return true;
    }
    else if (c === 34) quoted = !quoted;
    else if (!quoted && c === 58) inValue = true;
    else if (!quoted && c === 59 && ++count > MAX_PARAMS) return true;
  }
  return false;
}

interface Line {
  text: string;
  /** 1-based physical line where it starts. */
  at: number;
}

function unfold(text: string): Line[] {
  const raw = text.split(/\r\n|\n|\r/);
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const last = lines[lines.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) last.text += line.slice(1);
    else if (line.trim() !== '') lines.push({ text: line, at: i + 1 });
  }
  return lines;
}

const DATE_PROP_RE = /^(?:DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)[;:]/i;
const SWALLOWED_VALUE_RE = /^([^"]*=)"([^"]*):(\d{8}(?:T\d{6}Z?)?)"$/;
const RULE_RE = /^((?:RRULE|EXRULE)(?:;[^:]*)?):(.*)$/i;

/**
 * Mends what real exporters get wrong in one line, so that the line, not its whole component, is read:
 * - Exchange closes a quoted TZID after the value: `DTSTART;TZID="W. Europe Standard Time:20200609T090000"`;
 * - Microsoft CDO writes `BYDAY=MO, TU, WE` and KOrganizer `freq=YEArLY`: a rule's value is read without spaces, in upper case.
 * @example mendLine('RRULE:freq=weekly;BYDAY=MO, TU') // 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU'
 */
export function mendLine(text: string): string {
  if (text.length < 400 && DATE_PROP_RE.test(text)) {
    const m = SWALLOWED_VALUE_RE.exec(text);
    if (m) return `${m[1]}"${m[2]}":${m[3]}`;
  }
  const rule = RULE_RE.exec(text);
  if (rule) return `${rule[1]}:${(rule[2] ?? '').replace(/\s+/g, '').toUpperCase()}`;
  return text;
}

const DATE_LIST_RE = /^(EXDATE|RDATE)[;:]/i;

/** An EXDATE or RDATE line cut to its first MAX_LIST_VALUES values, with a warning; any other line as it is. */
function shortList(text: string, at: number, warnings: string[]): string {
  if (text.length < MAX_LIST_VALUES * 9) return text;
  const name = DATE_LIST_RE.exec(text)?.[1];
  if (!name) return text;
  let colon = -1;
  for (let i = 0, quoted = false; i < text.length && colon < 0; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) colon = i;
  }
  let end = colon;
  for (let n = 0; n < MAX_LIST_VALUES && end >= 0; n++) end = text.indexOf(',', end + 1);
  if (colon < 0 || end < 0) return text;
  warnings.push(`line ${at}: ${name.toUpperCase()} has more than ${MAX_LIST_VALUES} values; only the first ${MAX_LIST_VALUES} are read`);
  return text.slice(0, end);
}

/** Lines that form well-nested components; junk dropped, missing ENDs added. */
function repair(lines: Line[], warnings: string[]): Line[] {
  const steps = repairSteps(lines, warnings);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Lines repaired between two chances to yield (a few ms). */
const LINES_PER_STEP = 5_000;

/** repair as steps: yields every LINES_PER_STEP lines. */
function* repairSteps(lines: Line[], warnings: string[]): Generator<void, Line[]> {
  const out: Line[] = [];
  const stack: string[] = [];
  // How many of each name are open: asking the stack itself is a scan per END (quadratic on 40,000 nested components).
  const openCount = new Map<string, number>();
  const open = (name: string) => {
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const close = (): string => {
    const name = stack.pop() ?? '';
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    return name;
  };
  let done = 0;
  for (const raw of lines) {
    if (++done % LINES_PER_STEP === 0) yield;
    const mended = shortList(mendLine(raw.text), raw.at, warnings);
    const line = mended === raw.text ? raw : { ...raw, text: mended };
    if (paramCount(line.text) > MAX_PARAMS) {
      warnings.push(`line ${line.at}: more than ${MAX_PARAMS} parameters, skipped`);
      continue;
    }
    if (!CONTENT_LINE_RE.test(line.text)) {
      warnings.push(`line ${line.at}: not an iCalendar line, skipped`);
      continue;
    }
    const begin = /^BEGIN:(.+)$/i.exec(line.text.trim());
    const end = /^END:(.+)$/i.exec(line.text.trim());
    if (begin) {
      const name = (begin[1] ?? '').toUpperCase();
      // A BEGIN that cannot nest here means the open component lost its END.
      while (stack.length > 0 && !(CHILDREN[stack[stack.length - 1] ?? ''] ?? []).includes(name) && !name.startsWith('X-')) {
        const closed = close();
        warnings.push(`line ${line.at}: ${closed} was not closed; closed before ${name}`);
        out.push({ text: `END:${closed}`, at: line.at });
      }
      if (stack.length === 0 && name !== 'VCALENDAR') {
        warnings.push(`line ${line.at}: ${name} outside a calendar, skipped`);
        continue;
      }
      open(name);
      out.push({ text: `BEGIN:${name}`, at: line.at });
    } else if (end) {
      const name = (end[1] ?? '').trim().toUpperCase();
      if (!openCount.get(name)) {
        warnings.push(`line ${line.at}: END:${name} without BEGIN, skipped`);
        continue;
      }
      while (stack[stack.length - 1] !== name) {
        const closed = close();
        warnings.push(`line ${line.at}: ${closed} was not closed`);
        out.push({ text: `END:${closed}`, at: line.at });
      }
      close();
      out.push({ text: `END:${name}`, at: line.at });
    } else if (stack.length > 0) {
      out.push(line);
    }
  }
  while (stack.length > 0) {
    const closed = close();
    warnings.push(`${closed} was not closed at the end of the text`);
    out.push({ text: `END:${closed}`, at: lines.length });
  }
  return out;
}

function parseCalendars(text: string): JCal[] {
  const parsed = ICAL.parse(text) as unknown;
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as JCal[];
  return list.filter((c) => Array.isArray(c) && c[0] === 'vcalendar');
}

const join = (lines: Line[]) => lines.map((l) => l.text).join('\r\n');

/** Reads each top-level component on its own, skipping those ical.js refuses. */
function parsePiecewise(lines: Line[], warnings: string[]): JCal[] {
  const calendars: JCal[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!/^BEGIN:VCALENDAR$/i.test(lines[i]?.text ?? '')) {
      i++;
      continue;
    }
    const props: Line[] = [];
    const blocks: Line[][] = [];
    i++;
    for (; i < lines.length && !/^END:VCALENDAR$/i.test(lines[i]?.text ?? ''); i++) {
      const line = lines[i] as Line;
      if (!/^BEGIN:/i.test(line.text)) {
        props.push(line);
        continue;
      }
      const name = line.text.slice(6).toUpperCase();
      const block: Line[] = [line];
      for (i++; i < lines.length && lines[i]?.text.toUpperCase() !== `END:${name}`; i++) block.push(lines[i] as Line);
      if (i < lines.length) block.push(lines[i] as Line);
      blocks.push(block);
    }
    i++;
    const shell = (body: Line[]) => `BEGIN:VCALENDAR\r\n${join(body)}\r\nEND:VCALENDAR`;
    let calendar: JCal = ['vcalendar', [], []];
    for (const prop of props) {
      try {
        for (const p of parseCalendars(shell([prop]))[0]?.[1] ?? []) calendar[1].push(p);
      } catch {
        warnings.push(`line ${prop.at}: calendar property could not be read, skipped`);
      }
    }
    for (const block of blocks) {
      try {
        for (const c of parseCalendars(shell(block))[0]?.[2] ?? []) calendar[2].push(c);
      } catch (error) {
        warnings.push(`line ${block[0]?.at}: ${block[0]?.text.slice(6)} could not be read (${(error as Error).message}), skipped`);
      }
    }
    calendars.push(calendar);
    calendar = ['vcalendar', [], []];
  }
  return calendars;
}

/**
 * The calendars in an iCalendar text as jCal, repairing what it can.
 * @throws ParseError when the text holds no calendar at all.
 * @example const [calendar] = readCalendarText('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', []);
 */
export function readCalendarText(text: string, warnings: string[]): JCal[] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/BEGIN:VCALENDAR/i.test(clean.slice(0, 65_536))) {
    throw new ParseError('ics', 'Not an iCalendar file: no BEGIN:VCALENDAR');
  }
  // A property with a huge parameter list goes through the repair below, which drops it.
  if (!hasLongParameterList(clean)) {
    try {
      const calendars = parseCalendars(clean);
      if (calendars.length > 0) return calendars;
    } catch {
      // Junk somewhere: repair below.
    }
  }
  const repaired = repair(unfold(clean), warnings);
  try {
    const calendars = parseCalendars(join(repaired));
    if (calendars.length > 0) return calendars;
  } catch {
    // Still refused: read component by component.
  }
  const calendars = parsePiecewise(repaired, warnings);
  if (calendars.length === 0) throw new ParseError('ics', 'No readable calendar in the iCalendar text');
  return calendars;
}

/**
 * Texts longer than this are parsed a piece of about this size at a time, with a chance to
 * yield between pieces: ical.js reads 32 KB in 2-4 ms on a desktop.
 */
export const PIECE_CHARS = 32 * 1024;
/** VEVENT starts found between two chances to yield. */
const MATCHES_PER_STEP = 5_000;

/**
 * A long single calendar cut at BEGIN:VEVENT lines into calendars of about PIECE_CHARS each:
 * the first holds what comes before the first VEVENT (properties, VTIMEZONEs), each next one
 * whole VEVENTs, the last also what follows them. `events` is how many VEVENTs each piece opens.
 * Undefined when the text is not one calendar with many VEVENTs.
 */
function* calendarPieces(text: string): Generator<void, { pieces: string[]; events: number[] } | undefined> {
  let calendars = 0;
  const calendar = /^BEGIN:VCALENDAR\r?$/gim;
  while (calendar.exec(text) && ++calendars < 2);
  if (calendars !== 1) return undefined;
  yield;
  const starts: number[] = [];
  const begin = /^BEGIN:VEVENT\r?$/gim;
  // Each search goes on from the last match: yielding now and then keeps the scan linear.
  for (let m = begin.exec(text); m; m = begin.exec(text)) if (starts.push(m.index) % MATCHES_PER_STEP === 0) yield;
  yield;
  let close = -1;
  const end = /^END:VCALENDAR\r?$/gim;
  for (let m = end.exec(text); m; m = end.exec(text)) close = m.index;
  const first = starts[0];
  if (first === undefined || close < (starts[starts.length - 1] ?? 0)) return undefined;
  const shell = (body: string) => `BEGIN:VCALENDAR\r\n${body}END:VCALENDAR\r\n`;
  const pieces = [`${text.slice(0, first)}END:VCALENDAR\r\n`];
  const events = [0];
  let from = first;
  let count = 0;
  for (const start of starts) {
    if (start - from >= PIECE_CHARS) {
      pieces.push(shell(text.slice(from, start)));
      events.push(count);
      from = start;
      count = 0;
    }
    count++;
  }
  pieces.push(shell(text.slice(from, close)));
  events.push(count);
  return { pieces, events };
}

/**
 * readCalendarText as steps: a long clean calendar is parsed a piece at a time, yielding between
 * pieces, so a page is never held by one parse of megabytes. A piece ical.js reads otherwise
 * than as whole VEVENTs (a missing END nests the next one) sends the text to readCalendarText.
 * @example const calendars = yield* readCalendarTextSteps(text, warnings);
 */
export function* readCalendarTextSteps(text: string, warnings: string[]): Generator<void, JCal[]> {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.length <= 2 * PIECE_CHARS) return readCalendarText(text, warnings);
  const clear = !(yield* hasLongParameterListSteps(clean));
  const fromClean = clear ? yield* parsePieces(clean) : undefined;
  if (fromClean) return fromClean;
  // Junk, a broken component or a missing END: repaired line by line, then read in pieces again.
  if (!/BEGIN:VCALENDAR/i.test(clean.slice(0, 65_536))) throw new ParseError('ics', 'Not an iCalendar file: no BEGIN:VCALENDAR');
  yield;
  const repairWarnings: string[] = [];
  const repaired = yield* repairSteps(unfold(clean), repairWarnings);
  yield;
  const fromRepaired = yield* parsePieces(join(repaired));
  if (fromRepaired) {
    for (const w of repairWarnings) warnings.push(w);
    return fromRepaired;
  }
  yield;
  return readCalendarText(text, warnings);
}

/** The calendar of a long text read a piece at a time; undefined when it cannot be read so (see calendarPieces). */
function* parsePieces(text: string): Generator<void, JCal[] | undefined> {
  const cut = yield* calendarPieces(text);
  if (!cut) return undefined;
  try {
    const whole = parseCalendars(cut.pieces[0] as string)[0];
    if (!whole) return undefined;
    for (let i = 1; i < cut.pieces.length; i++) {
      yield;
      const part = parseCalendars(cut.pieces[i] as string);
      const calendar = part[0];
      // A missing END nests the next VEVENT in the one before: not whole VEVENTs.
      if (part.length !== 1 || !calendar || calendar[2].filter((c) => c[0] === 'vevent').length !== cut.events[i]) return undefined;
      for (const prop of calendar[1]) whole[1].push(prop);
      for (const component of calendar[2]) whole[2].push(component);
    }
    return [whole];
  } catch {
    return undefined;
  }
}
