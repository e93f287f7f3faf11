/**
 * Ingest benchmark: our ICS reader against ical.js's own parse + component walk, and feed v1
 * reading against a bare JSON.parse, on generated 10,000-event sources, in one run.
 * Run: node_modules/.bin/node tests/bench/ingest.ts
 */
import ICAL from 'ical.js';
import { createFeed } from '../../lib/model/feed.ts';
import { parseIcs } from '../../lib/sources/ics.ts';
import { parseSource } from '../../lib/sources/index.ts';

const EVENTS = 10_000;
const now = new Date('2026-11-22T08:00:00Z');

// A network calendar of this size is a few hundred activities (a weekly language café, a
// monthly legal clinic...) held on many dates, in several languages and places.
const ACTIVITIES: Array<[string, string]> = [
  ['Sprachcafé für Geflüchtete', 'Deutsch üben in entspannter Runde mit Ehrenamtlichen. Kostenlos, ohne Anmeldung, Kinderbetreuung vor Ort.'],
  ['Atelier CV pour personnes réfugiées', "Préparer son CV et sa lettre de motivation pour le marché du travail belge. Interprétation en arabe et en dari."],
  ['Job fair for newcomers and employers', 'Meet employers looking for staff; bring your CV. Advice on the recognition of qualifications for third-country nationals.'],
  ['Corso di italiano per migranti', 'Corso gratuito di lingua italiana, livello A1-A2, con servizio di baby-sitting.'],
  ['Taller de derechos laborales', 'Información sobre contratos, salarios y derechos laborales para personas migrantes. Con intérprete.'],
  ['Permanence juridique droit des étrangers', "Consultations gratuites sur le séjour, le regroupement familial et l'asile, sur rendez-vous."],
  ['Webinar: inclusion of refugees in VET', 'Online exchange for VET providers on skills assessment and language support for refugees. Join via Zoom.'],
  ['Mieterberatung für Zugewanderte', 'Beratung zu Mietverträgen, Kaution und Wohnungssuche für neu Zugewanderte.'],
];
const PLACES = [
  'Maison des Associations\\, Rue de la Loi 42\\, 1040 Bruxelles\\, Belgique',
  'Stadtteilzentrum\\, Karl-Marx-Straße 83\\, 12043 Berlin\\, Deutschland',
  'Casa delle Donne\\, Via della Lungara 19\\, 00165 Roma\\, Italia',
  'Centro Cívico\\, Calle de Embajadores 35\\, 28012 Madrid\\, España',
  'Online',
];

const pad = (n: number) => String(n).padStart(2, '0');
function icsDay(offsetDays: number): string {
  const d = new Date(Date.UTC(2025, 11, 1) + offsetDays * 86_400_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** A 10,000-VEVENT calendar: VTIMEZONEs, zoned, UTC and all-day events, weekly series with overrides. */
export function generateIcs(count: number, distinctTexts = false): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Inclusio//bench//EN', 'X-WR-CALNAME:Network calendar', 'X-WR-TIMEZONE:Europe/Brussels',
    'BEGIN:VTIMEZONE', 'TZID:Europe/Brussels', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
    'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
  ];
  let written = 0;
  for (let i = 0; written < count; i++) {
    const [title, description] = ACTIVITIES[i % ACTIVITIES.length] as [string, string];
    const place = PLACES[(i >> 3) % PLACES.length] as string;
    const day = icsDay(i % 700);
    const summary = distinctTexts ? `${title} – session ${i}` : title;
    const uid = `bench-${i}@network.example.org`;
    const common = [`UID:${uid}`, 'DTSTAMP:20261101T080000Z', `SUMMARY:${summary}`, `DESCRIPTION:${description}\\nhttps://network.example.org/e/${i % 400}`,
      `LOCATION:${place}`, `URL:https://network.example.org/e/${i % 400}`, 'STATUS:CONFIRMED', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY'];
    const kind = i % 50;
    if (kind === 0 && written + 2 <= count) {
      // A weekly series of eight with one moved date.
      lines.push('BEGIN:VEVENT', ...common, `DTSTART;TZID=Europe/Brussels:${day}T180000`, `DTEND;TZID=Europe/Brussels:${day}T200000`,
        'RRULE:FREQ=WEEKLY;COUNT=8', `EXDATE;TZID=Europe/Brussels:${icsDay((i % 700) + 14)}T180000`, 'END:VEVENT');
      lines.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T080000Z', `RECURRENCE-ID;TZID=Europe/Brussels:${icsDay((i % 700) + 7)}T180000`,
        `DTSTART;TZID=Europe/Brussels:${icsDay((i % 700) + 7)}T190000`, `DTEND;TZID=Europe/Brussels:${icsDay((i % 700) + 7)}T210000`,
        `SUMMARY:${summary} (later)`, 'END:VEVENT');
      written += 2;
      continue;
    }
    if (kind % 3 === 0) lines.push('BEGIN:VEVENT', ...common, `DTSTART:${day}T090000Z`, `DTEND:${day}T110000Z`, 'END:VEVENT');
    else if (kind % 3 === 1) lines.push('BEGIN:VEVENT', ...common, `DTSTART;TZID=W. Europe Standard Time:${day}T140000`, `DTEND;TZID=W. Europe Standard Time:${day}T163000`, 'END:VEVENT');
    else lines.push('BEGIN:VEVENT', ...common, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${icsDay((i % 700) + 2)}`, 'END:VEVENT');
    written += 1;
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** What any ical.js user does at least: parse, then walk every component and property value. */
function icalJsParseAndWalk(text: string): number {
  const root = new ICAL.Component(ICAL.parse(text));
  let values = 0;
  for (const vevent of root.getAllSubcomponents('vevent')) {
    for (const prop of vevent.getAllProperties()) if (prop.getFirstValue() !== undefined) values++;
  }
  return values;
}

/** Median of timed runs after warm-up, runs of the two sides interleaved. */
async function compare(ours: () => unknown, reference: () => unknown, runs = 9): Promise<{ ours: number; reference: number }> {
  for (let i = 0; i < 2; i++) {
    await ours();
    await reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await ours();
    a.push(performance.now() - t);
    t = performance.now();
    await reference();
    b.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return { ours: median(a), reference: median(b) };
}

function report(name: string, r: { ours: number; reference: number }, target: number): void {
  const ratio = r.ours / r.reference;
  console.log(`${name}: ours ${r.ours.toFixed(1)} ms, reference ${r.reference.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target <= ${target})`);
}

const ics = generateIcs(EVENTS);
const icsResult = await compare(() => parseIcs(ics, { now }), () => icalJsParseAndWalk(ics));
report(`ics ingest (${EVENTS} VEVENTs)`, icsResult, 1.3);

const events = parseIcs(ics, { now }).events;
const feedText = JSON.stringify(createFeed('Network calendar', events.slice(0, EVENTS), now));
const jsonResult = await compare(
  () => parseSource(feedText, { now }),
  () => JSON.parse(feedText),
);
report(`feed v1 ingest (${Math.min(EVENTS, events.length)} events)`, jsonResult, 3);

// For the record: when every event has text of its own, classification (lib/relevance) is
// not shared between events, and it costs more than the iCalendar parse itself.
const distinct = generateIcs(EVENTS, true);
const distinctResult = await compare(() => parseIcs(distinct, { now }), () => icalJsParseAndWalk(distinct), 3);
console.log(`note: ics ingest with ${EVENTS} distinct titles: ours ${distinctResult.ours.toFixed(1)} ms, reference ${distinctResult.reference.toFixed(1)} ms, ratio ${(distinctResult.ours / distinctResult.reference).toFixed(2)} (no target)`);
