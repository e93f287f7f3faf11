/**
 * A span that opens on the posting day and closes on a dated day: "desde hoy y hasta el 26 de octubre", "da oggi al 26
 * ottobre", "dès aujourd'hui et jusqu'au 26 octobre", "ab heute bis zum 26. Oktober", "from today until 26 October".
 * The scanner reads the last day alone (and relative.ts leaves a sentence the scanner read), so the span would be a
 * one-day event on its last day: the "today" before it is the span's first day, when the page's posting day is known
 * (given, or read from its stamp or address; never a gathering's own date taken as the reference).
 */
import type { DateMention, DayDate } from './dates.ts';
import type { PageText } from './text.ts';
import { EVENT_NOUN } from './cues.ts';
import { NOT_GATHERING } from './end-until.ts';
import { WEEKDAYS } from './vocabulary.ts';
import { daysBetween, type RefDay } from './year.ts';

/** "today" and the "until" after it, right before a dated day (folded; the day's weekday may stand between). */
const FROM_TODAY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:desde|a partir de) hoy|de hoy|(?:a partire )?da oggi|(?:des|a partir d['’]) ?aujourd['’]hui|d['’]aujourd['’]hui|(?:ab|von) heute|(?:from|starting) today)\s*,?\s*(?:(?:y|e|et|und|and)\s+)?(?:hasta(?: el)?|al|fino al|fino a|a|jusqu['’]au|au|bis(?: zum| einschlie(?:ss|ß)lich)?|until|till|to|through|to the)\s+(?:(?:el|le|il|the|den|dem)\s+)?(?:(?:proximo|prossimo|prochain|next)\s+)?(?:(?:${WEEKDAYS.join('|')})\.?,?\s+)?(?:(?:el|le|il|the|den|dem)\s+)?$`,
  'u',
);
const UNTIL_DAY = String.raw`(?:hasta(?: el)?|fino al|fino a|jusqu['’]au|bis(?: zum)?|until|till|through)\s+(?:(?:el|le|il|the|den|dem)\s+)?(?:(?:proximo|prossimo|prochain|next)\s+)?(?:(?:dia|giorno)\s+)?(?:(?:${WEEKDAYS.join('|')})\.?,?\s+)?(?:(?:el|le|il|the|den|dem)\s+)?$`;
/**
 * "comienza hoy en el centro y durará hasta el 26", "si apre oggi ... e durerà fino al 26", "commence aujourd'hui et se poursuivra
 * jusqu'au 26", "beginnt heute und dauert bis zum 26.", "opens today and runs until 26": today, then in the same sentence a verb of
 * lasting and its "until" right before the dated day.
 */
const TODAY_LASTS_UNTIL = new RegExp(
  String.raw`(?<![\p{L}])(?:hoy|oggi|aujourd['’]hui|heute|today)(?![\p{L}])[^.;!?
]{0,100}(?<![\p{L}])(?:dura|durara|duraran|se prolonga|se prolongara|se prolongaran|se extendera|continuara|continuaran|seguira|seguiran|durera|dureront|se poursuivra|se poursuivront|se prolongera|continuera|proseguira|proseguiranno|andra avanti|restera|dauert|dauern|lauft|laufen|geht|runs|run|will run|lasts|last|will last|continues|continue|will continue)\s+(?:(?:noch|encore|ancora|still)\s+)?${UNTIL_DAY}`,
  'u',
);
/** A verb of opening or starting before or after the word for today (folded). */
const OPENS = /(?<![\p{L}])(?:comienzan?|empiezan?|arrancan?|abren?|se inauguran?|inician?|se inician?|inizia|iniziano|si apre|si aprono|prende il via|prendono il via|commence|commencent|s['’]ouvre|s['’]ouvrent|debute|debutent|beginnt|beginnen|startet|starten|eroffnet|opens?|starts?|begins?|kicks? off)(?![\p{L}])/u;
/** Cheap test first: a word for today on the page. */
const TODAY_WORD = /hoy|oggi|aujourd|heute|today/u;
/** How many characters before a dated day the words may take. */
const REACH = 64;
/** How far after the last day the sentence's gathering may be named (characters). */
const AFTER_CHARS = 120;
/** How far back a sentence's "today ... lasts until" may open (characters). */
const SENTENCE_REACH = 220;
/** The longest span from today a page announces so (a few weeks: a festival, an exhibition's run is excluded elsewhere). */
const MAX_DAYS = 45;

/**
 * Where the text's last sentence opens: past its last ".", ";", "!", "?" or line break (0 when there is none). The same
 * as `text.search(/[^.;!?\n]*$/u)`, which is quadratic: from each position it runs on to the next stop before failing.
 * @example afterLastStop('Ends. Da oggi al') // 5
 */
function afterLastStop(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10) return i + 1;
  }
  return 0;
}

/**
 * The page's mentions with each "from today until" day turned into the span from the posting day to it; `mentions`
 * itself when there is none.
 * @example spansFromToday(readText('da oggi al 26 ottobre'), mentions, () => ({ y: 2025, m: 10, d: 23 }))
 */
export function spansFromToday(page: PageText, mentions: DateMention[], reference: () => (RefDay & { slack?: number; ofEvent?: boolean }) | undefined): DateMention[] {
  if (!TODAY_WORD.test(page.folded)) return mentions;
  let out: DateMention[] | undefined;
  let ref: (RefDay & { slack?: number; ofEvent?: boolean }) | undefined | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.range || m.relative || m.days.length !== 1) continue;
    const near = page.folded.slice(Math.max(0, m.start - SENTENCE_REACH), m.start);
    if (!TODAY_WORD.test(near)) continue;
    const before = near.slice(-REACH);
    const sentence = near.slice(afterLastStop(near));
    const lasting = FROM_TODAY.test(before) ? undefined : TODAY_LASTS_UNTIL.exec(sentence);
    // (Never a sign-up's or a display's run: "inscripciones desde hoy hasta el 26", "la mostra è visitabile da oggi al 26".)
    const words = FROM_TODAY.exec(before) ?? (lasting && OPENS.test(sentence) ? lasting : null);
    if (!words || NOT_GATHERING.test(sentence)) continue;
    // (A gathering named in the sentence, before or just after the day: "la semana intercultural", "the festival"; a campaign or
    // a call "from today until the 26th" is no gathering's span.)
    const after = page.folded.slice(m.end, m.end + AFTER_CHARS);
    const stop = after.search(/[.;!?\n]/u);
    if (!EVENT_NOUN.test(sentence) && !EVENT_NOUN.test(stop < 0 ? after : after.slice(0, stop))) continue;
    if (ref === null) ref = reference();
    if (!ref || ref.slack !== undefined || ref.ofEvent) return out ?? mentions;
    const until = m.days[0]!;
    const y = until.y ?? (until.m * 100 + until.d >= ref.m * 100 + ref.d ? ref.y : ref.y + 1);
    const ahead = daysBetween(ref, { y, m: until.m, d: until.d });
    if (ahead < 1 || ahead > MAX_DAYS) continue;
    const first: DayDate = { y: ref.y, m: ref.m, d: ref.d };
    out ??= [...mentions];
    // (The span opens at its word for today: the "until" before the last day is the span's own.)
    const from = words === lasting ? m.start - sentence.length + words.index : m.start - before.length + words.index;
    out[i] = { ...m, start: from, days: [first, { ...until, y }], range: true, explicitYear: true };
  }
  return out ?? mentions;
}
