import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStrings, fillSubs, isolateValue } from '../../../entrypoints/shared/i18n.ts';
import { UI_LANGUAGES } from '../../../entrypoints/shared/types.ts';

type Catalog = Record<string, { message: string }>;
const load = (lang: string): Catalog => JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const subsOf = (m: string) => [...m.matchAll(/\$[1-9]/g)].map((x) => x[0]).sort();

describe('public/_locales', () => {
  it.each(UI_LANGUAGES.map((l) => [l]))('%s has every key, the same $n substitutions, and store-sized name and description', (lang) => {
    const catalog = load(lang);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(catalog)) {
      expect(message.trim(), `${lang}.${key}`).not.toBe('');
      expect(subsOf(message), `${lang}.${key}`).toEqual(subsOf(en[key]!.message));
    }
    // Chrome Web Store limits: name 75 characters, description 132.
    expect(catalog.extName!.message.length).toBeLessThanOrEqual(75);
    expect(catalog.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('Arabic reads right to left, the others left to right', () => {
    expect(createStrings('ar', load('ar')).dir).toBe('rtl');
    expect(createStrings('uk', load('uk')).dir).toBe('ltr');
  });

  it('fills $1 and $2 and falls back to English for a missing key', () => {
    expect(fillSubs('Added $1: $2 events found.', ['Network', 3])).toBe('Added Network: 3 events found.');
    expect(createStrings('fr', {}).t('sourceAdded', 'X', 2)).toBe('Added X: 2 events found.');
  });
});

describe('values in sentences are bidi-isolated where directions mix', () => {
  it.each([
    ['Welcome Gent: News', 'rtl', '\u2068Welcome Gent: News\u2069'],
    ['Welcome Gent: News', 'ltr', 'Welcome Gent: News'],
    ['مركز الترحيب', 'ltr', '\u2068مركز الترحيب\u2069'],
    [3, 'rtl', 3],
    ['', 'rtl', ''],
  ] as const)('%s in %s', (value, dir, out) => expect(isolateValue(value, dir)).toBe(out));

  it('an Arabic failure notice keeps the name and the error whole', () => {
    const ar = createStrings('ar', load('ar'));
    const text = ar.t('sourceFailed', 'Welcome Gent: News', 'HTTP 503');
    expect(text).toContain('\u2068Welcome Gent: News\u2069');
    expect(text).toContain('\u2068HTTP 503\u2069');
  });
});
