import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { InclusioError } from '../../../lib/model/errors.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { validateFeed } from '../../../lib/model/validate.ts';
import { parseIcs } from '../../../lib/sources/ics.ts';
import { parseSource, type HtmlParser } from '../../../lib/sources/index.ts';

const now = new Date('2026-11-22T08:00:00Z');
const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

/** Runs a parser and checks the contract: typed errors only, and only valid events. */
async function checkParse(text: string, withDom: boolean): Promise<void> {
  try {
    const parsed = await parseSource(text, { now, sourceUrl: 'https://fuzz.example.org/src', ...(withDom ? { parseHtml } : {}) });
    expect(validateFeed({ version: 1, title: 't', updated: now.toISOString(), events: parsed.events })).toEqual([]);
  } catch (error) {
    expect(error).toBeInstanceOf(InclusioError);
    // The safety net in parseSource must not be what catches a parser's own bug.
    const cause = (error as Error).cause;
    expect(cause instanceof TypeError || cause instanceof RangeError || cause instanceof ReferenceError, String(cause)).toBe(false);
  }
}

const icsLine = fc.oneof(
  fc.constantFrom(
    'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'BEGIN:STANDARD', 'END:STANDARD',
    'TZID:W. Europe Standard Time', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'X-WR-TIMEZONE:Europe/Brussels', 'X-WR-TIMEZONE:Nowhere/Land',
    'REFRESH-INTERVAL;VALUE=DURATION:P15M', 'DTSTART:20261201T100000Z', 'DTSTART;VALUE=DATE:20261201', 'DTSTART;TZID=Romance Standard Time:20261201T100000',
    'DTEND;VALUE=DATE:20261130', 'DURATION:PT90M', 'DURATION:-P1D', 'RRULE:FREQ=DAILY', 'RRULE:FREQ=WEEKLY;BYDAY=MO,XX;COUNT=0', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=31',
    'RRULE:FREQ=YEARLY;UNTIL=19000101T000000Z', 'EXDATE:20261202T100000Z', 'RDATE;VALUE=PERIOD:20261203T100000Z/PT1H', 'RECURRENCE-ID:20261201T100000Z',
    'UID:fuzz-1', 'UID:fuzz-2', 'STATUS:CANCELLED', 'LOCATION:Online', 'LOCATION:Rue X 1\\, 1000 Bruxelles\\, BE', 'X-ALT-DESC;FMTTYPE=text/html:<p>a<b>b',
    'SUMMARY:Annulé: atelier', 'ORGANIZER;CN="a:b":mailto:x', 'URL:javascript:alert(1)', 'GEO:a;b', ' folded continuation',
  ),
  fc.tuple(fc.constantFrom('DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'RRULE', 'EXDATE', 'RDATE', 'TZID', 'X-JUNK', 'CATEGORIES', 'RECURRENCE-ID'), fc.string({ maxLength: 30 }))
    .map(([name, value]) => `${name}:${value}`),
  fc.string({ maxLength: 30 }),
);
// Half the blocks are event-shaped, so the junk lands inside events as well as between them.
const icsBlock = fc.tuple(fc.array(icsLine, { maxLength: 8 }), fc.boolean()).map(([lines, shaped]) =>
  shaped ? ['BEGIN:VEVENT', 'DTSTART;TZID=Europe/Vienna:20261201T100000', ...lines, 'END:VEVENT'] : lines);
const icsText = fc.tuple(fc.array(icsBlock, { maxLength: 6 }), fc.constantFrom('\r\n', '\n', '\r'), fc.boolean())
  .map(([blocks, eol, closed]) => ['BEGIN:VCALENDAR', ...blocks.flat(), ...(closed ? ['END:VCALENDAR'] : [])].join(eol));

const jsonLdValue = fc.letrec((tie) => ({
  node: fc.record(
    {
      '@type': fc.constantFrom('Event', 'EducationEvent', 'SocialEvent', 'Place', 'VirtualLocation', 'PostalAddress', ['Event', 'Thing'], 'EventSeries'),
      name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      startDate: fc.oneof(fc.constantFrom('2026-12-01', '2026-12-01T10:00:00+01:00', '2026-12-01T10:00Z', '2026-02-30', '12/01/2026', ''), fc.string()),
      endDate: fc.oneof(fc.constantFrom('2026-11-01', '2026-12-02T11:00', '2026-12-01'), fc.string()),
      location: tie('value'),
      offers: tie('value'),
      organizer: tie('value'),
      eventAttendanceMode: fc.constantFrom('OnlineEventAttendanceMode', 'https://schema.org/MixedEventAttendanceMode', 42),
      eventStatus: fc.constantFrom('EventCancelled', 'https://schema.org/EventPostponed', 'junk'),
      inLanguage: fc.oneof(fc.constantFrom('fr', 'Deutsch', 'xx-yy-zz-123456789'), fc.array(fc.string(), { maxLength: 3 })),
      url: fc.constantFrom('https://x.org/e', '/relative', 'javascript:alert(1)', 'http://[bad'),
      subEvent: tie('value'),
      '@graph': tie('value'),
    },
    { requiredKeys: [] },
  ),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string(), fc.integer(), fc.constant(null), tie('node'), fc.array(tie('node'), { maxLength: 3 })),
}));

const xmlText = fc
  .array(fc.oneof(fc.constantFrom('<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<feed>', '<entry>', '</entry>',
    '<title>', '</title>', '<link>https://x.org/a</link>', '<link href="/b"/>', '<pubDate>Tue, 10 Nov 2026 09:30:00 +0100</pubDate>',
    '<description>', '</description>', '<![CDATA[<p>Atelier le 12 décembre à 14h</p>', ']]>', '&lt;p&gt;', '&amp;', '<content:encoded>',
    '<script type="application/ld+json">{"@type":"Event","name":"x","startDate":"2026-12-01"}</script>', '<!--', '-->', '<?xml version="1.0"?>'), fc.string({ maxLength: 20 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('parsers on arbitrary input', () => {
  it('throw only typed errors and return only valid events: any text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), fc.boolean(), checkParse), { numRuns: 150 });
  });

  it('... ICS-like text', async () => {
    await fc.assert(fc.asyncProperty(icsText, async (text) => checkParse(text, false)), { numRuns: 300 });
  });

  it('... JSON and JSON-LD', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(jsonLdValue.value, fc.jsonValue()), fc.boolean(), async (data, feedLike) => {
      const doc = feedLike ? { version: 1, title: 'x', updated: '2026-11-22T00:00:00Z', events: data } : { '@context': 'https://schema.org', '@graph': data };
      await checkParse(JSON.stringify(doc), false);
      await checkParse(`<html><script type="application/ld+json">${JSON.stringify(data)}</script></html>`, true);
    }), { numRuns: 150 });
  });

  it('... XML feeds', async () => {
    await fc.assert(fc.asyncProperty(xmlText, fc.boolean(), async (text, asRss) => checkParse(asRss ? `<rss>${text}` : text, true)), { numRuns: 150 });
  });
});

// Feed v1 -> ICS export (lib/calendar) -> our ICS reader keeps what a calendar needs.
const calendarFile = join(import.meta.dirname, '../../../lib/calendar/ics.ts');
describe.runIf(existsSync(calendarFile))('feed v1 round-trips through ICS export and ICS parsing', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][a-zà-ÿ]{1,9}$/);
  const title = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')).filter((t) => !/^(cancel|annul|abgesagt|cancelad|geannuleerd)/i.test(t));
  const place = fc.constantFrom<InclusionEvent['location'] | undefined>(
    undefined,
    { name: 'Maison des Associations', address: 'Rue de la Loi 42, 1040 Bruxelles', city: 'Bruxelles', country: 'BE' },
    { name: 'Caritas Wien', address: 'Albrechtskreuzgasse 19, 1100 Wien', city: 'Wien', country: 'AT' },
    { name: 'Casa delle Donne', address: 'Via della Lungara 19, 00165 Roma', city: 'Roma', country: 'IT' },
    { name: 'Stadtbibliothek' },
    { city: 'Gent', country: 'BE' },
    { name: 'Centro Cívico', city: 'Madrid', country: 'ES' },
    { address: 'Karl-Marx-Straße 83, 12043 Berlin', city: 'Berlin', country: 'DE' },
  );
  const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const time = fc.tuple(fc.integer({ min: 8, max: 19 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const zone = fc.constantFrom<string | undefined>('Europe/Brussels', 'Europe/Berlin', 'Europe/London', 'Europe/Lisbon', 'Europe/Athens', 'America/New_York', 'UTC', undefined);
  const event = fc.record({
    title, place, day, time, zone,
    allDay: fc.boolean(),
    lengthDays: fc.integer({ min: 0, max: 4 }),
    // Ends stay on the same evening (19:45 + 240 min = 23:45): a wall time inside a night-time
    // clock change has no single reading, and ical.js and RFC 5545 resolve overlaps differently.
    lengthMinutes: fc.option(fc.integer({ min: 15, max: 240 }), { nil: undefined }),
  }).map(({ title: t, place: p, day: d, time: tm, zone: z, allDay, lengthDays, lengthMinutes }, ): InclusionEvent => {
    const start = allDay ? d : `${d}T${tm}`;
    let end: string | undefined;
    if (allDay && lengthDays > 0) end = new Date(Date.parse(d) + lengthDays * 86_400_000).toISOString().slice(0, 10);
    if (!allDay && lengthMinutes) end = new Date(Date.parse(`${start}:00Z`) + lengthMinutes * 60_000).toISOString().slice(0, 16);
    const e: InclusionEvent = {
      id: `rt-${d}-${tm}`, title: t, start, allDay, mode: 'unknown', topics: [], status: 'scheduled',
      relevance: { score: 0, relevant: false, reasons: [] }, source: { format: 'json' },
    };
    if (end) e.end = end;
    if (!allDay && z) e.timeZone = z;
    if (p) e.location = p;
    return e;
  });

  it('keeps title, start, end, time zone and location', async () => {
    const { eventsToIcs } = await import('../../../lib/calendar/ics.ts');
    await fc.assert(fc.asyncProperty(fc.uniqueArray(event, { minLength: 1, maxLength: 8, selector: (e) => e.id }), async (events) => {
      const ics = eventsToIcs(events, { name: 'Round trip', now });
      const parsed = parseIcs(ics, { now });
      expect(parsed.warnings).toEqual([]);
      expect(parsed.events).toHaveLength(events.length);
      for (const original of events) {
        const back = parsed.events.find((e) => e.id === `${original.id}@inclusio`);
        expect(back, original.id).toBeDefined();
        expect(back?.title).toBe(original.title);
        expect(back?.start).toBe(original.start);
        expect(back?.end).toBe(original.end);
        expect(back?.timeZone).toBe(original.timeZone);
        expect(back?.location).toEqual(original.location);
      }
    }), { numRuns: 100 });
  });
});
