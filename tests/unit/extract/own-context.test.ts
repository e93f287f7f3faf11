import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { phraseTitle } from '../../../lib/extract/title.ts';

const studyVisit = `Report: our study visit to Stockholm on labour market integration

On 14 November, twenty counsellors working with refugees visited the Swedish public employment service to learn how newcomers are matched with employers. Read the report and join the online follow-up webinar on 21 December at 10:00 CET.`;

// A news post whose agenda sits under a "Next steps" heading, one event per line.
const nextSteps = `Second peer-learning session on the labour inclusion of young refugees
18 November 2026

On 12 November the project held its second online peer-learning session with job coaches and employers.

Next steps
The coming activities of the project are:

- Dutch case study (peer-learning session): 9 December 2026
- Webinar "Hiring refugees without barriers" for employers: 14 January 2027, 10:00 – 12:00, online
- Final conference of the project: 3 February 2027 in Brussels`;

describe('each event takes mode and title from its own words', () => {
  it('keeps the webinar word of one event away from a past event in the same paragraph', () => {
    const events = extractEvents(studyVisit, { published: '2026-11-20' }).events;
    const visit = events.find((e) => e.start === '2026-11-14')!;
    const webinar = events.find((e) => e.start.startsWith('2026-12-21'))!;
    expect(visit.mode).toBe('in-person');
    expect(visit.location?.city).toBe('Stockholm');
    expect(webinar.mode).toBe('online');
    expect(webinar.title).toBe('Online follow-up webinar');
  });

  it('names list lines by their own words, not by the section heading above', () => {
    const events = extractEvents(nextSteps, { published: '2026-11-18' }).events;
    const title = (day: string) => events.find((e) => e.start.startsWith(day))?.title;
    expect(title('2026-12-09')).toBe('Dutch case study');
    expect(title('2027-01-14')).toBe('Webinar "Hiring refugees without barriers"');
    expect(title('2027-02-03')).toBe('Final conference of the project');
    expect(events.find((e) => e.start === '2026-12-09')?.mode).not.toBe('online');
    for (const e of events) expect(e.title).not.toMatch(/^steps$/i);
  });
});

describe('phraseTitle', () => {
  it.each<[string, string, string]>([
    ['Read the report and join the online follow-up webinar on 21 December.', '21 December', 'Online follow-up webinar'],
    ['A workshop on housing rights for refugees takes place on 3 May in Ghent.', '3 May', 'Workshop on housing rights for refugees'],
    ['Il prossimo martedì si terrà un incontro informativo sui diritti dei richiedenti asilo.', 'prossimo', 'Incontro informativo sui diritti dei richiedenti asilo'],
    ['Das neue Sprachcafé für Geflüchtete öffnet am kommenden Dienstag um 17 Uhr.', 'kommenden', 'Sprachcafé für Geflüchtete'],
    ['La presentazione dei corsi si terrà il 30 gennaio alle ore 17.', '30 gennaio', 'Presentazione dei corsi'],
  ])('%s', (sentence, date, title) => {
    expect(phraseTitle(sentence, sentence.indexOf(date))).toBe(title);
  });

  it('gives no name when the sentence has no event word, or only a generic one', () => {
    expect(phraseTitle('On 14 November, twenty counsellors visited the service.', 3)).toBeUndefined();
    expect(phraseTitle('More events on 3 May.', 15)).toBeUndefined();
  });
});
