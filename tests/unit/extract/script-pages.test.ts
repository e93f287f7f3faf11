/**
 * Pages in Ukrainian, Russian and Arabic (lib/extract/script-page.ts): sentences written for
 * these tests in the way city and NGO pages for newcomers announce their gatherings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { findScriptDates, matchable, timeAfter } from '../../../lib/extract/script-dates.ts';
import { scriptLanguage } from '../../../lib/extract/script-page.ts';

const now = new Date('2026-11-20T12:00:00Z');
const read = (text: string, published?: string) => extractEvents(text, { now, ...(published ? { published } : {}) });
const brief = (text: string, published?: string) => read(text, published).events.map((e) => ({
  start: e.start, ...(e.end ? { end: e.end } : {}), title: e.title, ...(e.location?.name ? { place: e.location.name } : {}), mode: e.mode,
}));

describe('a page in Ukrainian, Russian or Arabic is read for its gatherings', () => {
  it.each([
    ['uk: heading, date with year, hour, place after "у"',
      'Інформаційна зустріч для українців\nЗапрошуємо на зустріч щодо працевлаштування 15 грудня 2026 року о 18:00 у ратуші міста, Marienplatz 8.', undefined,
      [{ start: '2026-12-15T18:00', title: 'Інформаційна зустріч для українців', place: 'ратуші міста, Marienplatz 8', mode: 'in-person' }]],
    ['uk: numeric day-first date, place after a comma',
      'Семінар про житло: 15.12.2026 о 18:00, Бібліотека міста, вул. Головна 5, Відень.', undefined,
      [{ start: '2026-12-15T18:00', title: 'Семінар про житло', place: 'Бібліотека міста, вул. Головна 5, Відень', mode: 'in-person' }]],
    ['uk: a deadline is no gathering; an online first session with its hours, the year from the posting day',
      'Розмовний клуб німецької мови\nРеєстрація до 10 грудня. Перша зустріч відбудеться 16 грудня з 17:00 до 19:00 онлайн у Zoom.', '2026-11-18',
      [{ start: '2026-12-16T17:00', end: '2026-12-16T19:00', title: 'Розмовний клуб німецької мови', mode: 'online' }]],
    ['uk: a range of days',
      'Тренінг для волонтерів\nТренінг триватиме 3–5 березня 2027 року в Будинку культури.', undefined,
      [{ start: '2027-03-03', end: '2027-03-05', title: 'Тренінг для волонтерів', place: 'Будинку культури', mode: 'in-person' }]],
    ['ru: no year, after the posting day: next January',
      'Информационная встреча для беженцев из Украины состоится 20 января в 11:00 в здании Красного Креста, Hauptstraße 3.', '2026-11-18',
      [{ start: '2027-01-20T11:00', title: 'Информационная встреча для беженцев из Украины', place: 'здании Красного Креста, Hauptstraße 3', mode: 'in-person' }]],
    ['ar: Gulf month name, hour after "الساعة", place after "في"',
      'ورشة عمل للاجئين حول سوق العمل\nندعوكم إلى ورشة عمل يوم 15 ديسمبر 2026 الساعة 18:00 في مكتبة المدينة، برلين.', undefined,
      [{ start: '2026-12-15T18:00', title: 'ورشة عمل للاجئين حول سوق العمل', place: 'مكتبة المدينة، برلين', mode: 'in-person' }]],
    ['ar: Arabic-Indic digits',
      'ورشة عمل: ١٥/١٢/٢٠٢٦ الساعة ١٨:٠٠ في بيت الثقافات، فيينا.', undefined,
      [{ start: '2026-12-15T18:00', title: 'ورشة عمل', place: 'بيت الثقافات، فيينا', mode: 'in-person' }]],
    ['ar: Levantine month name, online',
      'ندوة عبر الإنترنت حول حقوق اللاجئين يوم 3 كانون الثاني 2027 الساعة 17:30.', undefined,
      [{ start: '2027-01-03T17:30', title: 'ندوة عبر الإنترنت حول حقوق اللاجئين', mode: 'online' }]],
    ['two gatherings each take their own words',
      'Новини громади\nКонсультація юриста для біженців пройде 8 грудня 2026 о 10:00 у центрі громади. Концерт українських пісень відбудеться 12 грудня 2026 о 19:00 у церкві святого Петра.', undefined,
      [{ start: '2026-12-08T10:00', title: 'Консультація юриста для біженців', place: 'центрі громади', mode: 'in-person' },
        { start: '2026-12-12T19:00', title: 'Концерт українських пісень', place: 'церкві святого Петра', mode: 'in-person' }]],
  ])('%s', (_name, text, published, expected) => {
    expect(brief(text, published)).toEqual(expected);
  });

  it.each([
    ['a law coming into force', 'Закон про тимчасовий захист набуває чинності 1 січня 2027 року.'],
    ['a posting stamp', 'Опубліковано 12 листопада 2026 року. Місто допомагає біженцям знайти житло.'],
    ['a deadline in Arabic', 'آخر موعد للتسجيل في برنامج اللغة هو 10 ديسمبر 2026.'],
  ])('no event: %s', (_name, text) => {
    expect(read(text).events).toEqual([]);
  });

  it('a day without a year: from today on a page read live; none on a saved copy with nothing else to tell it', () => {
    const text = 'Семінар для волонтерів відбудеться 15 грудня у бібліотеці.';
    expect(extractEvents(text, { now, live: true }).events.map((e) => e.start)).toEqual(['2026-12-15']);
    expect(extractEvents(text, { now }).events).toEqual([]);
  });

  it('is relevant when it is about refugees, in their words', () => {
    expect(read('Інформаційна зустріч для біженців щодо житла 15 грудня 2026 року.').relevant).toBe(true);
    expect(read('Концерт джазу 15 грудня 2026 року в парку.').relevant).toBe(false);
  });
});

describe('which pages it takes', () => {
  it.each([
    ['Інформаційна зустріч для українців у Відні', 'uk'],
    ['Информационная встреча для беженцев в Вене', 'ru'],
    ['ورشة عمل للاجئين حول سوق العمل في فيينا', 'ar'],
    ['Information evening for Ukrainians: Інформаційна зустріч', undefined],
    ['Un atelier pour les personnes réfugiées à Lyon, le 17 mars', undefined],
    // (Capital Latin letters count as Latin: a heading in capitals over a short Ukrainian line is a Latin page.)
    ['INFORMATION EVENING FOR UKRAINIANS IN VIENNA: Інформаційна зустріч', undefined],
    // (Fewer than 30 letters in all tell no script.)
    ['Зустріч 15.12, 18:00', undefined],
    ['Зустріч для українців у Відні: 15.12 о 18:00 в бібліотеці', 'uk'],
  ])('%s -> %s', (text, expected) => {
    expect(scriptLanguage(text)).toBe(expected);
  });
});

describe('dates and times', () => {
  it.each([
    ['15 грудня 2026 року', { day: 15, month: 12, year: 2026 }],
    ['3–5 березня', { day: 3, month: 3, endDay: 5 }],
    ['20 января', { day: 20, month: 1 }],
    ['15 من ديسمبر، 2026', { day: 15, month: 12, year: 2026 }],
    ['٣ تشرين الأول ٢٠٢٦', { day: 3, month: 10, year: 2026 }],
    ['31.04.2026', undefined],
    ['5/7/26', { day: 5, month: 7, year: 2026 }],
  ])('%s', (text, expected) => {
    const [found] = findScriptDates(matchable(text));
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(expected);
  });

  it('reads a time range and leaves a date\'s day and month alone', () => {
    const text = matchable('16 грудня з 17:00 до 19:00');
    expect(timeAfter(text, 9, text.length)).toMatchObject({ from: 17 * 60, to: 19 * 60 });
    const dated = matchable('16 грудня, 18.12.2026');
    expect(timeAfter(dated, 9, dated.length)).toBeUndefined();
  });

  it('is linear on long hostile text', () => {
    fc.assert(fc.property(fc.constantFrom('1', '12 ', 'грудня ', '2026', ' о ', '18:00', '–', 'من ', '.', '\n', 'зустріч '), fc.integer({ min: 2_000, max: 4_000 }), (piece, n) => {
      const text = `Семінар ${piece.repeat(n)}`;
      const started = performance.now();
      extractEvents(text, { now });
      return performance.now() - started < 2_000;
    }), { numRuns: 12 });
  });
});
