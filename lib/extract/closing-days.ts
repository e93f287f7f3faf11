/**
 * The last day of a gathering said apart from its first is not a gathering of its own: an end
 * field under a start field ("Data inizio: 10 maggio 2019 / Data fine: 30 giugno 2019", "Start
 * date: ... / End date: ...", "Fecha de inicio / Fecha de fin", "Beginn / Ende") and a closing
 * said in the same sentence as the opening ("si apre venerdì 10 maggio ..., che si chiuderà
 * sabato 11 maggio", "comenzarán el viernes 10 ... y se clausurarán el sábado 11"). The first
 * day takes a span over both (a span too long to be a gathering is then a period).
 */
import type { Candidate } from './candidates.ts';
import type { DateMention, DayDate } from './dates.ts';
import { lineSpan, type PageText } from './text.ts';

const START_FIELD = /(?:^|[^a-z])(?:data (?:di )?inizio|inizio|start date|starts?|begins|date de debut|debut|fecha de inicio|fecha inicio|inicio|beginn|startdatum|anfang)\s*:\s*$/;
const END_FIELD = /(?:^|[^a-z])(?:data (?:di )?fine|fine|end date|ends?|date de fin|fin|fecha de (?:fin|finalizacion)|fecha fin|ende|enddatum)\s*:\s*$/;
/** A closing verb right before the day: "si chiuderà", "se clausurarán el", "will close on", "se terminera le", "endet am". */
const CLOSES_BEFORE = /(?<![a-z])(?:si chiudera|si chiuderanno|si concludera|si concluderanno|terminera|termineranno|chiudera|se clausurara|se clausuraran|concluira|concluiran|finalizara|finalizaran|terminara|terminaran|will close|will end|closes|ends|will conclude|concludes|se terminera|se termineront|se cloturera|se clotureront|s'achevera|s’achevera|prendra fin|prendront fin|endet|enden|schlie(?:ss|ß)t)\s+(?:(?:on|the|il|el|le|am|con|with)\s+)?$/;
/** Spans longer than this are not joined (a closing months later is a period's end, said for a period). */
const MAX_JOIN_DAYS = 400;

function serial(d: DayDate, year: number): number {
  return Date.UTC(d.y ?? year, d.m - 1, d.d) / 86_400_000;
}

function join(a: Candidate, b: Candidate): boolean {
  const [d1, d2] = [a.mention.days[0]!, b.mention.days[0]!];
  const year = d2.y ?? d1.y ?? 2001;
  const first: DayDate = d1.y === undefined && d2.y !== undefined ? { ...d1, y: d1.m > d2.m ? year - 1 : year } : d1;
  const last: DayDate = d2.y === undefined && first.y !== undefined ? { ...d2, y: d2.m < first.m ? first.y + 1 : first.y } : d2;
  const length = serial(last, year) - serial(first, year);
  if (!(length > 0) || length > MAX_JOIN_DAYS) return false;
  const span: DateMention = { ...a.mention, days: [first, last], range: true, explicitYear: a.mention.explicitYear || b.mention.explicitYear };
  a.mention = span;
  b.kind = 'other';
  return true;
}

function fieldLabel(page: PageText, c: Candidate): string {
  return page.folded.slice(c.ctx.line.start, c.mention.start);
}

/**
 * Joins end fields and closing days to the first day they close. Changes `candidates` in place.
 * @example joinClosingDays(readText('Data inizio: 10 maggio 2019\nData fine: 30 giugno 2019'), candidates)
 */
export function joinClosingDays(page: PageText, candidates: Candidate[]): void {
  const singles = candidates.filter((c) => (c.kind === 'event' || c.kind === 'period') && !c.mention.range && c.mention.days.length === 1)
    .sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 1; i < singles.length; i++) {
    const [a, b] = [singles[i - 1]!, singles[i]!];
    // ("El curso comenzará el 3 de abril y finalizará el 30 de mayo": the close of a run whose first day is a period's start is its end.)
    if (a.kind === 'period') {
      if (b.kind === 'event' && a.ctx.sentence.start === b.ctx.sentence.start && CLOSES_BEFORE.test(page.folded.slice(Math.max(a.mention.end, b.mention.start - 40), b.mention.start))) b.kind = 'period';
      continue;
    }
    if (b.kind !== 'event') continue;
    // "Data inizio: 10 maggio 2019" / "Data fine: 30 giugno 2019": fields on lines next to each other.
    if (END_FIELD.test(fieldLabel(page, b)) && START_FIELD.test(fieldLabel(page, a)) && b.ctx.line.index - a.ctx.line.index <= 3 && nearLines(page, a, b)) {
      join(a, b);
      continue;
    }
    // "si apre venerdì 10 maggio ..., che si chiuderà sabato 11 maggio": one sentence, the closing verb right before its day.
    if (a.ctx.sentence.start === b.ctx.sentence.start && CLOSES_BEFORE.test(page.folded.slice(Math.max(a.mention.end, b.mention.start - 40), b.mention.start))) join(a, b);
  }
}

/** True when only short lines stand between the two dates' lines (a block of fields). */
function nearLines(page: PageText, a: Candidate, b: Candidate): boolean {
  for (let i = a.ctx.line.index + 1; i < b.ctx.line.index; i++) {
    const span = lineSpan(page, i);
    if (span && span.end - span.start > 80) return false;
  }
  return true;
}
