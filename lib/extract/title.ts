/**
 * The name of an event: its own words in a list ("Webinar Initiative 'Employers together
 * for Integration' 5 May"), a quoted name after an event word, the heading above the date,
 * or the page headline when the page announces a single event.
 */
import type { PageText, Span } from './text.ts';
import { EVENT_NOUN } from './cues.ts';

const MAX_TITLE = 160;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—\-•*·|.]+|[\s,;:–—\-•*·|(.]+$/gu, '')
    .replace(/^(?:and|et|und|e|y|on|the|le|il|el|am|au|du|from|to|then|finally|next)\s+/iu, '')
    .trim();
}

const cut = (s: string) => (s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…` : s);

/**
 * The words of a list item once its date, place and asides are taken out.
 * @example segmentTitle('Bruxelles 21 June – Final Conference', [[10, 17]], 'Bruxelles') // 'Final Conference'
 */
export function segmentTitle(text: string, remove: Array<[number, number]>, city?: string): string | undefined {
  let s = text;
  for (const [a, b] of [...remove].sort((x, y) => y[0] - x[0])) s = `${s.slice(0, a)} \u0000 ${s.slice(b)}`;
  s = s.replace(/\([^)]*\)/g, ' ');
  const afterColon = s.split(/:\s/);
  if (afterColon.length > 1 && afterColon[afterColon.length - 1]!.replace(/\u0000/g, '').trim().length > 3) s = afterColon[afterColon.length - 1]!;
  if (city) s = s.replace(new RegExp(`(^|\\s)${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$|,)`, 'u'), ' ');
  const parts = s.split('\u0000').map(tidy).filter((p) => p.length > 2);
  // "International Workshop 9 June – workshop": the longer side carries the name.
  const best = parts.sort((a, b) => Number(EVENT_NOUN.test(b.toLowerCase())) - Number(EVENT_NOUN.test(a.toLowerCase())) || b.length - a.length)[0];
  return best && /\p{L}{3}/u.test(best) ? cut(best) : undefined;
}

// Posting stamps and bylines are not headings.
const STAMP_LINE = /(?:publi|posted|updated|mis à jour|aktualisiert|veröffentlicht|pubblicato|aggiornato|actualizado|^by\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2})/iu;

const QUOTED = /(?:[“"«„]\s?)([^“”"«»„\n]{4,140})(?:\s?[”"»“])/u;

/**
 * A quoted event name with the words that introduce it ("Workshop “Migrants Labour Inclusion”").
 * @example quotedTitle('held its first online Workshop “Labour Inclusion” to discuss') // 'first online Workshop “Labour Inclusion”'
 */
export function quotedTitle(sentence: string): string | undefined {
  const m = QUOTED.exec(sentence);
  if (!m) return undefined;
  const before = sentence.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-5);
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    if (/^(?:its|his|her|their|our|the|a|an|le|la|les|un|une|der|die|das|den|il|lo|gli|el|los|las|held|organised|organized|hosted|on|at|in|of)$/iu.test(w) && lead.length) break;
    lead.unshift(w);
  }
  const intro = lead.join(' ');
  if (!EVENT_NOUN.test(intro.toLowerCase())) return undefined;
  return cut(tidy(`${intro} ${m[0].trim()}`));
}

/**
 * The closest heading-like line above a position, within a few lines.
 * @example headingAbove(page, 120) // 'The first online Capacity Building Workshop – French Case Study'
 */
export function headingAbove(page: PageText, line: Span & { index: number }): string | undefined {
  for (let i = line.index - 1, seen = 0; i >= 0 && seen < 8; i--) {
    const start = page.lineStarts[i]!;
    const end = (page.lineStarts[i + 1] ?? page.text.length + 1) - 1;
    const text = page.text.slice(start, end).trim();
    if (!text) continue;
    seen++;
    if (STAMP_LINE.test(text)) continue;
    if (text.length <= 140 && !/[.!?:]$/.test(text) && /\p{L}{3}/u.test(text)) return cut(tidy(text));
  }
  return undefined;
}

/**
 * The first non-empty line of the page, when it reads as a headline.
 * @example headline(page) // 'Mutual Learning Conference on ...'
 */
export function headline(page: PageText): string | undefined {
  const first = page.text.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return first && first.length <= 200 && /\p{L}{3}/u.test(first) ? cut(tidy(first)) : undefined;
}

/**
 * The sentence itself, cut to a title's length, as a last resort.
 * @example sentenceTitle('The workshop on 3 May will discuss...') // 'The workshop on 3 May will discuss...'
 */
export function sentenceTitle(text: string, span: Span): string {
  return cut(tidy(text.slice(span.start, span.end))) || 'Event';
}
