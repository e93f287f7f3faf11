import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';
import { isEventDate } from '../../../lib/model/event.ts';
import { emptyScore, scorePage, summary, type LabelledPage } from './scorer.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const labels: LabelledPage[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const now = new Date('2026-11-22T12:00:00Z');
const run = (page: LabelledPage) =>
  extractEvents(readFileSync(join(dir, page.file), 'utf8'), { now, ...(page.published ? { published: page.published } : {}) });

describe('labelled pages in five languages', () => {
  it('has at least 30 pages covering en, fr, de, it, es', () => {
    expect(labels.length).toBeGreaterThanOrEqual(30);
    expect(new Set(labels.map((l) => l.language))).toEqual(new Set(['en', 'fr', 'de', 'it', 'es']));
  });

  it.each(labels.map((l) => [l.file, l] as const))('%s', (_file, page) => {
    const out = run(page);
    expect(out.language).toBe(page.language);
    expect(out.relevant).toBe(page.relevant);
    expect(out.events.map((e) => e.start.slice(0, 10)).sort()).toEqual(page.events.map((e) => e.start.slice(0, 10)).sort());
    for (const e of out.events) {
      expect(isEventDate(e.start)).toBe(true);
      if (e.end) expect(isEventDate(e.end) && e.end >= e.start).toBe(true);
      expect(e.allDay).toBe(e.start.length === 10);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.source.format).toBe('text');
      expect(e.id).toMatch(/^ev-/);
    }
  });

  it('scores at least the project targets on the whole set', () => {
    const score = labels.reduce((s, page) => scorePage(s, page, run(page)), emptyScore());
    const sum = summary(score);
    expect(sum.f1).toBeGreaterThanOrEqual(0.95);
    expect(sum.time).toBeGreaterThanOrEqual(0.9);
    expect(sum.end).toBeGreaterThanOrEqual(0.9);
    expect(sum.mode).toBeGreaterThanOrEqual(0.9);
    expect(sum.location).toBeGreaterThanOrEqual(0.85);
    expect(sum.relevance).toBeGreaterThanOrEqual(0.97);
  });
});
