/**
 * Checks iCalendar text line by line against the parts of RFC 5545 that calendar programs
 * trip over, and says where each problem is. It reads the text itself rather than through a
 * parser, so that it can name the line even when a parser would give up.
 */
import type { Problem } from '../model/errors.ts';

interface Line {
  no: number;
  name: string;
  params: Map<string, string>;
  value: string;
}

const DATE = /^\d{8}$/;

// RFC 5545 lets these appear at most once in a VEVENT: a second one is how an injected line
// (a CR/LF smuggled into a value) usually shows.
const ONCE_IN_VEVENT = ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS', 'SEQUENCE', 'CLASS', 'ORGANIZER', 'PRIORITY', 'TRANSP', 'RECURRENCE-ID', 'CREATED', 'LAST-MODIFIED', 'GEO'];

// What Inclusio itself writes (lib/calendar/ics.ts). In a file that says Inclusio made it,
// anything else was put there by someone else.
const INCLUSIO_COMPONENTS = new Set(['VCALENDAR', 'VEVENT', 'VTIMEZONE', 'STANDARD', 'DAYLIGHT']);
const INCLUSIO_VEVENT_PROPS = new Set([
  'UID', 'SEQUENCE', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS', 'CATEGORIES',
  'X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT',
]);
/** The number of events an Inclusio calendar says it holds. */
export const EVENT_COUNT_PROPERTY = 'X-INCLUSIO-EVENTS';
const DATE_TIME = /^\d{8}T\d{6}Z?$/;

