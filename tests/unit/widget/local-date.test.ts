import { describe, expect, it } from 'vitest';
import { dateOrder, formatLocalDate, parseLocalDate } from '../../../widget/ui/local-date.ts';

describe('dates typed in the widget’s language', () => {
  it.each([
    ['fr', '31/12/2026'],
    ['en-US', '12/31/2026'],
    ['en-GB', '31/12/2026'],
    ['de', '31.12.2026'],
    ['uk', '31.12.2026'],
  ])('writes and reads back the locale’s numeric order (%s)', (locale, text) => {
    expect(formatLocalDate('2026-12-31', locale)).toBe(text);
    expect(parseLocalDate(text, locale)).toBe('2026-12-31');
  });

  it.each([
    ['3/4/2027', 'fr', '2027-04-03'],
    ['3/4/2027', 'en-US', '2027-03-04'],
    ['03.04.27', 'de', '2027-04-03'],
    ['2027-04-03', 'fr', '2027-04-03'],
    ['٣/٤/٢٠٢٧', 'ar', '2027-04-03'],
    ['  ', 'fr', ''],
  ])('reads %s in %s as %s', (text, locale, day) => expect(parseLocalDate(text, locale)).toBe(day));

  it.each(['31/04/2027', '12/31/2026', 'demain', '1/2', '1/2/3/4', '00/01/2027'])('refuses %s in French', (text) =>
    expect(parseLocalDate(text, 'fr')).toBeNull());

  it('knows the order of every widget language', () => {
    for (const locale of ['en', 'fr', 'de', 'it', 'es', 'ar', 'uk']) expect([...dateOrder(locale)].sort()).toEqual(['day', 'month', 'year']);
  });
});
