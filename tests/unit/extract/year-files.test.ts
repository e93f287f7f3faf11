import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { fileDays, yearsByDay } from '../../../lib/extract/year-files.ts';
import { cpuMs } from '../sources/cpu.ts';

// Late in the year and late in the day: no year may come from the wall clock.
const now = new Date('2026-12-31T23:40:00Z');
const starts = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, { now, ...options }).events.map((e) => e.start);

describe('fileDays', () => {
  it.each([
    ['a photo named day first with two year digits', 'banner meeting hall 300915.jpg', [{ y: 2015, m: 9, d: 30 }]],
    ['a camera name, year first', 'img_20230322_095643-720x480.jpg', [{ y: 2023, m: 3, d: 22 }]],
    ['a report named day first with four year digits', 'minutes_14032019.pdf', [{ y: 2019, m: 3, d: 14 }]],
    ['a run that reads both ways', 'poster-150930.png', [{ y: 2015, m: 9, d: 30 }]],
  ])('%s', (_name, text, expected) => {
    expect(fileDays(text, 2027)).toEqual(expected);
  });

  it.each([
    ['a number in running text, no file', 'order number 300915 placed'],
    ['a phone number before a file', 'call 061 234567 or see flyer.pdf'],
    ['an id that is no day', 'scan-999999.jpg'],
    ['a size in pixels', 'photo-1920x1080.jpg'],
    ['a day after the latest year', 'plan-20310101.pdf'],
  ])('reads no day in %s', (_name, text) => {
    expect(fileDays(text, 2027)).toEqual([]);
  });

  it('keeps a year only where every file of that day agrees', () => {
    const years = yearsByDay([{ y: 2015, m: 9, d: 30 }, { y: 2016, m: 9, d: 30 }, { y: 2019, m: 3, d: 14 }]);
    expect([...years]).toEqual([[314, 2019]]);
  });

  it('reads a long run of file names in linear time', () => {
    const text = `${'a'.repeat(60)}-1.jpg `.repeat(4000) + `${'1'.repeat(7)}.png`.repeat(3000);
    const ms = cpuMs(() => fileDays(text, 2027));
    expect(ms).toBeLessThan(200);
  });

  it('never throws and gives only valid days for any mix of name-like tokens', () => {
    const token = fc.constantFrom('300915', '20230322', '14032019', '123456', '.jpg', '.pdf', '-', '_', ' ', '/', 'img', 'x', '9', '(', '"');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        for (const d of fileDays(tokens.join(''), 2027)) expect(d.y >= 1995 && d.y <= 2027 && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a day the page\'s files date, on a page that gives no posting day', () => {
  it.each([
    ['fr', 'Accueil des réfugiés\n\nbandeau-reunion-accueil-300915.jpg\n\nLe maire a réuni les associations le 30 septembre pour préparer l\'accueil des familles réfugiées. Les adjoints s\'étaient réunis le 15 septembre.', ['2015-09-15', '2015-09-30']],
    ['de', 'Runder Tisch Integration\n\nfoto_runder_tisch_12102017.jpg\n\nAm 12. Oktober trafen sich Ehrenamtliche und Geflüchtete zum Runden Tisch im Rathaus.', ['2017-10-12']],
  ])('%s: the file of the day named dates it and its neighbours', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('near miss: a file of another day dates nothing', () => {
    const text = 'Runder Tisch Integration\n\nfoto_runder_tisch_12102017.jpg\n\nAm Dienstag, 14. Mai, treffen sich Ehrenamtliche und Geflüchtete zum Runden Tisch im Rathaus.';
    expect(starts(text)).not.toEqual(['2017-05-14']);
  });

  it('near miss: the posting day given outweighs a file name', () => {
    const text = 'Accueil des réfugiés\n\nreunion-300915.jpg\n\nLe maire réunira les associations le 30 septembre pour préparer l\'accueil des familles réfugiées.';
    expect(starts(text, { published: '2021-09-01' })).toEqual(['2021-09-30']);
  });
});

describe('the day a page\'s photos were taken, as the day its relative words count from', () => {
  it.each([
    ['fr', 'Café bienvenue à Morges\n\n![Café](https://news.example/uploads/20230322_095643-720x480.jpg)\n\nCe mercredi, le café bienvenue a accueilli une vingtaine de personnes réfugiées pour parler en français.', ['2023-03-22']],
    ['en', 'Welcome café\n\n![Café](https://news.example/media/IMG_20230322_095643.jpg)\n\nThis Wednesday the welcome café brought together twenty refugees and volunteers to practise English.', ['2023-03-22']],
  ])('%s', (_lang, text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('near miss: a page that dates its own gathering counts from that date, not from an older photo', () => {
    const text = 'Café bienvenue à Morges\n\n![Café](https://news.example/media/IMG_20230322_095643.jpg)\n\nLe café bienvenue du 5 avril 2023 a accueilli une vingtaine de personnes réfugiées. Ce mercredi, le café a accueilli aussi des bénévoles.';
    expect(starts(text)).not.toContain('2023-03-22');
  });
});

describe('what a page reports as done was before what it announces (no posting day)', () => {
  it.each([
    ['fr', 'Un repas avec les réfugiés\n\nUn repas fraternel se prépare pour 2018. Le 9 décembre, une réunion s\'est déroulée à la Maison des associations, afin de préparer un repas pour les réfugiés qui sera organisé le 21 janvier.', ['2017-12-09', '2018-01-21']],
    ['en', 'Dinner with refugees\n\nA shared dinner is planned for 2018. On 9 December a meeting took place at the community hall to prepare the dinner for refugees, which will be held on 21 January.', ['2017-12-09', '2018-01-21']],
  ])('%s: the past day moves to the year before', (_lang, text, expected) => {
    expect(starts(text).map((s) => s.slice(0, 10)).sort()).toEqual(expected);
  });

  it('near miss: a past day before the announced one keeps its year', () => {
    const text = 'Un repas avec les réfugiés\n\nUn repas fraternel se prépare pour 2018. Le 9 janvier, une réunion s\'est déroulée à la Maison des associations, afin de préparer un repas pour les réfugiés qui sera organisé le 21 janvier.';
    expect(starts(text).map((s) => s.slice(0, 10)).sort()).toEqual(['2018-01-09', '2018-01-21']);
  });

  it('near miss: with a posting day the tense is read from it, not from the other days', () => {
    const text = 'Un repas avec les réfugiés\n\nLe 9 décembre, une réunion s\'est déroulée à la Maison des associations, afin de préparer un repas pour les réfugiés qui sera organisé le 21 janvier.';
    expect(starts(text, { published: '2017-12-12' }).map((s) => s.slice(0, 10)).sort()).toEqual(['2017-12-09', '2018-01-21']);
  });
});

describe('a weekday alone against the other weekdays of the page is a slip', () => {
  it.each([
    ['de', 'Interkulturelle Woche 2015\n\nEine Meditation (Donnerstag, 17. September um 20 Uhr), ein internationaler Kochnachmittag mit Geflüchteten (Sonntag, 19. September um 13 Uhr) und ein Nachmittag mit Musik (Sonntag, 27. September um 16 Uhr).', '2015-09-19T13:00'],
    ['it', 'Settimana dell\'accoglienza 2015\n\nUn laboratorio giovedì 17 settembre alle 20, una cena dei popoli con i rifugiati domenica 19 settembre alle 13 e un concerto domenica 27 settembre alle 16.', '2015-09-19T13:00'],
  ])('%s: the day keeps the year the others agree on', (_lang, text, expected) => {
    expect(starts(text)).toContain(expected);
  });

  it('near miss: with one other weekday only, the weekday still moves the year', () => {
    const text = 'Interkulturelle Woche 2015\n\nEin internationaler Kochnachmittag mit Geflüchteten (Sonntag, 19. September um 13 Uhr) und ein Nachmittag mit Musik (Sonntag, 27. September um 16 Uhr).';
    expect(starts(text)).toContain('2010-09-19T13:00');
  });
});
