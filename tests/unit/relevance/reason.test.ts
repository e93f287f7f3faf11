import { describe, expect, it } from 'vitest';
import { classify, legacyReasonText, readReason } from '../../../lib/relevance/index.ts';

describe('structured reasons', () => {
  it.each([
    ['A seminar on third-country nationals and the labour market.', 'relevant', ['third-country nationals'], ['labour market']],
    ['City marathon on Sunday morning', 'none', [], []],
    ['Webinar für Geflüchtete: Zugang zum Arbeitsmarkt', 'relevant', ['Geflüchtete'], ['Arbeitsmarkt']],
  ] as const)('%s -> %s', (text, kind, who, angle) => {
    const c = classify(text);
    expect(c.why.kind).toBe(kind);
    expect(c.why.who).toEqual(who);
    expect(c.why.angle).toEqual(angle);
    // Feed v1 keeps its English sentence, made from the same data.
    expect(c.reasons).toEqual([legacyReasonText(c.why)]);
  });

  it('keeps the v1 English sentence unchanged', () => {
    expect(classify('A seminar on third-country nationals and the labour market.').reasons).toEqual([
      "mentions 'third-country nationals' and 'labour market'",
    ]);
    expect(classify('City marathon on Sunday').reasons).toEqual(['no mention of migrants, refugees or newcomers']);
  });

  it('quotes a name that says both the group and the angle once', () => {
    expect(classify('Refugee Week picnic in the park with music.').reasons).toEqual(["mentions 'Refugee Week'"]);
    expect(classify('Talleres y charlas sobre el derecho a migrar y los derechos humanos.').reasons).toEqual(["mentions 'derecho a migrar' and 'derechos'"]);
  });

  it('every kind a text can reach has its topics and at most two words per list', () => {
    const c = classify('Refugees, asylum seekers, migrants: integration, jobs, language courses and housing');
    expect(c.why.kind).toBe('relevant');
    expect(c.why.who.length).toBeLessThanOrEqual(2);
    expect(c.why.angle.length).toBeLessThanOrEqual(2);
    expect(c.why.topics).toEqual(c.topics);
  });
});

describe('readReason (untrusted data)', () => {
  it.each([
    [{ kind: 'relevant', who: ['refugees'], angle: ['jobs'], legal: [], topics: ['labour'] }, 'relevant'],
    [{ kind: 'none', who: [], angle: [], legal: [], topics: [] }, 'none'],
    // Older or partial data: lists that are missing read as empty.
    [{ kind: 'none' }, 'none'],
    [{ kind: 'relevant', who: [], angle: ['jobs'], legal: [], topics: [] }, undefined],
    [{ kind: 'legal-only', who: [], angle: [], legal: [], topics: [] }, undefined],
    [{ kind: 'bogus', who: [], angle: [], legal: [], topics: [] }, undefined],
    ['mentions refugees', undefined],
    [null, undefined],
  ])('%j -> %s', (value, kind) => expect(readReason(value)?.kind).toBe(kind));

  it('caps words in number and length, and drops unknown topics', () => {
    const r = readReason({ kind: 'passing', who: ['x'.repeat(500), 'b', 'c', 7], angle: [], legal: [], topics: ['labour', 'nope'] })!;
    expect(r.who).toHaveLength(2);
    expect(r.who[0]!.length).toBe(80);
    expect(r.topics).toEqual(['labour']);
  });
});
