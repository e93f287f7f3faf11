import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents, MAX_DATE_MENTIONS, MAX_TEXT_CHARS } from '../../../lib/extract/index.ts';
import { ParseError } from '../../../lib/model/errors.ts';
import { isEventDate } from '../../../lib/model/event.ts';

const now = new Date('2026-11-22T12:00:00Z');

function expectWellFormed(result: ReturnType<typeof extractEvents>) {
  expect(['en', 'fr', 'de', 'it', 'es']).toContain(result.language);
  expect(typeof result.relevant).toBe('boolean');
  expect(result.relevance.score).toBeGreaterThanOrEqual(0);
  expect(result.relevance.score).toBeLessThanOrEqual(1);
  for (const e of result.events) {
    expect(isEventDate(e.start)).toBe(true);
    if (e.end !== undefined) expect(isEventDate(e.end)).toBe(true);
    expect(e.title.length).toBeGreaterThan(0);
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  }
}

const dateish = fc.oneof(
  fc.constantFrom('12/04/2019', '3 au 5 mai', 'vom 3. bis 5. Mai', 'the 17th of March', '10:00-12:00', 'ore 11,00', '2021-27', 'Webinar', 'deadline', '\n\n', ';', '–'),
  fc.string({ maxLength: 20 }),
);

describe('extractEvents on any input', () => {
  it('returns a well-formed result for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000, unit: 'binary' }), (s) => expectWellFormed(extractEvents(s, { now }))), { numRuns: 200 });
  });

  it('returns a well-formed result for text made of date-like pieces', () => {
    fc.assert(
      fc.property(fc.array(dateish, { maxLength: 200 }), fc.option(fc.constantFrom('2021-03-19', '2019-01-01')), (parts, published) =>
        expectWellFormed(extractEvents(parts.join(' '), { now, ...(published ? { published } : {}) })),
      ),
      { numRuns: 200 },
    );
  });

  it('joins a dated and an undated end of a range (found by fast-check)', () => {
    expect(extractEvents('Workshop 12/04/2019 – 3 au 5 mai', { now }).events.map((e) => [e.start, e.end])).toEqual([['2019-04-12', '2019-05-05']]);
  });

  it('reads a page with 2,000 dates up to its cap', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Workshop ${i} on ${(i % 28) + 1} March 2022 at 10:00.`).join('\n');
    const result = extractEvents(text, { now });
    expectWellFormed(result);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.events.length).toBeLessThanOrEqual(MAX_DATE_MENTIONS);
  });

  it('reads 5 MB of text within its cap', () => {
    const chunk = 'Refugees and integration: a webinar on 3 May 2023, 10:00-12:00 CET. ';
    const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const result = extractEvents(text, { now });
    expectWellFormed(result);
    expect(MAX_TEXT_CHARS).toBeLessThan(text.length);
    expect(result.events.map((e) => e.start)).toEqual(['2023-05-03T10:00']);
  });

  it('handles mixed scripts and right-to-left text', () => {
    const text = 'ورشة عمل للاجئين — Workshop for refugees on integration, 5 June 2023 — Семінар для біженців 中文 \u202eevil\u202c';
    const result = extractEvents(text, { now });
    expectWellFormed(result);
    expect(result.events.map((e) => e.start)).toEqual(['2023-06-05']);
  });

  it('rejects a value that is not text with a typed error', () => {
    expect(() => extractEvents(42 as unknown as string)).toThrow(ParseError);
    expect(() => extractEvents(null as unknown as string)).toThrow(ParseError);
  });
});
