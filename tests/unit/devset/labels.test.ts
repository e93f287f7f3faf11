// The development set of real pages (issue 12): its labels are committed, its texts are not (they
// are rebuilt from each source_url, see tests/devset/README.md). The labels are checked always;
// the parts that need the texts are skipped when the texts are absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { expectedSplits, isControl, textSha1 } from '../../../scripts/devset-split.mjs';

interface DevEvent {
  title: string;
  start: string;
  end: string | null;
  location: string | null;
  mode: string | null;
  status: string;
}

interface DevPage {
  file: string;
  language: string;
  published: string | null;
  relevant: boolean;
  events: DevEvent[];
  topics: string[];
  source_url: string;
  notes: string;
  split: string;
  round: number;
  text_sha1: string;
}

const dir = join(import.meta.dirname, '..', '..', 'devset');
const labels: DevPage[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const textOf = (page: DevPage) => join(dir, 'pages', page.file);
const withText = labels.filter((page) => existsSync(textOf(page)));

// Regression floors for the tune part, a little under what the extractor scored when they were set.
// Raise them as the extractor improves; never lower them to make a change pass. Each holds for the
// pages it was set on: rounds 1-2 (event F1 0.519, relevance 0.974 on the first 76 tune pages), and
// round 3 (event F1 0.574, relevance 0.833 on its 42 tune pages, main's extractor at its unseen
// measurement), round 4 (event F1 0.718, relevance 0.917 on its 36 tune pages, likewise), round 5
// (event F1 0.825, relevance 0.838 on its 37 tune pages, likewise), round 6 (event F1 0.641,
// relevance 0.765 on its 34 tune pages, likewise), round 7 (event F1 0.568, relevance 0.941 on its
// 34 tune pages, likewise), round 8 (event F1 0.645, relevance 0.868 on its 38 tune pages,
// likewise), round 9 (event F1 0.698, relevance 0.973 on its 37 tune pages, likewise), round 10
// (event F1 0.720, relevance 0.882 on its 34 tune pages, likewise), round 11 (event F1 0.691,
// relevance 1.000 on its 39 tune pages, likewise), round 12, the validation set of session 22 (event F1
// 0.814, relevance 0.949 on its 39 tune pages, main 290912f) and round 13, the lead's end-of-session
// check of session 22 (event F1 0.524, relevance 0.950 on its 40 tune pages, main 9c98a19), round 14,
// the validation set of session 23 (event F1 0.774, relevance 0.927 on its 41 tune pages, main 2b1d65b),
// and round 15, the lead's end-of-session check of session 23 (event F1 0.778, relevance 0.953 on its
// 43 tune pages, main 2b1d65b), and round 16, the validation set of session 24 (event F1 0.867,
// relevance 0.913 on its 46 tune pages, main c301aca), and round 17, the validation set of session 25 (event F1
// 0.850, relevance 0.931 on its 101 tune pages, main 640a148), and round 18, the validation set of session 26
// (event F1 0.837, relevance 0.944 on its 54 tune pages, main 778dadb). A later round's pages get floors of their own once that round has been
// measured.
const FLOORS = [
  { rounds: [1, 2], f1: 0.48, relevance: 0.95 },
  { rounds: [3], f1: 0.54, relevance: 0.8 },
  { rounds: [4], f1: 0.68, relevance: 0.88 },
  { rounds: [5], f1: 0.78, relevance: 0.8 },
  { rounds: [6], f1: 0.6, relevance: 0.73 },
  { rounds: [7], f1: 0.53, relevance: 0.9 },
  { rounds: [8], f1: 0.6, relevance: 0.82 },
  { rounds: [9], f1: 0.65, relevance: 0.93 },
  { rounds: [10], f1: 0.68, relevance: 0.84 },
  { rounds: [11], f1: 0.65, relevance: 0.95 },
  { rounds: [12], f1: 0.77, relevance: 0.92 },
  { rounds: [13], f1: 0.48, relevance: 0.92 },
  { rounds: [14], f1: 0.74, relevance: 0.9 },
  { rounds: [15], f1: 0.74, relevance: 0.92 },
  { rounds: [16], f1: 0.82, relevance: 0.87 },
  { rounds: [17], f1: 0.8, relevance: 0.88 },
  { rounds: [18], f1: 0.8, relevance: 0.9 },
];

const LANGUAGES = ['en', 'de', 'fr', 'it', 'es'];
const TOPICS = new Set(['labour', 'education-skills', 'language', 'social-inclusion', 'rights-anti-discrimination',
  'capacity-building', 'policy-funding', 'health', 'housing', 'civic-participation', 'other']);
const MODES = new Set(['in-person', 'online', 'hybrid']);
const STATUSES = new Set(['past', 'upcoming-as-of-publication', 'cancelled', 'postponed']);

/** A real calendar day (2019-02-29 is not), optionally with a 24-hour local time, as the seeds write them. */
function isLabelDate(value: string, withTime: boolean): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m || (!withTime && m[4] !== undefined)) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const dayOk = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return dayOk && (m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60));
}

