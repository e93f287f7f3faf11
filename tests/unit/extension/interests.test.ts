import { describe, expect, it } from 'vitest';
import { scoreEvent } from '../../../entrypoints/shared/interests.ts';
import type { Interests } from '../../../entrypoints/shared/types.ts';
import {
  cancelledJobFair,
  cityMarathon,
  labourWebinarBE,
  languageCafeLyon,
  onlineRightsTraining,
} from '../../fixtures/extension/events.ts';

const none: Interests = { topics: [], countries: [], cities: [], languages: [], modes: [] };
const labourBelgium: Interests = { ...none, topics: ['labour'], countries: ['BE'] };

describe('scoreEvent', () => {
  const cases: Array<[string, Parameters<typeof scoreEvent>[0], Interests, boolean, string[]]> = [
    ['no interests: any inclusion event', languageCafeLyon, none, true, []],
    ['no interests: a marathon is still not relevant', cityMarathon, none, false, []],
    ['labour + Belgium: a Brussels labour webinar', labourWebinarBE, labourBelgium, true, ['topic:labour', 'country:BE']],
    ['labour + Belgium: a language café in Lyon', languageCafeLyon, labourBelgium, false, []],
    ['Belgium: an online training fits any country', onlineRightsTraining, { ...none, countries: ['BE'] }, true, ['online:online']],
    ['city matching ignores case and accents', languageCafeLyon, { ...none, cities: ['LYÓN'] }, true, ['city:LYÓN']],
    ['language: the café is in French only', languageCafeLyon, { ...none, languages: ['de'] }, false, []],
    ['language: en-GB matches en', labourWebinarBE, { ...none, languages: ['en-GB'] }, true, ['language:en']],
    ['mode: in-person only', onlineRightsTraining, { ...none, modes: ['in-person'] }, false, []],
    ['a cancelled event is never relevant', cancelledJobFair, labourBelgium, false, ['topic:labour', 'country:BE']],
  ];
  it.each(cases)('%s', (_name, event, interests, relevant, matches) => {
    const result = scoreEvent(event, interests);
    expect(result.relevant).toBe(relevant);
    if (matches.length) expect(result.matches.map((m) => `${m.kind}:${m.value}`)).toEqual(matches);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('names the interest groups an event missed', () => {
    expect(scoreEvent(languageCafeLyon, labourBelgium).misses).toEqual(['topic', 'country']);
  });

  it('scores a full match above a partial one', () => {
    const full = scoreEvent(labourWebinarBE, labourBelgium).score;
    const partial = scoreEvent(languageCafeLyon, labourBelgium).score;
    expect(full).toBeGreaterThan(partial);
  });
});
