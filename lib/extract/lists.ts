/**
 * Layout evidence that dates are events: items of one dated list share their fate ("- 5/10
 * – CV workshop / - 19/10 – Labour rights / - 2/11 – Interviews" under "Calendario de
 * sesiones:"), and dates in a newsletter's "UPCOMING" / "Termine" / "Prossimi appuntamenti"
 * section are announcements.
 */
import type { Candidate } from './candidates.ts';
import { EVENT_NOUN, EVENT_VERB } from './cues.ts';
import { lineSpan, type PageText, type Span } from './text.ts';

/** Headings of a section that announces what is coming (folded, on a short line of their own). */
const UPCOMING = /^[\s#*•-]*(?:upcoming(?: events| dates| sessions)?|coming up|coming soon|what'?s on|save the dates?|agenda|calendar|events calendar|dates|next events|prochainement|a venir|prochains? (?:evenements|rendez-vous|ateliers|dates)|a noter|dates a retenir|agenda des evenements|termine|kommende termine|nachste termine|veranstaltungen|vorschau|termine und veranstaltungen|prossimi (?:eventi|appuntamenti|incontri)|appuntamenti|in agenda|agenda eventi|proximas? (?:actividades|citas|sesiones|fechas|eventos)|proximos eventos|agenda de actividades)\s*:?\s*$/;
/** Headings of a section that looks back or is about something else: they end an upcoming section. */
const OTHER_SECTION = /^[\s#*•-]*(?:[a-z\u00c0-\u024f' ]{0,25}(?:missed it\??|looking back|review|recap|news|funding|in brief|resources|publications|retour sur|en bref|ressources|ruckblick|ruckschau|nachlese|aktuelles|kurz notiert|ricordiamo|rassegna|in breve|risorse|resumen|repaso|noticias|en breve|recursos))\s*[?:!]?\s*$/;
/** An item line: the date at its start, after a bullet or a number. */
const ITEM_START = /^\s*(?:[-•*–·▪►]|\d{1,2}[.)])?\s*$/;

/** A date in brackets closing its line: "Casa del Mar: “Title” (del 20 al 25 de septiembre)", "Library – photo show (3–9 May)". */
const BRACKET_OPEN = /\(\s*(?:\p{L}{1,6}\s+){0,2}$/u;
const BRACKET_CLOSE = /^\s*\)\s*[.;]?\s*$/u;

/** A short name before a date that closes its line: "Almería 19-23 septiembre 2022", "Krasnik (Poland) 24-28 October 2022". */
const NAME_BEFORE = /^\s*[-•*–·▪►]?\s*\p{L}[\p{L}'’.()\s-]{1,38},?\s*$/u;
const NOTHING_AFTER = /^\s*[.;]?\s*$/u;

/** How an item line holds its date: opening it, in brackets closing it, or closing it after a short name. */
type ItemShape = 'opens' | 'bracket' | 'closes';

function itemShape(page: PageText, c: Candidate): ItemShape | undefined {
  if (ITEM_START.test(page.text.slice(c.ctx.line.start, c.mention.start))) return 'opens';
  if (bracketAtEnd(page, c)) return 'bracket';
  // (A timetable of stays, one town and its days per line: each line is an item of one list.)
  if (NOTHING_AFTER.test(page.text.slice(c.mention.end, c.ctx.line.end)) && NAME_BEFORE.test(page.text.slice(c.ctx.line.start, c.mention.start))) return 'closes';
  return undefined;
}

function lineIsItem(page: PageText, c: Candidate): boolean {
  return itemShape(page, c) !== undefined;
}

function bracketAtEnd(page: PageText, c: Candidate): boolean {
  return BRACKET_CLOSE.test(page.text.slice(c.mention.end, c.ctx.line.end)) && BRACKET_OPEN.test(page.folded.slice(Math.max(c.ctx.line.start, c.mention.start - 20), c.mention.start));
}

function headedByItem(page: PageText, lineIndex: number): boolean {
  const above = lineIndex > 0 ? lineSpan(page, lineIndex - 1) : undefined;
  return !!above && /^\s*(?:\d{1,2}[.)]|[-•*▪►])\s+\S/.test(page.text.slice(above.start, above.end));
}

/** The heading-like line introducing a list: the nearest non-empty line above, ending with ':'. */
function introOf(page: PageText, lineIndex: number): string {
  for (let i = lineIndex - 1; i >= Math.max(0, lineIndex - 3); i--) {
    const span = lineSpan(page, i)!;
    if (span.end > span.start) return page.folded.slice(span.start, span.end);
  }
  return '';
}

/**
 * Raises the score of dated list items when their list is one of events, and of dates in an
 * upcoming-events section. Changes `candidates` in place.
 * @example shareListEvidence(page, candidates, 2)
 */
export function shareListEvidence(page: PageText, candidates: Candidate[], threshold: number): void {
  const items = candidates.filter((c) => c.kind === 'event' && lineIsItem(page, c));
  // Consecutive item lines (a blank line between them allowed) form one list.
  const lists: Candidate[][] = [];
  for (const c of items) {
    const last = lists[lists.length - 1];
    const prev = last?.[last.length - 1];
    // (A programme's day headings, "Lunes 15" ... "Martes 16", stand a few item lines apart.)
    const reach = c.ctx.dateLine && prev?.ctx.dateLine ? 8 : 2;
    // (Lines of one shape only: dates opening their lines, dates in brackets closing them, or dates closing them after a name.)
    if (prev && c.ctx.line.index > prev.ctx.line.index && c.ctx.line.index - prev.ctx.line.index <= reach && itemShape(page, c) === itemShape(page, prev)) last!.push(c);
    else if (!prev || c.ctx.line.index !== prev.ctx.line.index) lists.push([c]);
  }
  // Items that each open with a numbered or bulleted name, their date on the next line
  // ("1. Train-the-trainer ... / 5-6 October, Rotterdam"), form one list too.
  const headed = candidates.filter((c) => c.kind === 'event' && c.ctx.dateLine && headedByItem(page, c.ctx.line.index));
  if (headed.length >= 2) lists.push(headed);
  for (const list of lists) {
    if (list.length < 2) continue;
    const intro = introOf(page, list[0]!.ctx.line.index);
    // (An intro that says gatherings will be held names an event list as well as one naming them: "Las movilidades
    // tendrán lugar con este calendario:", "Les rencontres auront lieu :".)
    const eventList = list.some((c) => c.score >= threshold) || (/:\s*$/.test(intro) && (EVENT_NOUN.test(intro) || EVENT_VERB.test(intro)));
    if (eventList) for (const c of list) c.score = Math.max(c.score, threshold);
  }
  boostUpcomingSections(page, candidates);
}

function boostUpcomingSections(page: PageText, candidates: Candidate[]): void {
  let section: 'upcoming' | 'other' | undefined;
  let line = 0;
  const sorted = [...candidates].sort((a, b) => a.ctx.line.index - b.ctx.line.index);
  for (const c of sorted) {
    for (; line < c.ctx.line.index; line++) {
      const span = lineSpan(page, line)!;
      if (span.end - span.start > 40 || span.end === span.start) continue;
      const text = page.folded.slice(span.start, span.end);
      if (UPCOMING.test(text)) section = 'upcoming';
      else if (OTHER_SECTION.test(text)) section = 'other';
    }
    if (section === 'upcoming' && c.kind === 'event') c.score += 1;
  }
}

const ITEM_LINE = /^\s*(?:[-•*–·▪►]|\d{1,2}[.)])\s*\S/;

/**
 * The line that introduces the list an item line belongs to ("Calendario de sesiones
 * (todas de 17:00 a 19:00 h):"), when there is one: what it says holds for every item.
 * @example listIntro(readText('Sessions (all 17:00-19:00):\n- 5/10 CV\n- 19/10 Rights'), 2) // { start: 0, end: 27 }
 */
export function listIntro(page: PageText, lineIndex: number): Span | undefined {
  const own = lineSpan(page, lineIndex);
  if (!own || !ITEM_LINE.test(page.text.slice(own.start, own.end))) return undefined;
  for (let i = lineIndex - 1; i >= Math.max(0, lineIndex - 30); i--) {
    const span = lineSpan(page, i)!;
    const text = page.text.slice(span.start, span.end);
    if (!text.trim() || ITEM_LINE.test(text)) continue;
    return /:\s*$/.test(text) && text.length <= 200 ? span : undefined;
  }
  return undefined;
}
