/**
 * The pieces of text around a dated mention that speak about the same event: its own
 * segment (in a list of dated items), its sentence, and the short lines of a date block
 * ("Date: ... / Start time: ... / Venue: ...").
 */
import type { DateMention } from './dates.ts';
import { looksLikeAddress } from './place.ts';
import { lineAt, lineSpan, paragraphAt, sentenceAt, type PageText, type Span } from './text.ts';

export interface MentionContext {
  line: Span & { index: number };
  sentence: Span;
  paragraph: Span;
  /** The part of a list sentence that belongs to this date; the sentence otherwise. */
  own: Span;
  /** Short neighbouring lines of a date block (empty when the date sits in prose). */
  block: Span[];
  /** True when the date's line holds little besides the date. */
  dateLine: boolean;
}

/** "Ort: ...", "Venue: ...": a labelled field of an item. */
const FIELD_LINE = /^\s*[-•*]?\s*[\p{L} ]{2,30}\s*:\s/u;
/** A programme slot: a line that opens with a time ("19:00 h. Video ...", "- 9.30 Welcome"). */
// (Also "Ore 18, Biblioteca comunale", "Dalle 15 alle 20, Piazza Garibaldi", "De 12:00 a 20:00 h. Plaza Mayor": an item's hour line.)
const SLOT_LINE = /^\s*[-•*]?\s*(?:(?:ore|h|hora|horas|um|ab|dalle|de|des|from|alle|a las)\s+)?\d{1,2}(?:[:.h]\d{2}|(?=\s*(?:,|uhr|h\b|alle|a\s|-|–)))/iu;
const SEPARATORS = /[;•|]|\s[·▪►]\s/gu;
const CLAUSE_BREAK = /,\s|\s(?:and|et|und|e|y|then|puis|dann|poi|luego)\s/gu;

