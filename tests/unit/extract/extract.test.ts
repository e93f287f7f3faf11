import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const starts = (text: string, published?: string) =>
  extractEvents(text, { now, ...(published ? { published } : {}) }).events.map((e) => e.start);

describe('dates that are not events', () => {
  it.each<[string, string]>([
    ['a registration deadline', 'Workshop on refugee housing, 12 May 2023. The deadline for registration is 30 April 2023.'],
    ['a posting stamp', 'Seminar on integration\nSeptember 14, 2022 12:00 am\nThe seminar on 3 October 2022 is open to all.'],
    ['a law', 'Conference on asylum, 5 June 2019. The Law of 7 March 2016 on foreigners was discussed at the conference.'],
    ['a report date', 'Webinar on 9 March 2021. The report published on 2 February 2021 will be presented at the webinar.'],
    ['a project start', 'Kick-off meeting on 20 January 2021. The project started on 1 January 2021 and runs for two years.'],
    ['a closing date for applications', 'Training course, 3 June 2024. Applications close on 10 May 2024.'],
  ])('leaves out %s', (_what, text) => {
    expect(starts(text)).toHaveLength(1);
  });

  it('reads no event from a project period, a call year or a duration', () => {
    expect(starts('The programming period 2021-2027 and the AMIF call 2022; the workshop lasted during 4 hours.')).toEqual([]);
  });
});

describe('years, ranges and times', () => {
  it('takes a missing year from the publication date', () => {
    expect(starts('Webinar on migrant entrepreneurs on 5 May.', '2021-04-20')).toEqual(['2021-05-05']);
    expect(starts('Workshop for refugees on 10 January.', '2021-12-15')).toEqual(['2022-01-10']);
  });

  it('takes a missing year from a dated mention just before', () => {
    expect(starts('Conference on integration, 3-4 May 2019. On 3 May, the conference opens at 9:00.', '2021-01-01')).toEqual(['2019-05-03T09:00']);
  });

  it('gives an all-day range its last day, inclusive', () => {
    const [e] = extractEvents('Training course for refugee mentors from 18 to 22 November 2019 in Thessaloniki.', { now }).events;
    expect(e).toMatchObject({ start: '2019-11-18', end: '2019-11-22', allDay: true });
  });

  it('pairs start and end times and keeps a named time zone', () => {
    const [e] = extractEvents('Webinar on refugee housing: 14 February 2023, 10:00 am — 12:00 pm (Brussels time).', { now }).events;
    expect(e).toMatchObject({ start: '2023-02-14T10:00', end: '2023-02-14T12:00', allDay: false, timeZone: 'Europe/Brussels', mode: 'online' });
  });
});

describe('event details', () => {
  it('attaches the registration deadline and link to the event', () => {
    const text = 'Workshop on refugee housing in Lyon on 12 May 2023.\nRegister by 30 April 2023: https://example.org/register';
    const [e] = extractEvents(text, { now }).events;
    expect(e).toMatchObject({ start: '2023-05-12', registrationDeadline: '2023-04-30', registrationUrl: 'https://example.org/register' });
  });

  it('says when an event is postponed or cancelled', () => {
    expect(extractEvents('The workshop for refugees on 20 September 2022 has been postponed.', { now }).events[0]?.status).toBe('postponed');
    expect(extractEvents('Le séminaire du 3 mars 2023 sur les réfugiés est annulé.', { now }).events[0]?.status).toBe('cancelled');
  });

  it('reads hybrid, online and in-person events', () => {
    const mode = (t: string) => extractEvents(t, { now }).events[0]?.mode;
    expect(mode('Conference on migrant integration, 3 May 2023, face to face and online.')).toBe('hybrid');
    expect(mode('Online-Veranstaltung für Geflüchtete am 3. Mai 2023.')).toBe('online');
    expect(mode('Convegno sui rifugiati il 3 maggio 2023 a Torino.')).toBe('in-person');
  });

  it('gives each event of a list its own title and place', () => {
    const text = 'Next dates: Spanish workshop 21 April; Webinar on employers 5 May; Bruxelles 21 June – Final Conference.';
    const events = extractEvents(text, { now, published: '2021-03-19' }).events;
    expect(events.map((e) => [e.start, e.title, e.location?.city ?? null])).toEqual([
      ['2021-04-21', 'Spanish workshop', null],
      ['2021-05-05', 'Webinar on employers', null],
      ['2021-06-21', 'Final Conference', 'Bruxelles'],
    ]);
    expect(events[2]?.location?.country).toBe('BE');
  });

  it('prints the fields in the order of the contract', () => {
    const [e] = extractEvents('Workshop for refugees on 12 May 2023 at 10:00, Rue de la Loi 5, 1000 Bruxelles.', { now, url: 'https://example.org/post' }).events;
    expect(Object.keys(e!)).toEqual([
      'id', 'title', 'description', 'start', 'allDay', 'timeZone', 'location', 'mode', 'url', 'languages', 'topics', 'relevance', 'status', 'source', 'confidence',
    ]);
    expect(e?.source).toEqual({ url: 'https://example.org/post', format: 'text' });
  });
});
