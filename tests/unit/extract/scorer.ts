/**
 * The project's evaluation rules (events matched one-to-one by start day; time, end,
 * mode, location and relevance accuracy), for tests over labelled pages.
 */
import type { ExtractResult } from '../../../lib/extract/index.ts';

export interface LabelledEvent {
  title: string;
  start: string;
  end: string | null;
  location: string | null;
  mode: string | null;
}

export interface LabelledPage {
  file: string;
  language: string;
  published: string | null;
  relevant: boolean;
  events: LabelledEvent[];
  topics: string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  acc: Record<'time' | 'end' | 'mode' | 'location' | 'relevance', [number, number]>;
  missed: string[];
  extra: string[];
}

const fold = (s: unknown) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const day = (s: unknown) => String(s ?? '').slice(0, 10);
const time = (s: unknown) => (String(s ?? '').length > 10 ? String(s).slice(11, 16) : null);
const tokens = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 4);

export function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, acc: { time: [0, 0], end: [0, 0], mode: [0, 0], location: [0, 0], relevance: [0, 0] }, missed: [], extra: [] };
}

/** Adds one page's result to a running score. */
export function scorePage(score: Score, label: LabelledPage, out: ExtractResult): Score {
  const hit = (k: keyof Score['acc'], ok: boolean) => {
    score.acc[k][1]++;
    if (ok) score.acc[k][0]++;
  };
  hit('relevance', out.relevant === label.relevant);
  const free = out.events.map((p) => ({ p, used: false }));
  for (const g of label.events) {
    const m = free.find((f) => !f.used && day(f.p.start) === day(g.start));
    if (!m) {
      score.fn++;
      score.missed.push(`${label.file} ${g.start}`);
      continue;
    }
    m.used = true;
    score.tp++;
    if (time(g.start)) hit('time', time(m.p.start) === time(g.start));
    if (g.end && (day(g.end) !== day(g.start) || time(g.end))) hit('end', day(m.p.end) === day(g.end) && (!time(g.end) || time(m.p.end) === time(g.end)));
    if (g.mode) hit('mode', m.p.mode === g.mode);
    if (g.location && g.mode !== 'online') {
      const l = m.p.location;
      const gt = new Set(tokens(g.location));
      hit('location', tokens([l?.name, l?.address, l?.city, l?.country].filter(Boolean).join(' ')).some((t) => gt.has(t)));
    }
  }
  for (const f of free) if (!f.used) {
    score.fp++;
    score.extra.push(`${label.file} ${f.p.start}`);
  }
  return score;
}

export function summary(s: Score) {
  const P = s.tp / Math.max(1, s.tp + s.fp);
  const R = s.tp / Math.max(1, s.tp + s.fn);
  const ratio = ([a, b]: [number, number]) => (b ? a / b : 1);
  return {
    precision: P,
    recall: R,
    f1: (2 * P * R) / Math.max(1e-9, P + R),
    time: ratio(s.acc.time),
    end: ratio(s.acc.end),
    mode: ratio(s.acc.mode),
    location: ratio(s.acc.location),
    relevance: ratio(s.acc.relevance),
  };
}
