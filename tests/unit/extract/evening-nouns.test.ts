// An evening of a kind a host holds names a gathering in English, as "soirée", "serata", "velada" and "-abend" do (own sentences).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string) => extractEvents(text, { now }).events.map((e) => e.start);

describe('an evening a host holds', () => {
  it.each([
    ['Welcome evening for newcomers on Thursday, 13 October 2016 at 18:00.', ['2016-10-13T18:00']],
    ['Information evening for refugee parents on 5 March 2024 at 19:00.', ['2024-03-05T19:00']],
    ['Quiz evening for volunteers and asylum seekers: Friday, 8 March 2024, 8pm.', ['2024-03-08T20:00']],
    ['An evening of music from Syria and Afghanistan on 12 April 2024 at 19:30.', ['2024-04-12T19:30']],
    ['Community evenings for new arrivals start on 3 May 2024 at 18:30.', ['2024-05-03T18:30']],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it.each([
    ['The advice office is closed on Thursday evening, 13 October 2016.'],
    ['Our opening hours change from 5 March 2024: evenings are by appointment only.'],
  ])('near miss: %s', (text) => {
    expect(starts(text)).toEqual([]);
  });
});
