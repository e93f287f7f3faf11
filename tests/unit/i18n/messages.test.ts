import { describe, expect, it } from 'vitest';
import { englishMessages, LOCALES, loadMessages, plural, resolveLocale, resolveLocaleFrom, textDirection, translate } from '../../../lib/i18n/index.ts';
import { MODES, TOPIC_IDS } from '../../../lib/model/event.ts';

describe('every locale has every message', () => {
  const textKeys = Object.keys(englishMessages.text).sort();
  const pluralKeys = Object.keys(englishMessages.plural).sort();
  for (const locale of LOCALES) {
    it(locale, async () => {
      const m = await loadMessages(locale);
      expect(m.locale).toBe(locale);
      expect(Object.keys(m.text).sort()).toEqual(textKeys);
      expect(Object.keys(m.plural).sort()).toEqual(pluralKeys);
      expect(Object.keys(m.topics).sort()).toEqual([...TOPIC_IDS].sort());
      expect(Object.keys(m.modes).sort()).toEqual([...MODES].sort());
      for (const [key, value] of Object.entries(m.text)) {
        expect(value.trim(), `${locale}.${key}`).not.toBe('');
        // Placeholders must be the same as in English, or the text would lose its data.
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        expect(names(value), `${locale}.${key}`).toEqual(names(englishMessages.text[key as keyof typeof m.text]));
      }
      // Every plural category the language uses has a form.
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, forms] of Object.entries(m.plural)) {
        for (const c of categories) expect(forms[c] ?? (c === 'other' ? undefined : forms.other), `${locale}.${key}.${c}`).toBeTruthy();
      }
    });
  }
  it('non-English text is really translated', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const m = await loadMessages(locale);
      expect(m.text.retry).not.toBe(englishMessages.text.retry);
      expect(m.text.addToCalendar).not.toBe(englishMessages.text.addToCalendar);
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['DE_at', 'de'],
    [' ar-EG ', 'ar'],
    ['uk-UA', 'uk'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ] as const)('%s -> %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
  it('uses the given fallback', () => expect(resolveLocale('nl', 'fr')).toBe('fr'));
  it('takes the first supported candidate', () => {
    expect(resolveLocaleFrom([undefined, '', 'nl-NL', 'es-ES', 'fr'])).toBe('es');
    expect(resolveLocaleFrom(['zz'])).toBe('en');
  });
});

describe('textDirection', () => {
  it('is rtl only for Arabic', () => {
    expect(LOCALES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar']);
  });
});

describe('translate and plural', () => {
  it('fills placeholders', () => {
    expect(translate(englishMessages, 'registerBy', { date: '3 May' })).toBe('Register by 3 May');
    expect(translate(englishMessages, 'registerBy')).toBe('Register by {date}');
  });
  it.each([
    ['en', 0, 'results', '0 events'],
    ['en', 1, 'results', '1 event'],
    ['en', 0, 'dayEvents', 'no events'],
    ['fr', 1, 'results', '1 événement'],
    ['fr', 1500, 'results', '1 500 événements'],
    ['uk', 1, 'results', '1 подія'],
    ['uk', 3, 'results', '3 події'],
    ['uk', 5, 'results', '5 подій'],
    ['uk', 21, 'results', '21 подія'],
    ['ar', 2, 'results', 'فعاليتان'],
    ['ar', 11, 'results', '11 فعالية'],
  ] as const)('%s %d %s', async (locale, n, key, expected) => {
    const text = plural(await loadMessages(locale), key, n);
    expect(text.replace(/\s/g, ' ')).toBe(expected.replace(/\s/g, ' '));
  });
});