/** Text of a line without dates, times and filler words: what is left says what the line is about. */
export function lineRemainder(page: PageText, line: Span, mentions: readonly Span[]): string {
  let text = page.folded.slice(line.start, line.end);
  for (const m of mentions) {
    if (m.end <= line.start || m.start >= line.end) continue;
    const a = Math.max(0, m.start - line.start);
    const b = Math.min(text.length, m.end - line.start);
    text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text
    .replace(/\d{1,2}[:h.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?|\d{1,2}\s*(?:am|pm|uhr|h)(?![a-z])/g, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/(?<![\p{L}])(?:on|at|the|le|la|il|el|am|um|de|du|des|del|from|to|au|a|bis|vom|dal|al|et|and|und|e|y|posted|published|by|cet|cest)(?![\p{L}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The mentions (sorted by start) that start within [from, to). */
function nearby(sorted: readonly DateMention[], from: number, to: number): DateMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}

/**
 * @example mentionContext(page, mention, allMentions).own // the span of "Webinar X 5 May"
 */
export function mentionContext(page: PageText, m: DateMention, all: readonly DateMention[]): MentionContext {
  const siblings = nearby(all, m.start - 1200, m.end + 1200);
  const fullLine = lineAt(page, m.start);
  // A page without line breaks is one huge line: look at most a few hundred characters around the date.
  const line = { start: Math.max(fullLine.start, m.start - 300), end: Math.min(fullLine.end, m.end + 300), index: fullLine.index };
  const sentence = sentenceAt(page, m.start);
  const paragraph = paragraphAt(page, m.start);
  const inSentence = siblings.filter((s) => s.start < sentence.end && s.end > sentence.start);
  let own: Span = sentence;
  if (inSentence.length > 1) {
    // Cut the sentence at list separators, then between neighbouring dates.
    const cuts = [sentence.start];
    const text = page.text.slice(sentence.start, sentence.end);
    SEPARATORS.lastIndex = 0;
    for (let s = SEPARATORS.exec(text); s; s = SEPARATORS.exec(text)) cuts.push(sentence.start + s.index + 1);
    cuts.push(sentence.end);
    let segStart = sentence.start;
    let segEnd = sentence.end;
    for (let i = 0; i < cuts.length - 1; i++) {
      if (cuts[i]! <= m.start && m.start < cuts[i + 1]!) [segStart, segEnd] = [cuts[i]!, cuts[i + 1]!];
    }
    const others = inSentence.filter((s) => s !== m && s.start >= segStart && s.start < segEnd);
    // Between two dates, the item boundary is the last comma or "and" before the later date:
    // "a webinar on 3 November (14:00), a study visit to Lisbon on 24 November".
    const lastBreak = (from: number, to: number): number | undefined => {
      const gap = page.text.slice(from, to);
      let at: number | undefined;
      for (const b of gap.matchAll(CLAUSE_BREAK)) at = from + b.index;
      return at;
    };
    for (const o of others) {
      if (o.end <= m.start) {
        const cut = lastBreak(o.end, m.start);
        segStart = Math.max(segStart, cut === undefined ? o.end : cut + 1);
      } else {
        const cut = lastBreak(m.end, o.start);
        segEnd = Math.min(segEnd, cut ?? o.start);
      }
    }
    own = { start: segStart, end: segEnd };
  }
  // A labelled line ("Date: ...") or a short one is a date line; a long line of prose never
  // shrinks to 30 letters, so only lines in between need their remainder worked out.
  const labelledLine = /^\s*[-•*]?\s*[\p{L} ]{2,30}\s*:/u.test(page.text.slice(line.start, m.start));
  const rawRest = line.end - line.start - (m.end - m.start);
  // "Roma, Palazzo Rospigliosi - via XXIV Maggio, 43 9 marzo 2016": a place and a date make a date line too.
  const placeLine = () => looksLikeAddress(`${page.text.slice(line.start, m.start)} ${page.text.slice(m.end, line.end)}`);
  const dateLine = labelledLine || rawRest <= 30 || (rawRest <= 160 && (lineRemainder(page, line, siblings).length <= 30 || placeLine()));
  const block: Span[] = [];
  if (dateLine) {
    const taken = (s: Span) => siblings.some((o) => o !== m && o.start >= s.start && o.start < s.end);
    // Lines after the date: its own paragraph (a long description included), then short
    // lines past a blank one ("Date: ...\n\nVenue: ...").
    let crossedBlank = false;
    for (let i = line.index + 1, seen = 0; seen < 6; i++) {
      const span = lineSpan(page, i);
      if (!span) break;
      if (span.end === span.start) {
        crossedBlank = true;
        continue;
      }
      // (A bulleted item past the blank line is one of the day's items, not prose: "Lunes 15 / • Cine-forum ... a las 19.00".)
      const item = /^\s*[•*▪►·-]\s/u.test(page.text.slice(span.start, span.start + 6));
      if (taken(span)) break;
      if (span.end - span.start > (crossedBlank && !item ? 160 : 600)) {
        // A long report right under the date ("Leibnitz / 23-26.11.2009 / The first meeting was ..."): its first sentence speaks of that date.
        if (!crossedBlank && seen === 0) block.push(sentenceAt(page, span.start));
        break;
      }
      block.push(span);
      seen++;
    }
    // Lines before it, within its paragraph; past a blank line only a heading ("Athens –
    // Info day"), as a field line ("Ort: ...") or prose up there ends another item.
    for (let i = line.index - 1, seen = 0, blank = false; i >= 0 && seen < 2; i--) {
      const span = lineSpan(page, i)!;
      if (span.end === span.start) {
        if (seen > 0) break;
        blank = true;
        continue;
      }
      if (taken(span) || span.end - span.start > 160) break;
      const text = page.text.slice(span.start, span.end);
      if (blank && (FIELD_LINE.test(text) || /[.!?:]\s*$/.test(text))) break;
      // ("19:00 h. Conferencia ..." above "JUEVES 22 DE SEPTIEMBRE": the slot of the day before.)
      if (SLOT_LINE.test(text)) break;
      block.push(span);
      seen++;
      if (blank) break;
    }
  }
  return { line, sentence, paragraph, own, block, dateLine };
}

/**
 * The text of several spans, joined by line breaks.
 * @example spansText(page.text, [{ start: 0, end: 4 }]) // 'Date'
 */
export function spansText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join('\n');
}