describe('development set labels', () => {
  it('has at least 80 pages, 10 per language and 20 near-miss controls', () => {
    expect(labels.length).toBeGreaterThanOrEqual(80);
    for (const lang of LANGUAGES) expect(labels.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(10);
    expect(labels.filter(isControl).length).toBeGreaterThanOrEqual(20);
    expect(labels.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(10);
  });

  it('has a third round of at least 50 pages, 10 per language and 10 near-miss controls', () => {
    const third = labels.filter((p) => p.round === 3);
    expect(third.length).toBeGreaterThanOrEqual(50);
    for (const lang of LANGUAGES) expect(third.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(10);
    expect(third.filter(isControl).length).toBeGreaterThanOrEqual(10);
  });

  it('has a fourth round of at least 45 pages, 8 per language and 10 near-miss controls', () => {
    const fourth = labels.filter((p) => p.round === 4);
    expect(fourth.length).toBeGreaterThanOrEqual(45);
    for (const lang of LANGUAGES) expect(fourth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(8);
    expect(fourth.filter(isControl).length).toBeGreaterThanOrEqual(10);
    expect(fourth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(5);
  });

  it('has a fifth round of at least 50 pages, 10 per language and 12 near-miss controls', () => {
    const fifth = labels.filter((p) => p.round === 5);
    expect(fifth.length).toBeGreaterThanOrEqual(50);
    for (const lang of LANGUAGES) expect(fifth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(10);
    expect(fifth.filter(isControl).length).toBeGreaterThanOrEqual(12);
    expect(fifth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(5);
  });

  it('has a sixth round of at least 50 pages, 12 Spanish, 12 Italian, 8 German, 8 French, 6 English and 14 near-miss controls', () => {
    const sixth = labels.filter((p) => p.round === 6);
    expect(sixth.length).toBeGreaterThanOrEqual(50);
    const least: Record<string, number> = { es: 12, it: 12, de: 8, fr: 8, en: 6 };
    for (const lang of LANGUAGES) expect(sixth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(sixth.filter(isControl).length).toBeGreaterThanOrEqual(14);
    for (const lang of LANGUAGES) expect(sixth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(2);
    expect(sixth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(6);
  });

  it('has a seventh round of at least 48 pages, 12 Spanish, 12 Italian, 8 German, 8 French, 5 English and 14 near-miss controls', () => {
    const seventh = labels.filter((p) => p.round === 7);
    expect(seventh.length).toBeGreaterThanOrEqual(48);
    const least: Record<string, number> = { es: 12, it: 12, de: 8, fr: 8, en: 5 };
    for (const lang of LANGUAGES) expect(seventh.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(seventh.filter(isControl).length).toBeGreaterThanOrEqual(14);
    for (const lang of LANGUAGES) expect(seventh.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(2);
    expect(seventh.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(6);
  });

  it('has an eighth round of at least 50 pages, 14 Spanish, 14 Italian, 8 French, 7 German, 7 English and 15 near-miss controls', () => {
    const eighth = labels.filter((p) => p.round === 8);
    expect(eighth.length).toBeGreaterThanOrEqual(50);
    const least: Record<string, number> = { es: 14, it: 14, fr: 8, de: 7, en: 7 };
    for (const lang of LANGUAGES) expect(eighth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(eighth.filter(isControl).length).toBeGreaterThanOrEqual(15);
    for (const lang of LANGUAGES) expect(eighth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(2);
    expect(eighth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(6);
  });

  it('has a ninth round of at least 55 pages, 12 Spanish, 12 Italian, 11 English, 10 German, 10 French and 18 near-miss controls', () => {
    const ninth = labels.filter((p) => p.round === 9);
    expect(ninth.length).toBeGreaterThanOrEqual(55);
    const least: Record<string, number> = { es: 12, it: 12, en: 11, de: 10, fr: 10 };
    for (const lang of LANGUAGES) expect(ninth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(ninth.filter(isControl).length).toBeGreaterThanOrEqual(18);
    for (const lang of LANGUAGES) expect(ninth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(ninth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(5);
  });

  it('has a tenth round of at least 50 pages, 12 Spanish, 12 Italian, 12 French, 7 German, 7 English and 16 near-miss controls', () => {
    const tenth = labels.filter((p) => p.round === 10);
    expect(tenth.length).toBeGreaterThanOrEqual(50);
    const least: Record<string, number> = { es: 12, it: 12, fr: 12, de: 7, en: 7 };
    for (const lang of LANGUAGES) expect(tenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(tenth.filter(isControl).length).toBeGreaterThanOrEqual(16);
    for (const lang of LANGUAGES) expect(tenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(tenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(5);
    expect(tenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(8);
  });

  it('has an eleventh round of at least 55 pages, 11 German, 12 English, 12 Spanish, 11 French, 11 Italian and 20 near-miss controls', () => {
    const eleventh = labels.filter((p) => p.round === 11);
    expect(eleventh.length).toBeGreaterThanOrEqual(55);
    const least: Record<string, number> = { de: 11, en: 12, es: 12, fr: 11, it: 11 };
    for (const lang of LANGUAGES) expect(eleventh.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(eleventh.filter(isControl).length).toBeGreaterThanOrEqual(20);
    for (const lang of LANGUAGES) expect(eleventh.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(eleventh.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(7);
    expect(eleventh.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(14);
  });

  it('has a twelfth round of at least 55 pages, 11 German, 11 English, 10 Spanish, 13 French, 11 Italian and 20 near-miss controls', () => {
    const twelfth = labels.filter((p) => p.round === 12);
    expect(twelfth.length).toBeGreaterThanOrEqual(55);
    const least: Record<string, number> = { de: 11, en: 11, es: 10, fr: 13, it: 11 };
    for (const lang of LANGUAGES) expect(twelfth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(twelfth.filter(isControl).length).toBeGreaterThanOrEqual(20);
    for (const lang of LANGUAGES) expect(twelfth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(twelfth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(8);
    expect(twelfth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(12);
  });

  it('has a thirteenth round of at least 55 pages, 14 German, 13 English, 12 Spanish, 10 French, 10 Italian and 24 near-miss controls', () => {
    const thirteenth = labels.filter((p) => p.round === 13);
    expect(thirteenth.length).toBeGreaterThanOrEqual(55);
    const least: Record<string, number> = { de: 14, en: 13, es: 12, fr: 10, it: 10 };
    for (const lang of LANGUAGES) expect(thirteenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(thirteenth.filter(isControl).length).toBeGreaterThanOrEqual(24);
    for (const lang of LANGUAGES) expect(thirteenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(thirteenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(12);
    expect(thirteenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(11);
    expect(thirteenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(65);
  });

  it('has a fourteenth round of at least 60 pages, 14 German, 13 English, 10 Spanish, 11 French, 15 Italian and 23 near-miss controls', () => {
    const fourteenth = labels.filter((p) => p.round === 14);
    expect(fourteenth.length).toBeGreaterThanOrEqual(60);
    const least: Record<string, number> = { de: 14, en: 13, es: 10, fr: 11, it: 15 };
    for (const lang of LANGUAGES) expect(fourteenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(fourteenth.filter(isControl).length).toBeGreaterThanOrEqual(23);
    for (const lang of LANGUAGES) expect(fourteenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(fourteenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(8);
    expect(fourteenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(12);
    expect(fourteenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(70);
  });

  it('has a fifteenth round of at least 60 pages, 13 German, 15 English, 12 Spanish, 13 French, 12 Italian and 27 near-miss controls', () => {
    const fifteenth = labels.filter((p) => p.round === 15);
    expect(fifteenth.length).toBeGreaterThanOrEqual(60);
    const least: Record<string, number> = { de: 13, en: 15, es: 12, fr: 13, it: 12 };
    for (const lang of LANGUAGES) expect(fifteenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(least[lang] ?? 0);
    expect(fifteenth.filter(isControl).length).toBeGreaterThanOrEqual(27);
    for (const lang of LANGUAGES) expect(fifteenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(fifteenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(7);
    expect(fifteenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(16);
    expect(fifteenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(80);
  });

  it('has a sixteenth round of at least 65 pages, at least 11 in each language, and 20 near-miss controls', () => {
    const sixteenth = labels.filter((p) => p.round === 16);
    expect(sixteenth.length).toBeGreaterThanOrEqual(65);
    for (const lang of LANGUAGES) expect(sixteenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(11);
    expect(sixteenth.filter(isControl).length).toBeGreaterThanOrEqual(20);
    for (const lang of LANGUAGES) expect(sixteenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(3);
    expect(sixteenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(6);
    expect(sixteenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(10);
    expect(sixteenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(80);
  });

  it('has a seventeenth round of at least 145 pages, at least 25 in each language, and 40 near-miss controls', () => {
    const seventeenth = labels.filter((p) => p.round === 17);
    expect(seventeenth.length).toBeGreaterThanOrEqual(145);
    for (const lang of LANGUAGES) expect(seventeenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(25);
    expect(seventeenth.filter(isControl).length).toBeGreaterThanOrEqual(40);
    for (const lang of LANGUAGES) expect(seventeenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(7);
    expect(seventeenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(20);
    expect(seventeenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(18);
    expect(seventeenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(180);
  });

  it('has an eighteenth round of at least 80 pages, at least 15 in each language, and 20 near-miss controls', () => {
    const eighteenth = labels.filter((p) => p.round === 18);
    expect(eighteenth.length).toBeGreaterThanOrEqual(80);
    for (const lang of LANGUAGES) expect(eighteenth.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(15);
    expect(eighteenth.filter(isControl).length).toBeGreaterThanOrEqual(20);
    for (const lang of LANGUAGES) expect(eighteenth.filter((p) => p.language === lang && isControl(p)).length, `${lang} controls`).toBeGreaterThanOrEqual(4);
    expect(eighteenth.filter((p) => !p.relevant && p.events.length > 0).length, 'not-relevant pages that still list events').toBeGreaterThanOrEqual(12);
    expect(eighteenth.filter((p) => p.relevant && p.events.length === 0).length, 'pages about migrants with no dated gathering').toBeGreaterThanOrEqual(6);
    expect(eighteenth.reduce((n, p) => n + p.events.length, 0), 'labelled events').toBeGreaterThanOrEqual(100);
  });

  it('records the round each page joined in, in the order the pages were added', () => {
    for (const page of labels) expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], page.file).toContain(page.round);
    const rounds = labels.map((p) => p.round);
    rounds.forEach((round, i) => expect(round, labels[i]?.file).toBeGreaterThanOrEqual(rounds[i - 1] ?? 1));
  });

  it('names every page once, by language, with its own source address', () => {
    expect(new Set(labels.map((p) => p.file)).size).toBe(labels.length);
    expect(new Set(labels.map((p) => p.source_url)).size).toBe(labels.length);
    for (const page of labels) {
      expect(page.file).toMatch(new RegExp(`^${page.language}-\\d{2,3}\\.txt$`));
      expect(LANGUAGES).toContain(page.language);
      expect(page.source_url, page.file).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(page.text_sha1, page.file).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it.each(labels.map((p) => [p.file, p] as const))('%s is in the seeds’ shape with valid dates', (_file, page) => {
    expect(page.published === null || isLabelDate(page.published, false), `published ${page.published}`).toBe(true);
    expect(typeof page.relevant).toBe('boolean');
    expect(page.notes.length, 'notes say how the dates were read').toBeGreaterThan(20);
    for (const topic of page.topics) expect(TOPICS.has(topic), topic).toBe(true);
    if (page.relevant) expect(page.topics.length).toBeGreaterThan(0);
    for (const e of page.events) {
      expect(e.title.trim().length).toBeGreaterThan(0);
      expect(isLabelDate(e.start, true), `start ${e.start}`).toBe(true);
      if (e.end !== null) {
        expect(isLabelDate(e.end, true), `end ${e.end}`).toBe(true);
        expect(e.end >= e.start || e.end.slice(0, 10) === e.start.slice(0, 10), `end ${e.end} before ${e.start}`).toBe(true);
      }
      expect(e.mode === null || MODES.has(e.mode), `mode ${e.mode}`).toBe(true);
      if (e.mode === 'online') expect(e.location).toBe('online');
      expect(e.location === null || e.location.trim().length > 0).toBe(true);
      expect(STATUSES.has(e.status), `status ${e.status}`).toBe(true);
      if (e.status === 'past' && page.published) expect(e.start.slice(0, 10) <= page.published, 'a past event before publication').toBe(true);
    }
  });

  it('splits each stratum (language, control or not) by the rule fixed before scoring', () => {
    const expected = expectedSplits(labels);
    labels.forEach((page, i) => expect(page.split, page.file).toBe(expected[i]));
    const heldout = labels.filter((p) => p.split === 'heldout').length;
    expect(heldout / labels.length).toBeGreaterThan(0.25);
    expect(heldout / labels.length).toBeLessThan(0.4);
  });
});

describe.skipIf(withText.length === 0)('development set texts (skipped when not rebuilt)', () => {
  it.each(withText.map((p) => [p.file, p] as const))('%s is the text that was labelled', (_file, page) => {
    expect(textSha1(readFileSync(textOf(page), 'utf8'))).toBe(page.text_sha1);
  });

  // Only the tune part is read here: the heldout part stays unseen until it is reported.
  // (A floor holds for the whole tune part of its rounds: a new machine rebuilds texts a part at a
  // time, and a part of a round is another set of pages, easier or harder. Skipped until it is whole.)
  it.for(FLOORS.map((floor) => [floor.rounds.join(', '), floor] as const))('extracts the tune part of round %s without losing ground (event F1 and relevance floors)', ([, floor], context) => {
    const now = new Date('2026-11-22T12:00:00Z');
    let tp = 0, fp = 0, fn = 0, relevanceOk = 0;
    const tune = withText.filter((p) => p.split === 'tune' && floor.rounds.includes(p.round));
    const whole = labels.filter((p) => p.split === 'tune' && floor.rounds.includes(p.round)).length;
    if (tune.length < whole) return context.skip(`${tune.length} of the ${whole} texts of this part are present`);
    for (const page of tune) {
      const out = extractEvents(readFileSync(textOf(page), 'utf8'), { now, url: page.source_url, ...(page.published ? { published: page.published } : {}) });
      if (out.relevant === page.relevant) relevanceOk++;
      const days = out.events.map((e) => e.start.slice(0, 10));
      for (const e of page.events) {
        const i = days.indexOf(e.start.slice(0, 10));
        if (i < 0) fn++;
        else {
          tp++;
          days.splice(i, 1);
        }
      }
      fp += days.length;
    }
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(floor.f1);
    expect(relevanceOk / Math.max(1, tune.length)).toBeGreaterThanOrEqual(floor.relevance);
  });
});