function unfold(text: string, problems: Problem[]): Line[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines: Line[] = [];
  let current: { no: number; text: string } | undefined;
  const flush = () => {
    if (!current) return;
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,"]*)(?:,(?:"[^"]*"|[^;:,"]*))*)*):(.*)$/s.exec(current.text);
    if (!m) problems.push({ path: `line ${current.no}`, message: `not a property line: '${current.text.slice(0, 40)}'` });
    else {
      const params = new Map<string, string>();
      for (const p of (m[2] ?? '').split(';').slice(1)) {
        const [k, v = ''] = p.split(/=(.*)/s);
        params.set((k ?? '').toUpperCase(), v.replace(/^"|"$/g, ''));
      }
      lines.push({ no: current.no, name: (m[1] ?? '').toUpperCase(), params, value: m[3] ?? '' });
    }
    current = undefined;
  };
  raw.forEach((text, i) => {
    if (/^[ \t]/.test(text) && current) current.text += text.slice(1);
    else {
      flush();
      if (text.trim() !== '') current = { no: i + 1, text };
    }
  });
  flush();
  return lines;
}

function checkDate(line: Line, problems: Problem[]): void {
  const isDate = line.params.get('VALUE') === 'DATE';
  const ok = isDate ? DATE.test(line.value) : DATE_TIME.test(line.value);
  if (!ok) problems.push({ path: `line ${line.no}`, message: `${line.name} '${line.value}' is not a ${isDate ? 'date (YYYYMMDD)' : 'date-time (YYYYMMDDTHHMMSS)'}` });
  else if (line.value.endsWith('Z') && line.params.has('TZID')) problems.push({ path: `line ${line.no}`, message: `${line.name} has both TZID and a UTC time` });
}

/**
 * @example lintIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR') // [{ path: 'line 1', message: 'VCALENDAR has no VERSION' }, ...]
 */
export function lintIcs(text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = unfold(text, problems);
  if (lines[0]?.name !== 'BEGIN' || lines[0].value.toUpperCase() !== 'VCALENDAR') {
    problems.push({ path: 'line 1', message: 'the file must start with BEGIN:VCALENDAR' });
  }
  const stack: Array<{ name: string; no: number; props: Map<string, Line> }> = [];
  const timezones = new Set<string>();
  const usedZones: Line[] = [];
  const ours = lines.some((l) => l.name === 'PRODID' && /\/\/Inclusio\/\//.test(l.value));
  let claimed: Line | undefined;
  let vevents = 0;
  const uids = new Map<string, number>();
  for (const line of lines) {
    if (line.name === 'BEGIN') {
      const name = line.value.toUpperCase();
      if (name === 'VEVENT') vevents++;
      if (ours && !INCLUSIO_COMPONENTS.has(name)) {
        problems.push({ path: `line ${line.no}`, message: `BEGIN:${name}: Inclusio never writes this component; injected?` });
      }
      stack.push({ name, no: line.no, props: new Map() });
      continue;
    }
    if (line.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== line.value.toUpperCase()) {
        problems.push({ path: `line ${line.no}`, message: `END:${line.value} does not close ${open ? `BEGIN:${open.name} (line ${open.no})` : 'anything'}` });
        if (open) stack.push(open);
        continue;
      }
      checkComponent(open, problems, timezones);
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      problems.push({ path: `line ${line.no}`, message: `${line.name} is outside any component` });
      continue;
    }
    if (!top.props.has(line.name)) top.props.set(line.name, line);
    else if (top.name === 'VEVENT' && ONCE_IN_VEVENT.includes(line.name)) {
      problems.push({ path: `line ${line.no}`, message: `${line.name} appears twice in the VEVENT of line ${top.no}; injected?` });
    }
    if (top.name === 'VCALENDAR' && line.name === EVENT_COUNT_PROPERTY) claimed = line;
    if (top.name === 'VEVENT' && ours) {
      if (!INCLUSIO_VEVENT_PROPS.has(line.name)) problems.push({ path: `line ${line.no}`, message: `${line.name}: Inclusio never writes this property; injected?` });
      if (line.name === 'UID') {
        const first = uids.get(line.value);
        if (first !== undefined) problems.push({ path: `line ${line.no}`, message: `UID '${line.value.slice(0, 60)}' is already used on line ${first}` });
        else uids.set(line.value, line.no);
      }
    }
    if (['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID'].includes(line.name) && top.name !== 'STANDARD' && top.name !== 'DAYLIGHT') {
      checkDate(line, problems);
      if (line.params.has('TZID')) usedZones.push(line);
    }
    if (line.name === 'DTSTAMP' && !/^\d{8}T\d{6}Z$/.test(line.value)) {
      problems.push({ path: `line ${line.no}`, message: 'DTSTAMP must be a UTC date-time ending in Z' });
    }
  }
  for (const open of stack) {
    problems.push({ path: `line ${open.no}`, message: `BEGIN:${open.name} is never closed` });
    checkComponent(open, problems, timezones);
  }
  if (claimed && String(vevents) !== claimed.value.trim()) {
    problems.push({ path: `line ${claimed.no}`, message: `the calendar says it has ${claimed.value.trim().slice(0, 20)} events but holds ${vevents} VEVENTs` });
  }
  for (const line of usedZones) {
    const zone = line.params.get('TZID') ?? '';
    if (!timezones.has(zone)) problems.push({ path: `line ${line.no}`, message: `TZID '${zone}' has no VTIMEZONE in the file` });
  }
  return problems;
}

function checkComponent(c: { name: string; no: number; props: Map<string, Line> }, problems: Problem[], timezones: Set<string>): void {
  const where = `line ${c.no}`;
  const need = (prop: string) => {
    if (!c.props.has(prop)) problems.push({ path: where, message: `${c.name} has no ${prop}` });
  };
  if (c.name === 'VCALENDAR') {
    need('VERSION');
    need('PRODID');
    const version = c.props.get('VERSION');
    if (version && version.value !== '2.0') problems.push({ path: `line ${version.no}`, message: "VERSION must be '2.0'" });
  } else if (c.name === 'VEVENT') {
    need('UID');
    need('DTSTAMP');
    need('DTSTART');
    const start = c.props.get('DTSTART');
    const end = c.props.get('DTEND');
    if (end && c.props.has('DURATION')) problems.push({ path: `line ${end.no}`, message: 'VEVENT has both DTEND and DURATION' });
    if (start && end && start.value.length === end.value.length && end.value < start.value && !end.params.has('TZID') === !start.params.has('TZID')) {
      problems.push({ path: `line ${end.no}`, message: 'DTEND is before DTSTART' });
    }
    if (start && end && (start.params.get('VALUE') === 'DATE') !== (end.params.get('VALUE') === 'DATE')) {
      problems.push({ path: `line ${end.no}`, message: 'DTSTART and DTEND must both be dates or both date-times' });
    }
  } else if (c.name === 'VTIMEZONE') {
    need('TZID');
    const id = c.props.get('TZID');
    if (id) timezones.add(id.value);
  }
}
